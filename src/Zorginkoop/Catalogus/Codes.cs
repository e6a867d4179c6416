using System.Text.RegularExpressions;

namespace Zorginkoop.Catalogus;

/// <summary>The short lowercase codes of regions and segments, used in addresses, the CLI and imports.</summary>
public static partial class Codes
{
    public static bool IsGeldig(string? code) => code is not null && Patroon().IsMatch(code);

    public const string Uitleg = "Een code bestaat uit 1 tot 50 kleine letters, cijfers en streepjes en begint met een letter of cijfer";

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,49}\\z")]
    private static partial Regex Patroon();
}
