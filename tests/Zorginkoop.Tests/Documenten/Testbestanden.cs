using System.IO.Compression;
using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Zorginkoop.Tests.Documenten;

/// <summary>Real files of every kind, made in memory, for the content sniffing and the document store.</summary>
public static class Testbestanden
{
    /// <summary>A one-page PDF written by PdfPig, as a real PDF producer would.</summary>
    public static byte[] Pdf(string tekst = "Nota van Inlichtingen")
    {
        var builder = new PdfDocumentBuilder();
        var pagina = builder.AddPage(PageSize.A4);
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        pagina.AddText(tekst, 12, new PdfPoint(56, 770), font);
        return builder.Build();
    }

    /// <summary>The smallest thing a PDF reader and the sniffer accept as a PDF: the header, padded to <paramref name="lengte"/> bytes.</summary>
    public static byte[] PdfVanLengte(int lengte)
    {
        var bytes = new byte[lengte];
        Array.Fill(bytes, (byte)' ');
        "%PDF-1.4\n"u8.CopyTo(bytes);
        return bytes;
    }

    /// <summary>A zip with the given entries, in order; <c>Ongecomprimeerd</c> stores an entry as is (as ODF's mimetype).</summary>
    public static byte[] Zip(params (string Naam, string Inhoud, bool Ongecomprimeerd)[] delen)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (naam, inhoud, ongecomprimeerd) in delen)
            {
                var entry = zip.CreateEntry(naam, ongecomprimeerd ? CompressionLevel.NoCompression : CompressionLevel.Optimal);
                using var s = entry.Open();
                s.Write(Encoding.UTF8.GetBytes(inhoud));
            }
        }

        return ms.ToArray();
    }

    private const string ContentTypes = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";

    /// <summary>A Word document; <paramref name="body"/> is the XML inside w:body (paragraphs, runs).</summary>
    public static byte[] Docx(string body = "") => Zip(
        ("[Content_Types].xml", ContentTypes, false),
        ("_rels/.rels", "<Relationships/>", false),
        ("word/document.xml", $"<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}</w:body></w:document>", false));

    public static byte[] Xlsx() => Zip(
        ("[Content_Types].xml", ContentTypes, false),
        ("_rels/.rels", "<Relationships/>", false),
        ("xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>", false));

    public static byte[] Pptx() => Zip(
        ("[Content_Types].xml", ContentTypes, false),
        ("ppt/presentation.xml", "<p:presentation xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"/>", false));

    /// <summary>An OpenDocument file: "mimetype" first and uncompressed, as ODF 1.2 part 3, 3.3 requires.</summary>
    public static byte[] OpenDocument(string mimetype = "application/vnd.oasis.opendocument.text", string inhoud = "") => Zip(
        ("mimetype", mimetype, true),
        ("META-INF/manifest.xml", "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"/>", false),
        ("content.xml", $"<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\">{inhoud}</office:document-content>", false));

    public static byte[] Html() => "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"u8.ToArray();

    /// <summary>The start of a Windows executable: "MZ" and the DOS stub.</summary>
    public static byte[] Exe() => [(byte)'M', (byte)'Z', 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00];

    /// <summary>An old binary Word document: the OLE compound file header.</summary>
    public static byte[] OleDoc() => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00];
}
