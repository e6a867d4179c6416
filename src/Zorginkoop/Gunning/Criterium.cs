using Zorginkoop.Audit;

namespace Zorginkoop.Gunning;

public enum CriteriumSoort
{
    /// <summary>A knock-out requirement: voldoet or voldoet niet. For Open House the admission requirements.</summary>
    Eis = 1,

    /// <summary>A quality award criterion, scored on the criterion's scale and weighted.</summary>
    Kwaliteit = 2,

    /// <summary>The price criterion: points by the lowest price divided by the bid's price, weighted.</summary>
    Prijs = 3,
}

/// <summary>
/// What a procedure's bids are judged on, stated in the procedure before anyone bids (Aanbestedingswet 2.114–2.115:
/// criteria and weights are known in advance). Applies to every lot, or to one lot by number.
/// </summary>
public class Criterium : IAudited
{
    public int Id { get; set; }
    public int AanbestedingId { get; set; }

    /// <summary>The lot (by number) this criterion is for; null for every lot.</summary>
    public int? PerceelNummer { get; set; }
    public int Volgorde { get; set; }
    public CriteriumSoort Soort { get; set; }
    public required string Naam { get; set; }
    public string? Omschrijving { get; set; }

    /// <summary>Weight in points of 100 (quality and price); 0 for a knock-out requirement.</summary>
    public int Weging { get; set; }

    /// <summary>The highest score on the scale (e.g. 10 for 0–10); 1 for a knock-out requirement (1 = voldoet).</summary>
    public int SchaalMax { get; set; } = 1;

    public bool GeldtVoor(int perceelNummer) => PerceelNummer is null || PerceelNummer == perceelNummer;
}

public static class CriteriumSoortTekst
{
    public static string Naam(this CriteriumSoort s) => s switch
    {
        CriteriumSoort.Eis => "eis (voldoet / voldoet niet)",
        CriteriumSoort.Kwaliteit => "kwaliteitscriterium",
        CriteriumSoort.Prijs => "prijs",
        _ => s.ToString(),
    };
}

/// <summary>How a tie in the ranking is settled, stated in the procedure.</summary>
public enum Gelijkspelregel
{
    /// <summary>The higher quality points win; if those are equal too, a recorded draw.</summary>
    HoogsteKwaliteit = 1,

    /// <summary>A recorded draw straight away.</summary>
    Loting = 2,
}

public static class GelijkspelregelTekst
{
    public static string Naam(this Gelijkspelregel r) => r switch
    {
        Gelijkspelregel.HoogsteKwaliteit => "bij gelijke totaalscore gaat de hoogste kwaliteitsscore voor; is die ook gelijk, dan beslist een loting",
        Gelijkspelregel.Loting => "bij gelijke totaalscore beslist een loting",
        _ => r.ToString(),
    };
}
