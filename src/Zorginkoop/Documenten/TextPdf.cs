using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Zorginkoop.Documenten;

/// <summary>
/// A plain A4 text document (headings and paragraphs, wrapped, over as many pages as needed, page numbers in the
/// footer) in DejaVu Sans, embedded: PdfPig's standard Helvetica draws é, ë and € as other glyphs and cannot draw ó, ö
/// or ü at all, and a Dutch letter must read as written. The fonts are resources of this assembly (Lettertypen/LICENSE.txt).
/// </summary>
public sealed class TextPdf
{
    private const double Links = 56;
    private const double Boven = 780;
    private const double Onder = 72;

    private readonly List<(string Tekst, int Grootte, bool Vet, double Ruimte)> blokken = [];

    public TextPdf Titel(string tekst) => Voeg(tekst, 16, true, 14);

    public TextPdf Kop(string tekst) => Voeg(tekst, 12, true, 6);

    public TextPdf Alinea(string tekst) => Voeg(tekst, 10, false, 8);

    public TextPdf Klein(string tekst) => Voeg(tekst, 8, false, 6);

    public byte[] Bouw(string voettekst)
    {
        var builder = new PdfDocumentBuilder();
        var vet = builder.AddTrueTypeFont(Vet.Value);
        var gewoon = builder.AddTrueTypeFont(Gewoon.Value);
        var paginas = new List<PdfPageBuilder>();
        PdfPageBuilder Nieuw()
        {
            var p = builder.AddPage(PageSize.A4);
            paginas.Add(p);
            return p;
        }

        var pagina = Nieuw();
        var y = Boven;
        foreach (var (tekst, grootte, isVet, ruimte) in blokken)
        {
            foreach (var alinea in tekst.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
            {
                foreach (var regel in Afbreken(alinea, (int)(84 * 10.0 / grootte)))
                {
                    if (y < Onder)
                    {
                        pagina = Nieuw();
                        y = Boven;
                    }

                    Schrijf(pagina, regel, grootte, new PdfPoint(Links, y), isVet ? vet : gewoon);
                    y -= grootte * 1.45;
                }
            }

            y -= ruimte;
        }

        for (var i = 0; i < paginas.Count; i++)
        {
            Schrijf(paginas[i], Veilig($"{voettekst} - pagina {i + 1} van {paginas.Count}"), 8, new PdfPoint(Links, 40), gewoon);
        }

        return builder.Build();
    }

    private TextPdf Voeg(string tekst, int grootte, bool vet, double ruimte)
    {
        blokken.Add((Veilig(tekst), grootte, vet, ruimte));
        return this;
    }

    private static readonly Lazy<byte[]> Gewoon = new(() => Lettertype("DejaVuSans.ttf"));
    private static readonly Lazy<byte[]> Vet = new(() => Lettertype("DejaVuSans-Bold.ttf"));

    private static byte[] Lettertype(string naam)
    {
        using var bron = typeof(TextPdf).Assembly.GetManifestResourceStream($"Zorginkoop.Lettertypen.{naam}")
            ?? throw new InvalidOperationException($"Lettertype {naam} ontbreekt in de assembly.");
        using var geheugen = new MemoryStream();
        bron.CopyTo(geheugen);
        return geheugen.ToArray();
    }

    /// <summary>A line; a character the font has no glyph for (an emoji, a rare script) becomes '?' rather than failing the document.</summary>
    private static void Schrijf(PdfPageBuilder pagina, string regel, int grootte, PdfPoint plek, PdfDocumentBuilder.AddedFont font)
    {
        try
        {
            pagina.AddText(regel, grootte, plek, font);
        }
        catch (InvalidOperationException)
        {
            pagina.AddText(new string([.. regel.Select(c => c <= '\u024F' || "€‘’“”–—•…".Contains(c) ? c : '?')]), grootte, plek, font);
        }
    }

    /// <summary>Control characters and characters outside the basic plane (surrogates) become '?'.</summary>
    private static string Veilig(string tekst) => new([.. tekst.Select(c => c == '\n' || (!char.IsControl(c) && !char.IsSurrogate(c)) ? c : '?')]);

    private static IEnumerable<string> Afbreken(string tekst, int breedte)
    {
        var regel = "";
        foreach (var woord in tekst.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (regel.Length + woord.Length + 1 > breedte && regel.Length > 0)
            {
                yield return regel;
                regel = "";
            }

            // A word longer than a line (a URL, a hash) is cut.
            var rest = woord;
            while (rest.Length > breedte)
            {
                yield return rest[..breedte];
                rest = rest[breedte..];
            }

            regel = regel.Length == 0 ? rest : regel + " " + rest;
        }

        if (regel.Length > 0)
        {
            yield return regel;
        }
    }
}
