using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Zorginkoop.Demo;

/// <summary>
/// A one-page PDF standing in for a document the source links to but does not contain: its title, and a line saying
/// that it is a demo document, so nobody mistakes it for the original.
/// </summary>
internal static class DemoPdf
{
    public static byte[] Maak(string titel, string toelichting)
    {
        var builder = new PdfDocumentBuilder();
        var pagina = builder.AddPage(PageSize.A4);
        var vet = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        var gewoon = builder.AddStandard14Font(Standard14Font.Helvetica);
        pagina.AddText(titel, 16, new PdfPoint(56, 770), vet);
        var y = 740.0;
        foreach (var regel in Afbreken(toelichting, 85))
        {
            pagina.AddText(regel, 11, new PdfPoint(56, y), gewoon);
            y -= 16;
        }

        pagina.AddText("Demodocument van Zorginkoop. De inhoud van het origineel staat niet in de bron.", 9, new PdfPoint(56, 60), gewoon);
        return builder.Build();
    }

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

            regel = regel.Length == 0 ? woord : regel + " " + woord;
        }

        if (regel.Length > 0)
        {
            yield return regel;
        }
    }
}
