using Zorginkoop.Audit;

namespace Zorginkoop.Gunning;

public enum BesluitUitkomst
{
    /// <summary>Provisionally (then finally) awarded.</summary>
    Gegund = 1,

    /// <summary>Meets every requirement but ranks beyond the maximum number of awards.</summary>
    Afgewezen = 2,

    /// <summary>Does not meet a knock-out requirement.</summary>
    Uitgesloten = 3,
}

/// <summary>
/// The award decision for one bid on one lot, fixed at the provisional award: the outcome, the position, the points
/// and the reasons. The letters are rendered from these rows, so a letter read later says what was decided then.
/// All decisions of a procedure carry the same <see cref="VerzondenOp"/>: every bidder is told at the same moment.
/// </summary>
public class Gunningsbesluit : IAudited
{
    public int Id { get; set; }
    public int AanbestedingId { get; set; }
    public int InschrijvingId { get; set; }
    public int ZorgaanbiederId { get; set; }
    public int PerceelNummer { get; set; }
    public BesluitUitkomst Uitkomst { get; set; }

    /// <summary>Place in the ranking of the lot; null for an excluded bid.</summary>
    public int? Positie { get; set; }

    /// <summary>Points in hundredths (8250 = 82,50 points), so sums and comparisons are exact.</summary>
    public int KwaliteitPunten { get; set; }
    public int PrijsPunten { get; set; }
    public int TotaalPunten { get; set; }

    /// <summary>Why: the requirements not met, or the position against the maximum, in Dutch.</summary>
    public required string Reden { get; set; }

    /// <summary>How a tie with another bid was settled, if there was one.</summary>
    public string? Gelijkspel { get; set; }
    public DateTimeOffset VerzondenOp { get; set; }
}

public enum BezwaarSoort
{
    Bezwaar = 1,
    KortGeding = 2,
}

public enum BezwaarStatus
{
    Lopend = 1,

    /// <summary>Rejected or lost: the award stands.</summary>
    Ongegrond = 2,

    /// <summary>Withdrawn by the bidder.</summary>
    Ingetrokken = 3,

    /// <summary>Upheld: the decision must be taken again; the final award stays blocked until it is.</summary>
    Gegrond = 4,
}

/// <summary>
/// An objection to a provisional award, or summary proceedings (kort geding), recorded by an officer. While one is
/// pending, or one was upheld, the final award is blocked (Aanbestedingswet 2.127: no contract during the standstill
/// or while a court is asked to suspend the award).
/// </summary>
public class Bezwaar : IAudited
{
    public int Id { get; set; }
    public int AanbestedingId { get; set; }
    public int? ZorgaanbiederId { get; set; }
    public BezwaarSoort Soort { get; set; }
    public required string Omschrijving { get; set; }
    public DateTimeOffset IngediendOp { get; set; }
    public required string GeregistreerdDoor { get; set; }
    public BezwaarStatus Status { get; set; } = BezwaarStatus.Lopend;
    public string? Afhandeling { get; set; }
    public DateTimeOffset? AfgehandeldOp { get; set; }
    public string? AfgehandeldDoor { get; set; }

    /// <summary>Pending or upheld: both keep the final award blocked.</summary>
    public bool Blokkeert => Status is BezwaarStatus.Lopend or BezwaarStatus.Gegrond;
}

public static class GunningTekst
{
    public static string Naam(this BesluitUitkomst u) => u switch
    {
        BesluitUitkomst.Gegund => "gegund",
        BesluitUitkomst.Afgewezen => "afgewezen",
        BesluitUitkomst.Uitgesloten => "uitgesloten",
        _ => u.ToString(),
    };

    public static string Naam(this BezwaarSoort s) => s switch
    {
        BezwaarSoort.Bezwaar => "bezwaar",
        BezwaarSoort.KortGeding => "kort geding",
        _ => s.ToString(),
    };

    public static string Naam(this BezwaarStatus s) => s switch
    {
        BezwaarStatus.Lopend => "lopend",
        BezwaarStatus.Ongegrond => "ongegrond",
        BezwaarStatus.Ingetrokken => "ingetrokken",
        BezwaarStatus.Gegrond => "gegrond",
        _ => s.ToString(),
    };

    /// <summary>Points in hundredths as Dutch text: 8250 → "82,50".</summary>
    public static string Punten(int honderdsten) => (honderdsten / 100m).ToString("0.00", Formatting.NlFormat.Cultuur);
}
