using UglyToad.PdfPig;
using Zorginkoop.Documenten;

namespace Zorginkoop.Tests.Documenten;

/// <summary>The plain text PDF (Nota van Inlichtingen, award letters): Dutch text comes back as written, never a crash.</summary>
public class TextPdfTests
{
    private static string Lees(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }

    [Fact]
    public void Nederlandse_tekst_komt_terug_zoals_geschreven()
    {
        var tekst = "Beëindigd vóór één uur: € 1.250,00 per cliënt, 2 × 1 jaar – ‘zoals’ Müller zei; café, crème, reünie";

        Assert.Contains(tekst, Lees(new TextPdf().Titel("Gunningsbrief").Alinea(tekst).Bouw("voet")), StringComparison.Ordinal);
    }

    [Fact]
    public void Een_teken_zonder_glyph_wordt_een_vraagteken_in_plaats_van_een_crash()
    {
        var gelezen = Lees(new TextPdf().Alinea("Goed gedaan \U0001F600 en \u0007 klaar").Bouw("voet"));

        Assert.Contains("Goed gedaan ?? en ? klaar", gelezen, StringComparison.Ordinal);
    }

    [Fact]
    public void Lange_tekst_loopt_door_over_meer_paginas_met_paginanummers()
    {
        var pdf = new TextPdf();
        for (var i = 0; i < 120; i++)
        {
            pdf.Alinea($"Alinea {i}: de opschortingstermijn van twintig kalenderdagen gaat in op de dag na verzending van de beslissing.");
        }

        using var document = PdfDocument.Open(pdf.Bouw("Brief"));

        Assert.True(document.NumberOfPages > 1);
        Assert.Contains($"pagina {document.NumberOfPages} van {document.NumberOfPages}", string.Join(" ", document.GetPage(document.NumberOfPages).GetWords().Select(w => w.Text)), StringComparison.Ordinal);
    }
}
