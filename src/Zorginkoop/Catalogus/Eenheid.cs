namespace Zorginkoop.Catalogus;

/// <summary>A unit of care (iJw/iWmo WJ756, LDT_Eenheid), e.g. <c>04</c> Uur.</summary>
public class Eenheid
{
    public required string Code { get; set; }
    public required string Omschrijving { get; set; }

    /// <summary>The short lowercase name accepted in imports, e.g. <c>uur</c>.</summary>
    public required string Naam { get; set; }
}

public static class EenheidZoeker
{
    /// <summary>Finds a unit by its WJ756 code (<c>04</c>, or <c>4</c> as spreadsheets write it), short name
    /// (<c>uur</c>) or description, case-insensitive.</summary>
    public static Eenheid? Zoek(IEnumerable<Eenheid> eenheden, string? tekst)
    {
        if (string.IsNullOrWhiteSpace(tekst))
        {
            return null;
        }

        var t = tekst.Trim();
        var lijst = eenheden as IReadOnlyCollection<Eenheid> ?? eenheden.ToList();
        return lijst.FirstOrDefault(e => e.Code == t || (t.Length == 1 && e.Code == "0" + t))
            ?? lijst.FirstOrDefault(e => string.Equals(e.Naam, t, StringComparison.OrdinalIgnoreCase))
            ?? lijst.FirstOrDefault(e => string.Equals(e.Omschrijving, t, StringComparison.OrdinalIgnoreCase));
    }
}
