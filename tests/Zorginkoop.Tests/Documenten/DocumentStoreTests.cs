using System.Security.Cryptography;
using Zorginkoop.Documenten;
using Zorginkoop.Tests.Shared;

namespace Zorginkoop.Tests.Documenten;

/// <summary>The document store in a temp folder: GUID names, a fingerprint, a size limit, and content that must match the name.</summary>
public sealed class DocumentStoreTests : IDisposable
{
    private readonly TempFolder map = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => map.Dispose();

    private string Documentenmap => Path.Combine(map.Pad, "documenten");

    /// <summary>Every file in the store's folder (none when the folder was never made).</summary>
    private string[] Bestanden() => Directory.Exists(Documentenmap) ? Directory.GetFiles(Documentenmap) : [];

    private async Task<OpslagUitkomst> StoreAsync(byte[] bytes, string? naam, DocumentStore? opslag = null)
    {
        using var bron = new MemoryStream(bytes);
        return await (opslag ?? new DocumentStore(map.Pad)).StoreAsync(bron, naam, Ct);
    }

    [Fact]
    public async Task Een_PDF_wordt_onder_een_GUID_bewaard_met_zijn_SHA256_en_grootte()
    {
        var pdf = Testbestanden.Pdf();

        var (bestand, fout) = await StoreAsync(pdf, "Nota van Inlichtingen 1.pdf");

        Assert.Null(fout);
        Assert.NotNull(bestand);
        Assert.True(Guid.TryParseExact(bestand.Opslagnaam, "D", out _), bestand.Opslagnaam);
        var pad = Path.Combine(Documentenmap, bestand.Opslagnaam);
        Assert.Equal([pad], Bestanden());
        Assert.Equal(pdf, await File.ReadAllBytesAsync(pad, Ct));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), bestand.Sha256);
        Assert.Equal(pdf.Length, bestand.Grootte);
        Assert.Equal(("Nota van Inlichtingen 1.pdf", DocumentSoort.Pdf), (bestand.Bestandsnaam, bestand.Soort));
        Assert.Empty(Directory.GetFiles(map.Pad, "*.upload", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Twee_keer_hetzelfde_bestand_krijgt_twee_opslagnamen_met_dezelfde_vingerafdruk()
    {
        var pdf = Testbestanden.Pdf();

        var een = (await StoreAsync(pdf, "a.pdf")).Bestand!;
        var twee = (await StoreAsync(pdf, "a.pdf")).Bestand!;

        Assert.NotEqual(een.Opslagnaam, twee.Opslagnaam);
        Assert.Equal(een.Sha256, twee.Sha256);
        Assert.Equal(2, Bestanden().Length);
    }

    [Theory]
    [InlineData("bestek.docx", ".docx")]
    [InlineData("tarieven.xlsx", ".xlsx")]
    [InlineData("nota.odt", ".odt")]
    public async Task Kantoorbestanden_met_de_juiste_naam_worden_bewaard(string naam, string extensie)
    {
        var bytes = extensie switch
        {
            ".docx" => Testbestanden.Docx(),
            ".xlsx" => Testbestanden.Xlsx(),
            _ => Testbestanden.OpenDocument(),
        };

        var (bestand, fout) = await StoreAsync(bytes, naam);

        Assert.Null(fout);
        Assert.Equal(extensie, bestand!.Soort.Extensie);
        Assert.Single(Bestanden());
    }

    [Fact]
    public async Task Een_bestand_van_precies_de_grens_wordt_bewaard()
    {
        var opslag = new DocumentStore(map.Pad, maxBytes: 1000);

        var (bestand, fout) = await StoreAsync(Testbestanden.PdfVanLengte(1000), "grens.pdf", opslag);

        Assert.Null(fout);
        Assert.Equal(1000, bestand!.Grootte);
        Assert.Single(Bestanden());
    }

    [Fact]
    public async Task Een_byte_te_veel_wordt_geweigerd_en_laat_niets_achter()
    {
        var opslag = new DocumentStore(map.Pad, maxBytes: 1000);

        var (bestand, fout) = await StoreAsync(Testbestanden.PdfVanLengte(1001), "te groot.pdf", opslag);

        Assert.Null(bestand);
        Assert.StartsWith("'te groot.pdf' is groter dan", fout, StringComparison.Ordinal);
        Assert.Contains("groter dan 1 kB", fout, StringComparison.Ordinal);
        Assert.Empty(Bestanden());
    }

    [Fact]
    public async Task De_grens_wordt_ook_bewaakt_als_de_bron_in_kleine_stukken_komt()
    {
        var opslag = new DocumentStore(map.Pad, maxBytes: 1000);
        await using var bron = new DruppelStroom(Testbestanden.PdfVanLengte(1001), stuk: 7);

        var (bestand, fout) = await opslag.StoreAsync(bron, "druppels.pdf", Ct);

        Assert.Null(bestand);
        Assert.Contains("groter dan 1 kB", fout, StringComparison.Ordinal);
        Assert.Empty(Bestanden());
    }

    [Fact]
    public void De_standaardgrens_is_20_MB()
    {
        Assert.Equal(20L * 1024 * 1024, new DocumentStore(map.Pad).MaxBytes);
    }

    [Fact]
    public async Task HTML_onder_een_PDF_naam_wordt_geweigerd_en_laat_niets_achter()
    {
        var (bestand, fout) = await StoreAsync(Testbestanden.Html(), "verslag.pdf");

        Assert.Null(bestand);
        Assert.Contains("'verslag.pdf' is geen PDF", fout, StringComparison.Ordinal);
        Assert.Empty(Bestanden());
    }

    [Fact]
    public async Task Een_PDF_onder_een_Word_naam_wordt_geweigerd_met_de_echte_soort()
    {
        var (bestand, fout) = await StoreAsync(Testbestanden.Pdf(), "x.docx");

        Assert.Null(bestand);
        Assert.Equal("'x.docx' heeft de naam van een Word-document, maar de inhoud is een PDF. Geef het bestand de extensie .pdf.", fout);
        Assert.Empty(Bestanden());
    }

    [Fact]
    public async Task Een_oud_Word_document_onder_de_naam_docx_wordt_geweigerd()
    {
        var (bestand, fout) = await StoreAsync(Testbestanden.OleDoc(), "oud.docx");

        Assert.Null(bestand);
        Assert.Contains("geen Word-document", fout, StringComparison.Ordinal);
        Assert.Empty(Bestanden());
    }

    [Theory]
    [InlineData("virus.exe")]
    [InlineData("pagina.html")]
    [InlineData("oud.doc")]
    [InlineData("zonder-extensie")]
    public async Task Een_naam_met_een_niet_toegestane_extensie_wordt_geweigerd(string naam)
    {
        var (bestand, fout) = await StoreAsync(Testbestanden.Pdf(), naam);

        Assert.Null(bestand);
        Assert.StartsWith($"'{naam}': dit soort bestand wordt niet gepubliceerd.", fout, StringComparison.Ordinal);
        Assert.Contains(".pdf, .docx", fout, StringComparison.Ordinal);
        Assert.Empty(Bestanden());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("..")]
    [InlineData("   ")]
    public async Task Zonder_bruikbare_naam_wordt_niets_bewaard(string? naam)
    {
        var (bestand, fout) = await StoreAsync(Testbestanden.Pdf(), naam);

        Assert.Null(bestand);
        Assert.Contains("geen bruikbare naam", fout, StringComparison.Ordinal);
        Assert.Empty(Bestanden());
    }

    [Fact]
    public async Task Een_leeg_bestand_wordt_geweigerd()
    {
        var (bestand, fout) = await StoreAsync([], "leeg.pdf");

        Assert.Null(bestand);
        Assert.Equal("'leeg.pdf' is leeg.", fout);
        Assert.Empty(Bestanden());
    }

    [Fact]
    public async Task Een_pad_in_de_uploadnaam_komt_nooit_in_het_bestandssysteem()
    {
        var (bestand, _) = await StoreAsync(Testbestanden.Pdf(), "../../../buiten.pdf");

        Assert.Equal("buiten.pdf", bestand!.Bestandsnaam);
        Assert.Single(Bestanden());
        Assert.Equal([Documentenmap], Directory.GetDirectories(map.Pad));
        Assert.Empty(Directory.GetFiles(map.Pad));
    }

    [Fact]
    public async Task Open_geeft_de_bewaarde_inhoud_terug()
    {
        var pdf = Testbestanden.Pdf("Open mij");
        var bestand = (await StoreAsync(pdf, "open.pdf")).Bestand!;

        await using var s = new DocumentStore(map.Pad).Open(bestand.Opslagnaam);
        using var kopie = new MemoryStream();
        await s.CopyToAsync(kopie, Ct);

        Assert.Equal(pdf, kopie.ToArray());
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("not-a-guid")]
    [InlineData("")]
    [InlineData("../documenten/3f2504e0-4f89-11d3-9a0c-0305e82c3301")]
    [InlineData("3F2504E0-4F89-11D3-9A0C-0305E82C3301")] // not the form the store writes
    [InlineData("3f2504e04f8911d39a0c0305e82c3301")]
    [InlineData("{3f2504e0-4f89-11d3-9a0c-0305e82c3301}")]
    [InlineData("3f2504e0-4f89-11d3-9a0c-0305e82c3301.upload")]
    public void Open_en_Verwijder_aanvaarden_alleen_een_GUID(string opslagnaam)
    {
        var opslag = new DocumentStore(map.Pad);

        Assert.Throws<ArgumentException>(() => opslag.Open(opslagnaam));
        Assert.Throws<ArgumentException>(() => opslag.Verwijder(opslagnaam));
    }

    [Fact]
    public async Task Verwijder_haalt_het_bestand_weg()
    {
        var opslag = new DocumentStore(map.Pad);
        var een = (await StoreAsync(Testbestanden.Pdf(), "een.pdf")).Bestand!;
        var twee = (await StoreAsync(Testbestanden.Pdf(), "twee.pdf")).Bestand!;

        opslag.Verwijder(een.Opslagnaam);

        Assert.Equal([Path.Combine(Documentenmap, twee.Opslagnaam)], Bestanden());
        Assert.Throws<FileNotFoundException>(() => opslag.Open(een.Opslagnaam));
    }

    [Fact]
    public void Verwijder_van_een_onbekende_GUID_doet_niets()
    {
        var ex = Record.Exception(() => new DocumentStore(map.Pad).Verwijder(Guid.NewGuid().ToString("D")));

        Assert.Null(ex);
    }

    /// <summary>A stream that hands out at most <paramref name="stuk"/> bytes per read, as a slow network upload does.</summary>
    private sealed class DruppelStroom(byte[] inhoud, int stuk) : MemoryStream(inhoud)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, stuk));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, stuk)]);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, stuk)], cancellationToken);
    }
}
