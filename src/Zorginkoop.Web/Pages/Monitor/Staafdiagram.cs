using System.Globalization;
using Zorginkoop.Formatting;

namespace Zorginkoop.Web.Pages.Monitor;

/// <summary>
/// A bar chart as inline SVG, drawn on the server (no script, and no inline style, which the content security policy
/// forbids). It is an image with a text alternative; the same numbers are always in a table beside it.
/// </summary>
public sealed record Staafdiagram(string Titel, IReadOnlyList<(string Maand, long KostenCent)> Staven)
{
    public const int Breedte = 720;
    public const int Hoogte = 240;
    public const int Marge = 40;

    public long Maximum => Math.Max(1, Staven.Count == 0 ? 1 : Staven.Max(s => s.KostenCent));

    public double StaafBreedte => Staven.Count == 0 ? 0 : (Breedte - (2.0 * Marge)) / Staven.Count;

    public static string MaandNaam(string jjjjmm) =>
        DateOnly.TryParseExact(jjjjmm + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d.ToString("MMMM yyyy", NlFormat.Cultuur)
            : jjjjmm;

    public static string MaandKort(string jjjjmm) =>
        DateOnly.TryParseExact(jjjjmm + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d.ToString("MMM", NlFormat.Cultuur)
            : jjjjmm;

    public static string Getal(double d) => d.ToString("0.#", CultureInfo.InvariantCulture);

    public string Samenvatting =>
        Staven.Count == 0 ? "Geen gegevens." :
        $"Hoogste maand: {MaandNaam(Staven.MaxBy(s => s.KostenCent).Maand)} met {NlFormat.Bedrag(Staven.Max(s => s.KostenCent))}; laagste: {MaandNaam(Staven.MinBy(s => s.KostenCent).Maand)} met {NlFormat.Bedrag(Staven.Min(s => s.KostenCent))}.";
}
