using System.Text;
using Zorginkoop.Documenten;

namespace Zorginkoop.Tests.Documenten;

/// <summary>The name an uploaded file is offered under: never a path, never a header trick, never empty.</summary>
public class BestandsnaamTests
{
    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("..\\..\\x.pdf", "x.pdf")]
    [InlineData("C:\\Users\\a\\FAQ.pdf", "FAQ.pdf")]
    [InlineData("/etc/passwd", "passwd")]
    [InlineData("map/sub\\Nota van Inlichtingen.pdf", "Nota van Inlichtingen.pdf")]
    [InlineData("\\\\server\\share\\bestek.docx", "bestek.docx")]
    public void Alleen_het_laatste_deel_van_een_pad_blijft_over(string invoer, string verwacht)
    {
        Assert.Equal(verwacht, Bestandsnaam.Schoon(invoer));
    }

    [Theory]
    [InlineData("ver\0slag.pdf", "verslag.pdf")]
    [InlineData("ver\r\nslag.pdf", "verslag.pdf")]
    [InlineData("\tverslag\u007f.pdf", "verslag.pdf")]
    [InlineData("ver\u0085slag.pdf", "verslag.pdf")] // C1 control (NEL)
    public void Stuurtekens_worden_verwijderd(string invoer, string verwacht)
    {
        Assert.Equal(verwacht, Bestandsnaam.Schoon(invoer));
    }

    [Theory]
    [InlineData("a\"b.pdf", "ab.pdf")]
    [InlineData("verslag.pdf\"; filename=\"x.exe", "verslag.pdf filename=x.exe")]
    [InlineData("<script>.pdf", "script.pdf")]
    [InlineData("a:b|c?d*e.pdf", "abcde.pdf")]
    public void Tekens_met_betekenis_voor_een_header_of_bestandssysteem_worden_verwijderd(string invoer, string verwacht)
    {
        var schoon = Bestandsnaam.Schoon(invoer);

        Assert.Equal(verwacht, schoon);
        Assert.DoesNotContain(schoon!, c => c is '"' or ';' or '<' or '>' or ':' or '|' or '?' or '*');
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("...")]
    [InlineData("../..")]
    [InlineData("map/")]
    [InlineData("C:\\Users\\a\\")]
    [InlineData("\0\r\n")]
    [InlineData("\"<>|")]
    [InlineData(" . . ")]
    public void Wat_geen_bruikbare_naam_oplevert_geeft_null(string? invoer)
    {
        Assert.Null(Bestandsnaam.Schoon(invoer));
    }

    [Fact]
    public void Punten_en_spaties_aan_de_randen_verdwijnen()
    {
        Assert.Equal("verslag.pdf", Bestandsnaam.Schoon("  .verslag.pdf.  "));
    }

    [Fact]
    public void Een_naam_van_300_tekens_wordt_200_tekens_met_behoud_van_de_extensie()
    {
        var naam = new string('a', 296) + ".pdf";

        var schoon = Bestandsnaam.Schoon(naam);

        Assert.Equal(Bestandsnaam.MaxLengte, schoon!.Length);
        Assert.Equal(new string('a', 196) + ".pdf", schoon);
    }

    [Fact]
    public void Een_naam_van_precies_200_tekens_blijft_heel()
    {
        var naam = new string('b', 195) + ".docx";

        Assert.Equal(naam, Bestandsnaam.Schoon(naam));
    }

    [Fact]
    public void Een_naam_wordt_in_samengestelde_Unicode_vorm_gezet()
    {
        // "café" with a combining acute accent (NFD), as macOS sends it.
        var schoon = Bestandsnaam.Schoon("cafe\u0301.pdf");

        Assert.Equal("caf\u00e9.pdf", schoon);
        Assert.True(schoon!.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void Een_naam_met_een_extensie_langer_dan_200_tekens_geeft_geen_uitzondering()
    {
        var naam = "a." + new string('b', 300);

        var schoon = Bestandsnaam.Schoon(naam);

        Assert.True(schoon is null || schoon.Length <= Bestandsnaam.MaxLengte);
    }

    [Fact]
    public void Inkorten_splitst_geen_surrogaatpaar()
    {
        // 'a' then 150 emoji (2 UTF-16 units each) then ".pdf": the cut at 196 falls inside an emoji.
        var naam = "a" + string.Concat(Enumerable.Repeat("\U0001F600", 150)) + ".pdf";

        var schoon = Bestandsnaam.Schoon(naam)!;

        Assert.EndsWith(".pdf", schoon, StringComparison.Ordinal);
        Assert.True(schoon.Length <= Bestandsnaam.MaxLengte);
        for (var i = 0; i < schoon.Length; i++)
        {
            Assert.False(char.IsHighSurrogate(schoon[i]) && (i + 1 == schoon.Length || !char.IsLowSurrogate(schoon[i + 1])), $"Losse hoge surrogaat op positie {i}.");
        }
    }
}
