using System.Text;
using Zorginkoop.Tests.Documenten;
using Zorginkoop.Zoeken;

namespace Zorginkoop.Tests.Zoeken;

/// <summary>Search terms (Dutch stemming, accents, codes) and the text read from uploaded files.</summary>
public sealed class TekstTests
{
    [Theory]
    [InlineData("jeugdhulp", "Jeugdhulpaanbieders")]
    [InlineData("begeleiding", "Begeleiding")]
    [InlineData("begeleiding", "begeleid")]
    [InlineData("clienten", "cliënten")]
    [InlineData("cliënt", "Clienten")]
    [InlineData("45a6", "45A64")]
    [InlineData("logeer", "Logeeropvang")]
    [InlineData("maand", "maandelijks")]
    public void Een_woord_van_de_vraag_past_op_het_begin_van_de_term_van_een_woord_in_de_tekst(string vraag, string tekst)
    {
        var term = Assert.Single(Zoektermen.Vraag(vraag));
        var woord = Assert.Single(Zoektermen.Woorden(tekst));

        Assert.Contains(term.Vormen, v => woord.Term.StartsWith(v, StringComparison.Ordinal));
    }

    [Fact]
    public void Een_vraag_laat_te_korte_woorden_en_herhalingen_weg_en_telt_hoogstens_acht_woorden()
    {
        Assert.Equal([new Zoekterm("jeugdhulp", "jeugdhulp")], Zoektermen.Vraag("a jeugdhulp Jeugdhulp  !"));
        Assert.Equal([new Zoekterm("loger", "logeer")], Zoektermen.Vraag("Logeer"));
        Assert.Empty(Zoektermen.Vraag("  \" * ( "));
        Assert.Equal(Zoektermen.MaximaalAantal, Zoektermen.Vraag("een twee drie vier vijf zes zeven acht negen tien").Count);
    }

    [Fact]
    public void Een_fragment_markeert_de_gevonden_woorden_en_begint_bij_een_woordgrens_voor_de_eerste()
    {
        var tekst = string.Concat(Enumerable.Repeat("Algemene voorwaarden voor de inkoop. ", 20)) + "Daarna volgt Jeugdhulp voor cliënten en hun gezin.";
        var termen = Zoektermen.Vraag("jeugdhulp clienten").SelectMany(t => t.Vormen).ToList();

        var fragment = Fragment.Rond(tekst, termen);

        Assert.StartsWith("… ", fragment.Tekst, StringComparison.Ordinal);
        Assert.Equal(["Jeugdhulp", "cliënten"], fragment.Stukken().Where(s => s.Gemarkeerd).Select(s => s.Stuk));
        Assert.True(fragment.Tekst.Length <= Fragment.Lengte + 4, fragment.Tekst);
        Assert.Equal(fragment.Tekst, string.Concat(fragment.Stukken().Select(s => s.Stuk)));
    }

    [Fact]
    public void De_tekst_van_een_PDF_wordt_gelezen()
    {
        using var pdf = new MemoryStream(Testbestanden.Pdf("Jeugdhulpaanbieders in de regio Lekstroom"));

        var tekst = Tekstextractie.Lees(pdf, "Inkoopdocument.pdf");

        Assert.Contains("Jeugdhulpaanbieders", tekst, StringComparison.Ordinal);
        Assert.Contains("Lekstroom", tekst, StringComparison.Ordinal);
    }

    [Fact]
    public void Een_Word_document_houdt_een_woord_over_twee_opmaakstukken_heel_en_scheidt_alinea_s()
    {
        using var docx = new MemoryStream(Testbestanden.Docx(
            "<w:p><w:r><w:t>Jeugd</w:t></w:r><w:r><w:t>hulp</w:t></w:r></w:p><w:p><w:r><w:t>Begeleiding</w:t></w:r></w:p>"));

        var woorden = Zoektermen.Woorden(Tekstextractie.Lees(docx, "Bestek.docx")).Select(w => w.Term).ToList();

        Assert.Equal(Zoektermen.Vraag("jeugdhulp begeleiding").Select(t => t.Stam), woorden);
    }

    [Fact]
    public void Een_OpenDocument_tekst_wordt_gelezen()
    {
        using var odt = new MemoryStream(Testbestanden.OpenDocument(inhoud: "<office:body><text:p>Dagbesteding voor ouderen</text:p></office:body>"));

        Assert.Contains("Dagbesteding voor ouderen", Tekstextractie.Lees(odt, "Verslag.odt"), StringComparison.Ordinal);
    }

    [Fact]
    public void Een_bestand_met_een_DTD_of_kapotte_inhoud_levert_geen_tekst_en_geen_fout()
    {
        const string Entiteiten = "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]><w:document xmlns:w=\"x\">&b;</w:document>";
        using var bom = new MemoryStream(Testbestanden.Zip(("word/document.xml", Entiteiten, false)));
        using var kapot = new MemoryStream(Encoding.UTF8.GetBytes("%PDF-1.4 geen echte pdf"));
        using var geenZip = new MemoryStream(Encoding.UTF8.GetBytes("PK niet echt"));

        Assert.Equal("", Tekstextractie.Lees(bom, "Aanval.docx"));
        Assert.Equal("", Tekstextractie.Lees(kapot, "Kapot.pdf"));
        Assert.Equal("", Tekstextractie.Lees(geenZip, "Kapot.xlsx"));
    }
}
