using Zorginkoop.Audit;

namespace Zorginkoop.Inschrijvingen;

public enum EisSoort
{
    /// <summary>A yes/no declaration, such as the UEA or the eigen verklaring.</summary>
    Verklaring = 1,

    /// <summary>A text answer (quality).</summary>
    Vraag = 2,

    /// <summary>A file to upload, such as a quality certificate or a plan.</summary>
    Bestand = 3,

    /// <summary>A price per lot, in eurocents per unit: the price part, opened only after quality is final.</summary>
    Prijs = 4,
}

/// <summary>What a procedure asks of a bid, one item each.</summary>
public class Inschrijvingseis : IAudited
{
    public int Id { get; set; }
    public int AanbestedingId { get; set; }
    public int Volgorde { get; set; }
    public EisSoort Soort { get; set; }
    public required string Tekst { get; set; }
    public bool Verplicht { get; set; } = true;

    public bool IsPrijs => Soort == EisSoort.Prijs;
}

public static class EisSoortTekst
{
    public static string Naam(this EisSoort s) => s switch
    {
        EisSoort.Verklaring => "verklaring (ja/nee)",
        EisSoort.Vraag => "vraag (tekst)",
        EisSoort.Bestand => "bestand",
        EisSoort.Prijs => "prijs per perceel",
        _ => s.ToString(),
    };
}
