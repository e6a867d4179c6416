namespace Zorginkoop.Tests.Cli;

/// <summary><c>zorginkoop catalogus export --regio lekstroom -o</c>: the whole file or none.</summary>
public class CatalogusExportCliTests : DemoCliTests
{
    [Fact]
    public async Task Export_naar_een_bestand_schrijft_de_catalogus_en_laat_geen_deelbestand_achter()
    {
        var doel = Map.Bestand("catalogus.csv");
        await File.WriteAllTextAsync(doel, "de vorige export", TestContext.Current.CancellationToken);

        var (code, uit, fout) = await CliProces.RunAsync(Map.Pad, "--db", Db, "catalogus", "export", "--regio", "lekstroom", "-o", doel);

        Assert.True(code == 0, uit + fout);
        var regels = await File.ReadAllLinesAsync(doel, TestContext.Current.CancellationToken);
        Assert.Equal($"{regels.Length - 1} regels geschreven naar {doel}.", uit.Trim());
        Assert.Contains(regels, r => r.Contains("43B11", StringComparison.Ordinal));
        Assert.False(File.Exists(doel + ".deel"));
    }

    [Fact]
    public async Task Een_geweigerde_export_laat_het_bestaande_bestand_zoals_het_was()
    {
        var doel = Map.Bestand("catalogus.csv");
        await File.WriteAllTextAsync(doel, "de vorige export", TestContext.Current.CancellationToken);

        var (code, _, fout) = await CliProces.RunAsync(Map.Pad, "--db", Db, "catalogus", "export", "--regio", "nergens", "-o", doel);

        Assert.Equal(1, code);
        Assert.Equal("Regio 'nergens' bestaat niet.", fout.Trim());
        Assert.Equal("de vorige export", await File.ReadAllTextAsync(doel, TestContext.Current.CancellationToken));
    }
}
