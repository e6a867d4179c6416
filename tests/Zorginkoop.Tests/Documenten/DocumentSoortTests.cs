using System.Text;
using Zorginkoop.Documenten;

namespace Zorginkoop.Tests.Documenten;

/// <summary>What a file is, read from its bytes only: the name an uploader gives it never counts.</summary>
public class DocumentSoortTests
{
    private static DocumentSoort? Herken(byte[] bytes)
    {
        using var ms = new MemoryStream(bytes);
        return DocumentSoort.Herken(ms);
    }

    [Fact]
    public void Een_echte_PDF_wordt_herkend()
    {
        Assert.Same(DocumentSoort.Pdf, Herken(Testbestanden.Pdf()));
    }

    [Fact]
    public void Een_minimale_PDF_kop_is_genoeg()
    {
        Assert.Same(DocumentSoort.Pdf, Herken("%PDF-1.4\n%\u00e2\u00e3\n"u8.ToArray()));
    }

    [Fact]
    public void Een_Word_document_wordt_herkend_aan_zijn_pakketdelen()
    {
        Assert.Same(DocumentSoort.Docx, Herken(Testbestanden.Docx()));
    }

    [Fact]
    public void Een_Excel_werkmap_wordt_herkend_aan_zijn_pakketdelen()
    {
        Assert.Same(DocumentSoort.Xlsx, Herken(Testbestanden.Xlsx()));
    }

    [Fact]
    public void Een_PowerPoint_presentatie_wordt_herkend_aan_zijn_pakketdelen()
    {
        Assert.Same(DocumentSoort.Pptx, Herken(Testbestanden.Pptx()));
    }

    [Theory]
    [InlineData("application/vnd.oasis.opendocument.text", ".odt")]
    [InlineData("application/vnd.oasis.opendocument.spreadsheet", ".ods")]
    [InlineData("application/vnd.oasis.opendocument.presentation", ".odp")]
    public void Een_OpenDocument_wordt_herkend_aan_zijn_mimetype(string mimetype, string extensie)
    {
        Assert.Equal(extensie, Herken(Testbestanden.OpenDocument(mimetype))?.Extensie);
    }

    [Fact]
    public void Een_OpenDocument_met_een_ander_mimetype_wordt_niet_herkend()
    {
        // An EPUB is an OCF zip with the same layout, but not a document Zorginkoop publishes.
        Assert.Null(Herken(Testbestanden.OpenDocument("application/epub+zip")));
    }

    [Fact]
    public void Een_zip_met_mimetype_dat_niet_het_eerste_deel_is_wordt_niet_herkend()
    {
        var zip = Testbestanden.Zip(("content.xml", "<x/>", false), ("mimetype", "application/vnd.oasis.opendocument.text", true));

        Assert.Null(Herken(zip));
    }

    public static TheoryData<string, byte[]> GeenDocument() => new()
    {
        { "HTML", Testbestanden.Html() },
        { "HTML met witruimte ervoor", Encoding.UTF8.GetBytes("  \n<html><body>%PDF-1.4</body></html>") },
        { "Windows-programma", Testbestanden.Exe() },
        { "gewone zip", Testbestanden.Zip(("leesmij.txt", "hallo", false), ("map/foto.jpg", "jpg", false)) },
        { "zip met alleen [Content_Types].xml", Testbestanden.Zip(("[Content_Types].xml", "<Types/>", false), ("docProps/app.xml", "<x/>", false)) },
        { "oud binair Word-document", Testbestanden.OleDoc() },
        { "leeg", [] },
        { "minder dan een kop", "%PD"u8.ToArray() },
        { "kapotte zip", [.. "PK\u0003\u0004"u8, .. Encoding.ASCII.GetBytes("dit is geen zip maar rommel die er wel zo begint")] },
        { "alleen de zip-handtekening", "PK\u0003\u0004"u8.ToArray() },
    };

    [Theory]
    [MemberData(nameof(GeenDocument))]
    public void Wat_geen_PDF_of_kantoorbestand_is_geeft_null(string omschrijving, byte[] bytes)
    {
        Assert.True(Herken(bytes) is null, $"{omschrijving} werd herkend als document.");
    }

    [Fact]
    public void Een_afgekapte_zip_geeft_null_zonder_uitzondering()
    {
        // The first half of a real .docx: local headers present, central directory missing.
        var docx = Testbestanden.Docx();
        DocumentSoort? soort = DocumentSoort.Docx;

        var ex = Record.Exception(() => soort = Herken(docx[..(docx.Length / 2)]));

        Assert.Null(ex);
        Assert.Null(soort);
    }

    [Fact]
    public void Na_het_herkennen_staat_de_stroom_weer_aan_het_begin()
    {
        using var pdf = new MemoryStream(Testbestanden.Pdf());
        using var docx = new MemoryStream(Testbestanden.Docx());
        pdf.Position = 17;

        DocumentSoort.Herken(pdf);
        DocumentSoort.Herken(docx);

        Assert.Equal((0, 0), (pdf.Position, docx.Position));
    }

    [Theory]
    [InlineData("verslag.pdf", ".pdf")]
    [InlineData("VERSLAG.PDF", ".pdf")]
    [InlineData("tarieven.xlsx", ".xlsx")]
    [InlineData("nota.odt", ".odt")]
    [InlineData("virus.exe", null)]
    [InlineData("oud.doc", null)]
    [InlineData("geen-extensie", null)]
    public void De_verwachte_soort_volgt_uit_de_extensie(string naam, string? extensie)
    {
        Assert.Equal(extensie, DocumentSoort.BijExtensie(naam)?.Extensie);
    }
}
