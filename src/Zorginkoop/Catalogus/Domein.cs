namespace Zorginkoop.Catalogus;

/// <summary>The two laws a region buys care under. Stored and exchanged as <c>jeugd</c> and <c>wmo</c>.</summary>
public enum Domein
{
    Jeugd = 1,
    Wmo = 2,
}

public static class DomeinCodes
{
    public static string Code(this Domein domein) => domein switch
    {
        Domein.Jeugd => "jeugd",
        Domein.Wmo => "wmo",
        _ => throw new ArgumentOutOfRangeException(nameof(domein)),
    };

    public static string Naam(this Domein domein) => domein switch
    {
        Domein.Jeugd => "Jeugdwet",
        Domein.Wmo => "Wmo 2015",
        _ => throw new ArgumentOutOfRangeException(nameof(domein)),
    };

    public static bool TryParse(string? tekst, out Domein domein)
    {
        switch (tekst?.Trim().ToLowerInvariant())
        {
            case "jeugd":
                domein = Domein.Jeugd;
                return true;
            case "wmo":
                domein = Domein.Wmo;
                return true;
            default:
                domein = default;
                return false;
        }
    }
}
