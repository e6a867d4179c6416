using System.IO.Compression;
using System.Text;
using System.Xml;
using UglyToad.PdfPig;
using Zorginkoop.Documenten;

namespace Zorginkoop.Zoeken;

/// <summary>
/// The text of an uploaded document, for search only: PDF with PdfPig, the Office and OpenDocument formats by their
/// XML parts. A file whose text cannot be read is still published and found by its title; reading never refuses.
/// </summary>
public static class Tekstextractie
{
    /// <summary>At most this much text per document goes into the index (PostgreSQL's tsvector holds at most 1 MB).</summary>
    public const int MaximaleLengte = 100_000;

    /// <summary>An XML part larger than this (unpacked) is not read: a zip bomb with an office name gets its title only.</summary>
    private const long MaximaalDeel = 20 * 1024 * 1024;

    /// <summary>The parts that hold the text of each format (OOXML: ECMA-376 part names; ODF: content.xml).</summary>
    private static readonly Dictionary<string, Func<string, bool>> Delen = new(StringComparer.OrdinalIgnoreCase)
    {
        [".docx"] = n => n is "word/document.xml",
        [".pptx"] = n => n.StartsWith("ppt/slides/slide", StringComparison.Ordinal) && n.EndsWith(".xml", StringComparison.Ordinal),
        [".xlsx"] = n => n is "xl/sharedStrings.xml",
        [".odt"] = n => n is "content.xml",
        [".ods"] = n => n is "content.xml",
        [".odp"] = n => n is "content.xml",
    };

    public static string Lees(Stream inhoud, string bestandsnaam)
    {
        try
        {
            var extensie = Path.GetExtension(bestandsnaam);
            var tekst = extensie.Equals(DocumentSoort.Pdf.Extensie, StringComparison.OrdinalIgnoreCase) ? Pdf(inhoud)
                : Delen.TryGetValue(extensie, out var deel) ? Zip(inhoud, deel)
                : "";
            return tekst.Length > MaximaleLengte ? tekst[..MaximaleLengte] : tekst;
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException or InvalidOperationException or ArgumentException
            or UglyToad.PdfPig.Core.PdfDocumentFormatException)
        {
            return "";
        }
    }

    private static string Pdf(Stream inhoud)
    {
        using var pdf = PdfDocument.Open(inhoud);
        var sb = new StringBuilder();
        foreach (var pagina in pdf.GetPages())
        {
            foreach (var woord in pagina.GetWords())
            {
                sb.Append(woord.Text).Append(' ');
            }

            sb.Append('\n');
            if (sb.Length > MaximaleLengte)
            {
                break;
            }
        }

        return sb.ToString();
    }

    private static string Zip(Stream inhoud, Func<string, bool> deel)
    {
        using var zip = new ZipArchive(inhoud, ZipArchiveMode.Read);
        var sb = new StringBuilder();
        foreach (var entry in zip.Entries.Where(e => deel(e.FullName)).OrderBy(e => e.FullName.Length).ThenBy(e => e.FullName, StringComparer.Ordinal))
        {
            if (entry.Length > MaximaalDeel)
            {
                continue;
            }

            using var stroom = entry.Open();
            Xml(stroom, sb);
            if (sb.Length > MaximaleLengte)
            {
                break;
            }
        }

        return sb.ToString();
    }

    /// <summary>All text of an XML part; a paragraph, cell or line break ends a word, a run inside a word does not.</summary>
    private static void Xml(Stream stroom, StringBuilder sb)
    {
        // No DTD, no external entities: an uploaded file is hostile until proven otherwise (ground rule 4).
        using var lezer = XmlReader.Create(stroom, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = MaximaalDeel });
        while (lezer.Read() && sb.Length <= MaximaleLengte)
        {
            switch (lezer.NodeType)
            {
                case XmlNodeType.Text or XmlNodeType.CDATA:
                    sb.Append(lezer.Value);
                    break;
                case XmlNodeType.EndElement when lezer.LocalName is "p" or "h" or "si" or "tc" or "table-cell":
                case XmlNodeType.Element when lezer.LocalName is "br" or "tab" or "s" or "line-break":
                    sb.Append(' ');
                    break;
            }
        }
    }
}
