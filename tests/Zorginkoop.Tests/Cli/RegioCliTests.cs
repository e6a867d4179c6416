namespace Zorginkoop.Tests.Cli;

/// <summary>'zorginkoop regio aanmaken', 'wijzigen' and 'lijst' as an administrator runs them, on the demo database.</summary>
public sealed class RegioCliTests : DemoCliTests
{
    [Fact]
    public async Task Een_regio_wordt_aangemaakt_met_haar_gemeenten_en_staat_in_de_lijst()
    {
        var (code, uit, fout) = await CliProces.RunAsync(Map.Pad, "--db", Db, "regio", "aanmaken",
            "--code", "Gooi-en-Vechtstreek", "--naam", " Gooi- en Vechtstreek ", "--gemeente", "0406", "--gemeente", "0402");
        var (codeLijst, lijst, _) = await CliProces.RunAsync(Map.Pad, "--db", Db, "regio", "lijst");

        Assert.True(code == 0, fout);
        Assert.Equal("Regio gooi-en-vechtstreek (Gooi- en Vechtstreek) aangemaakt met 2 gemeente(n): 0402 Hilversum, 0406 Huizen.\n", uit.ReplaceLineEndings("\n"));
        Assert.Equal(0, codeLijst);
        var regels = lijst.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Contains("gooi-en-vechtstreek\tGooi- en Vechtstreek\t0402 Hilversum, 0406 Huizen", regels);
        // The demo's two regions are there too, sorted by code.
        Assert.Equal(["gooi-en-vechtstreek", "lekstroom", "utrecht-west"], regels.Select(r => r.Split('\t')[0]));
    }

    [Theory]
    [InlineData("lekstroom", "0402", "--code: Er is al een regio met code lekstroom.")]
    [InlineData("Gooi en Vecht", "0402", "--code: ")]
    [InlineData("gooi", "9999", "--gemeente: Onbekende gemeentecode(s): 9999. Gebruik de CBS-code van vier cijfers, zoals 0344.")]
    public async Task Een_onjuiste_regio_wordt_geweigerd_met_de_optie_en_verandert_niets(string regio, string gemeente, string melding)
    {
        var (_, voor, _) = await CliProces.RunAsync(Map.Pad, "--db", Db, "regio", "lijst");

        var (code, uit, fout) = await CliProces.RunAsync(Map.Pad, "--db", Db, "regio", "aanmaken", "--code", regio, "--naam", "Gooi", "--gemeente", gemeente);
        var (_, na, _) = await CliProces.RunAsync(Map.Pad, "--db", Db, "regio", "lijst");

        Assert.Equal((1, ""), (code, uit));
        Assert.Contains(melding, fout, StringComparison.Ordinal);
        Assert.Equal(voor, na);
    }

    [Fact]
    public async Task Een_regio_wordt_gewijzigd_en_een_geweigerde_kleur_laat_ook_de_naam_staan()
    {
        var logo = Path.Combine(Map.Pad, "logo.png");
        await File.WriteAllBytesAsync(logo, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3], TestContext.Current.CancellationToken);

        // Three processes only (each starts the app, about 1.5 s): the refused change, a good one, and the list.
        var (geweigerd, _, melding) = await CliProces.RunAsync(Map.Pad, "--db", Db, "regio", "wijzigen", "--code", "utrecht-west",
            "--naam", "Utrecht Oost", "--kleur", "#ffcc00");
        var (code, uit, fout) = await CliProces.RunAsync(Map.Pad, "--db", Db, "regio", "wijzigen", "--code", "utrecht-west",
            "--kleur", "#1A5E9A", "--logo", logo);
        var (_, lijst, _) = await CliProces.RunAsync(Map.Pad, "--db", Db, "regio", "lijst");

        Assert.Equal(1, geweigerd);
        Assert.Contains("--kleur: Het contrast van #ffcc00 met wit of lichtblauw is 1,3:1", melding, StringComparison.Ordinal);
        Assert.True(code == 0, fout);
        Assert.Equal("Regio utrecht-west (Utrecht-West) gewijzigd: 5 gemeente(n), kleur #1a5e9a, met logo.\n", uit.ReplaceLineEndings("\n"));
        // The name of the refused call was not stored with it.
        Assert.Contains("utrecht-west\tUtrecht-West\t0335 Montfoort", lijst, StringComparison.Ordinal);
    }
}
