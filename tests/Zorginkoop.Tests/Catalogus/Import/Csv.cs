using System.Text;

namespace Zorginkoop.Tests.Catalogus.Import;

/// <summary>Builds catalogue files as bytes, the way a user's spreadsheet would save them.</summary>
internal static class Csv
{
    public const string Kop = "code;naam;domein;categorie;monitorgroep;eenheid;segment;geldig_van;geldig_tot;tarief_cent;tarief_vanaf;landelijke_code";

    public static MemoryStream Bestand(string tekst, bool bom = false)
    {
        var bytes = Encoding.UTF8.GetBytes(tekst.ReplaceLineEndings("\n"));
        return new MemoryStream(bom ? [.. Encoding.UTF8.Preamble, .. bytes] : bytes);
    }

    public static MemoryStream Regels(params string[] regels) => Bestand(string.Join("\n", [Kop, .. regels]) + "\n");
}
