using Zorginkoop.Audit;

namespace Zorginkoop.Gunning;

/// <summary>
/// One assessor's independent assessment of one bid: a score (and motivation) per criterion. Until it is submitted the
/// assessor can change it; once submitted it is final, and only then does the assessor see the others' scores.
/// </summary>
public class Beoordeling : IAudited
{
    public int Id { get; set; }
    public int AanbestedingId { get; set; }
    public int InschrijvingId { get; set; }
    public required string Beoordelaar { get; set; }
    public DateTimeOffset? IngediendOp { get; set; }
    public List<Score> Scores { get; set; } = [];

    public bool IsIngediend => IngediendOp is not null;
}

/// <summary>A score on one criterion: 0..the criterion's scale (for a requirement 1 = voldoet, 0 = voldoet niet).</summary>
public class Score : IAudited
{
    public int Id { get; set; }
    public int BeoordelingId { get; set; }
    public int CriteriumId { get; set; }
    public int Waarde { get; set; }
    public string? Motivatie { get; set; }
}

/// <summary>
/// The agreed score of a bid on a criterion after the assessors compared their scores, with the motivation that goes
/// into the award letters.
/// </summary>
public class Consensusscore : IAudited
{
    public int Id { get; set; }
    public int AanbestedingId { get; set; }
    public int InschrijvingId { get; set; }
    public int CriteriumId { get; set; }
    public int Waarde { get; set; }
    public required string Motivatie { get; set; }
    public required string Door { get; set; }
    public DateTimeOffset Moment { get; set; }
}

/// <summary>
/// The award file of a procedure: its tie rule, and the moment the quality scores were made final — from which the
/// price parts may be opened (best price-quality ratio: price is judged only after quality is final).
/// </summary>
public class Gunningsdossier : IAudited
{
    public int Id { get; set; }
    public int AanbestedingId { get; set; }
    public Gelijkspelregel Gelijkspelregel { get; set; } = Gelijkspelregel.HoogsteKwaliteit;
    public DateTimeOffset? KwaliteitDefinitiefOp { get; set; }
    public string? KwaliteitDefinitiefDoor { get; set; }

    public bool PrijsOpen => KwaliteitDefinitiefOp is not null;
}

/// <summary>A recorded draw among bids with the same score on a lot: the order drawn, who drew and who witnessed.</summary>
public class Loting : IAudited
{
    public int Id { get; set; }
    public int AanbestedingId { get; set; }
    public int PerceelNummer { get; set; }

    /// <summary>The bids (ids) in the order drawn, comma-separated.</summary>
    public required string Volgorde { get; set; }
    public required string Door { get; set; }
    public required string Getuige { get; set; }
    public DateTimeOffset Moment { get; set; }

    public IReadOnlyList<int> Inschrijvingen => [.. Volgorde.Split(',').Select(int.Parse)];
}
