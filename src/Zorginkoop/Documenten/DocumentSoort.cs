using System.IO.Compression;
using System.Text;

namespace Zorginkoop.Documenten;

/// <summary>A kind of document Zorginkoop publishes: PDF, and the office formats of Microsoft Office and OpenDocument.</summary>
public sealed record DocumentSoort(string Extensie, string ContentType, string Naam)
{
    public static readonly DocumentSoort Pdf = new(".pdf", "application/pdf", "PDF");
    public static readonly DocumentSoort Docx = new(".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word-document");
    public static readonly DocumentSoort Xlsx = new(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel-werkmap");
    public static readonly DocumentSoort Pptx = new(".pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation", "PowerPoint-presentatie");
    public static readonly DocumentSoort Odt = new(".odt", "application/vnd.oasis.opendocument.text", "OpenDocument-tekst");
    public static readonly DocumentSoort Ods = new(".ods", "application/vnd.oasis.opendocument.spreadsheet", "OpenDocument-werkblad");
    public static readonly DocumentSoort Odp = new(".odp", "application/vnd.oasis.opendocument.presentation", "OpenDocument-presentatie");

    public static readonly IReadOnlyList<DocumentSoort> Alle = [Pdf, Docx, Xlsx, Pptx, Odt, Ods, Odp];

    /// <summary>"PDF, Word (.docx), ..." for messages and form hints.</summary>
    public static string Opsomming => string.Join(", ", Alle.Select(s => s.Extensie));

    public static DocumentSoort? BijExtensie(string bestandsnaam) =>
        Alle.FirstOrDefault(s => s.Extensie.Equals(Path.GetExtension(bestandsnaam), StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Why a file the provider hands in (a bid's file, a repair document) may not be kept under its name, or null: the
    /// name must be one of the kinds Zorginkoop takes, and the content, recognised from its bytes, that same kind. So a
    /// web page or a program named "plan.pdf" is refused before it is sealed in the vault, where nobody would see it
    /// until the opening. The stream must be seekable (the upload is buffered); it is left at position 0.
    /// </summary>
    public static string? Controleer(Stream inhoud, string naam)
    {
        if (!inhoud.CanSeek)
        {
            throw new ArgumentException("Het bestand moet doorzoekbaar zijn om de inhoud te controleren.", nameof(inhoud));
        }

        var verwacht = BijExtensie(naam);
        if (verwacht is null)
        {
            return $"'{naam}': dit soort bestand wordt niet aangenomen. Toegestaan zijn {Opsomming}.";
        }

        var soort = Herken(inhoud);
        if (soort is null)
        {
            return $"'{naam}' is geen {verwacht.Naam}: de inhoud is van een ander soort bestand. Alleen {Opsomming} worden aangenomen, herkend aan de inhoud.";
        }

        return soort == verwacht ? null
            : $"'{naam}' heeft de naam van een {verwacht.Naam}, maar de inhoud is een {soort.Naam}. Geef het bestand de extensie {soort.Extensie}.";
    }

    /// <summary>
    /// What the content is, read from the bytes and never from the name: PDF by its header, Office Open XML by the
    /// package parts it holds, OpenDocument by its <c>mimetype</c> entry. Null for anything else (including the old
    /// binary Office formats, executables, HTML and archives that merely carry an office extension). Only the zip's
    /// directory is read, nothing is unpacked, so a zip bomb costs nothing.
    /// </summary>
    public static DocumentSoort? Herken(Stream inhoud)
    {
        inhoud.Position = 0;
        Span<byte> kop = stackalloc byte[8];
        var gelezen = inhoud.ReadAtLeast(kop, kop.Length, throwOnEndOfStream: false);
        inhoud.Position = 0;
        if (gelezen >= 5 && kop[..5].SequenceEqual("%PDF-"u8))
        {
            return Pdf;
        }

        if (gelezen >= 4 && kop[..4].SequenceEqual("PK\u0003\u0004"u8))
        {
            try
            {
                return HerkenZip(inhoud);
            }
            catch (InvalidDataException)
            {
                return null;
            }
            finally
            {
                inhoud.Position = 0;
            }
        }

        return null;
    }

    private static DocumentSoort? HerkenZip(Stream inhoud)
    {
        using var zip = new ZipArchive(inhoud, ZipArchiveMode.Read, leaveOpen: true);
        var namen = zip.Entries.Select(e => e.FullName).ToList();
        if (namen.Contains("[Content_Types].xml"))
        {
            return namen.Any(n => n.StartsWith("word/", StringComparison.Ordinal)) ? Docx
                : namen.Any(n => n.StartsWith("xl/", StringComparison.Ordinal)) ? Xlsx
                : namen.Any(n => n.StartsWith("ppt/", StringComparison.Ordinal)) ? Pptx
                : null;
        }

        // OpenDocument: the first entry is "mimetype", stored uncompressed, holding the media type (ODF 1.2, 3.3).
        var eerste = zip.Entries.FirstOrDefault();
        if (eerste is not { FullName: "mimetype", Length: < 100 })
        {
            return null;
        }

        using var lezer = new StreamReader(eerste.Open(), Encoding.ASCII);
        var mime = lezer.ReadToEnd().Trim();
        return Alle.FirstOrDefault(s => s.ContentType == mime && s.Extensie.StartsWith(".od", StringComparison.Ordinal));
    }
}
