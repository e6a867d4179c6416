using Zorginkoop.Audit;
using Zorginkoop.Catalogus;
using Zorginkoop.Documenten;

namespace Zorginkoop.Inkooptrajecten;

/// <summary>
/// A procurement trajectory: the multi-year project (such as "Inkoop Jeugd Wmo 2022") whose phases lead to procedures.
/// Everything in it is published once <see cref="Openbaar"/> is set.
/// </summary>
public class Inkooptraject : IAudited
{
    public int Id { get; set; }
    public int RegioId { get; set; }
    public Regio? Regio { get; set; }
    public required string Naam { get; set; }

    /// <summary>Markdown, rendered sanitised (<see cref="Formatting.MarkdownRenderer"/>).</summary>
    public string? Omschrijving { get; set; }

    public bool Jeugd { get; set; }
    public bool Wmo { get; set; }

    /// <summary>Shown to providers and the public; a new trajectory starts as a draft for officers only.</summary>
    public bool Openbaar { get; set; }

    public List<Fase> Fasen { get; set; } = [];
    public List<Voortgangsbericht> Berichten { get; set; } = [];
    public List<Bijeenkomst> Bijeenkomsten { get; set; } = [];
    public List<Document> Documenten { get; set; } = [];

    /// <summary>The other regions taking part; empty for a trajectory of one region.</summary>
    public List<TrajectDeelname> Deelnames { get; set; } = [];

    /// <summary>The owner and the participating regions (load <see cref="Deelnames"/> first).</summary>
    public IReadOnlyList<int> RegioIds => [RegioId, .. Deelnames.Select(d => d.RegioId)];

    public IEnumerable<Domein> Domeinen => new[] { (Jeugd, Domein.Jeugd), (Wmo, Domein.Wmo) }.Where(d => d.Item1).Select(d => d.Item2);

    /// <summary>A new trajectory has its four phases from the start, all planned.</summary>
    public static Inkooptraject Nieuw(int regioId, string naam) => new()
    {
        RegioId = regioId,
        Naam = naam,
        Fasen = Enum.GetValues<FaseSoort>().Select(s => new Fase { Soort = s }).ToList(),
    };
}

/// <summary>The four phases of a trajectory, in this order (first source: "Het project kent verschillende fasen").</summary>
public enum FaseSoort
{
    Verkennen = 1,
    VerdiepenEnVertalen = 2,
    Kiezen = 3,
    Implementeren = 4,
}

public enum FaseStatus
{
    Gepland = 1,
    Actief = 2,
    Afgerond = 3,
}

/// <summary>One phase of a trajectory: planned, active or done, with its dates and a summary (Markdown).</summary>
public class Fase : IAudited
{
    public int Id { get; set; }
    public int InkooptrajectId { get; set; }
    public FaseSoort Soort { get; set; }
    public FaseStatus Status { get; set; } = FaseStatus.Gepland;
    public DateOnly? Van { get; set; }
    public DateOnly? Tot { get; set; }
    public string? Samenvatting { get; set; }
}

/// <summary>A dated update of a trajectory ("Update project Inkoop Jeugdhulp (maart 2022)"); the text is Markdown.</summary>
public class Voortgangsbericht : IAudited
{
    public int Id { get; set; }
    public int InkooptrajectId { get; set; }
    public DateOnly Datum { get; set; }
    public required string Titel { get; set; }
    public required string Tekst { get; set; }

    /// <summary>When it was written or last changed: the Atom feed's <c>updated</c>.</summary>
    public DateTimeOffset Bijgewerkt { get; set; }
}

public enum BijeenkomstSoort
{
    /// <summary>Consultation: written or in a meeting ("Schriftelijke consultatie", "Consultatiebijeenkomst").</summary>
    Consultatie = 1,

    /// <summary>A meeting with providers ("Bijeenkomst aanbieders").</summary>
    Bijeenkomst = 2,

    /// <summary>A Q&amp;A hour, usually per segment ("Vragenuur segment Gezinsvormen").</summary>
    Vragenuur = 3,

    /// <summary>A market consultation before a procedure.</summary>
    Marktconsultatie = 4,
}

/// <summary>An event of a trajectory with its date and time, optionally for one segment.</summary>
public class Bijeenkomst : IAudited
{
    public int Id { get; set; }
    public int InkooptrajectId { get; set; }
    public BijeenkomstSoort Soort { get; set; }
    public required string Titel { get; set; }
    public DateTimeOffset Begin { get; set; }
    public DateTimeOffset? Einde { get; set; }
    public int? SegmentId { get; set; }
    public Segment? Segment { get; set; }
    public string? Locatie { get; set; }

    /// <summary>Markdown.</summary>
    public string? Omschrijving { get; set; }
}
