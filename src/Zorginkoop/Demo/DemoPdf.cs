using Zorginkoop.Documenten;

namespace Zorginkoop.Demo;

/// <summary>
/// A one-page PDF standing in for a document the source links to but does not contain: its title, and a line saying
/// that it is a demo document, so nobody mistakes it for the original.
/// </summary>
internal static class DemoPdf
{
    public static byte[] Maak(string titel, string toelichting) =>
        new TextPdf().Titel(titel).Alinea(toelichting).Bouw("Demodocument van Zorginkoop. De inhoud van het origineel staat niet in de bron.");
}
