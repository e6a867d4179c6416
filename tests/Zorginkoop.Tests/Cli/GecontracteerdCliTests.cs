using System.Text;
using Zorginkoop.Contracten;

namespace Zorginkoop.Tests.Cli;

/// <summary><c>zorginkoop gecontracteerd export</c> on the demo: 33 providers of Wmo individual support in Lekstroom's five municipalities.</summary>
public class GecontracteerdCliTests : DemoCliTests
{
    [Fact]
    public async Task Export_met_peildatum_schrijft_een_regel_per_gemeente_product_en_aanbieder_naar_een_bestand()
    {
        var doel = Map.Bestand("gecontracteerd.csv");

        var (code, uit, fout) = await CliProces.RunAsync(Map.Pad, "--db", Db, "gecontracteerd", "export", "--regio", "lekstroom", "--peildatum", "2026-01-01", "-o", doel);

        Assert.True(code == 0, uit + fout);
        var regels = (await File.ReadAllTextAsync(doel, Encoding.UTF8, TestContext.Current.CancellationToken)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(';', GecontracteerdCsv.Kolommen), regels[0].TrimStart('\uFEFF'));
        Assert.Equal($"{regels.Length - 1} regels geschreven naar {doel}.", uit.Trim());
        Assert.Equal(["0321", "0331", "0353", "0356", "1961"], regels.Skip(1).Select(r => r.Split(';')[0]).Distinct());
        Assert.Equal(33, regels.Count(r => r.StartsWith("0321;Houten;lekstroom;02B01;", StringComparison.Ordinal)));
        Assert.Contains("0321;Houten;lekstroom;02B01;Individuele begeleiding licht (maandtarief);82;;", regels[1], StringComparison.Ordinal);
        Assert.EndsWith(";2022-10-01;2027-09-30;31000", regels[1], StringComparison.Ordinal);
        Assert.False(File.Exists(doel + ".deel"));
    }

    [Fact]
    public async Task Voor_de_start_van_de_contracten_is_alleen_de_kopregel_er()
    {
        var (code, uit, fout) = await CliProces.RunAsync(Map.Pad, "--db", Db, "gecontracteerd", "export", "--regio", "lekstroom", "--peildatum", "2022-09-30");

        Assert.True(code == 0, fout);
        Assert.Equal(string.Join(';', GecontracteerdCsv.Kolommen), uit.Trim().TrimStart('\uFEFF'));
    }

    [Theory]
    [InlineData("lekstroom", "30-09-2022", "--peildatum: '30-09-2022' is geen datum. Gebruik yyyy-MM-dd, bijvoorbeeld 2026-01-01.")]
    [InlineData("nergens", "2026-01-01", "--regio: regio 'nergens' bestaat niet.")]
    public async Task Verkeerde_invoer_wordt_geweigerd_en_schrijft_geen_bestand(string regio, string peildatum, string melding)
    {
        var doel = Map.Bestand("fout.csv");

        var (code, uit, fout) = await CliProces.RunAsync(Map.Pad, "--db", Db, "gecontracteerd", "export", "--regio", regio, "--peildatum", peildatum, "-o", doel);

        Assert.Equal(1, code);
        Assert.Equal(melding, fout.Trim());
        Assert.Equal("", uit);
        Assert.False(File.Exists(doel));
    }
}
