using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Zorginkoop.Tests.Cli;

/// <summary><c>zorginkoop zoekindex herbouwen</c> on the demo: the same items again, the documents' text read from the files.</summary>
public sealed class ZoekindexCliTests : DemoCliTests
{
    private async Task<List<(string Sleutel, string Tekst)>> ItemsAsync()
    {
        await using var verbinding = new SqliteConnection($"Data Source={Db};Pooling=False");
        await verbinding.OpenAsync(TestContext.Current.CancellationToken);
        await using var opdracht = verbinding.CreateCommand();
        opdracht.CommandText = "SELECT Sleutel, Tekst FROM Zoekitems ORDER BY Sleutel";
        var items = new List<(string, string)>();
        await using var lezer = await opdracht.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await lezer.ReadAsync(TestContext.Current.CancellationToken))
        {
            items.Add((lezer.GetString(0), lezer.GetString(1)));
        }

        return items;
    }

    [Fact]
    public async Task Herbouwen_geeft_dezelfde_items_met_de_tekst_van_de_documenten_en_toont_de_voortgang()
    {
        var voor = await ItemsAsync();

        var (code, uit, fout) = await CliProces.RunAsync(Map.Pad, "--db", Db, "zoekindex", "herbouwen");

        var na = await ItemsAsync();
        Assert.True(code == 0, fout);
        Assert.Equal($"Zoekindex opgebouwd: {na.Count.ToString("N0", CultureInfo.GetCultureInfo("nl-NL"))} items.\n", uit.ReplaceLineEndings("\n"));
        Assert.Contains("Groepen verwerkt:", fout, StringComparison.Ordinal);
        Assert.Equal(voor, na);
        Assert.Contains(na, i => i.Sleutel.StartsWith("document:", StringComparison.Ordinal) && i.Tekst.Contains("Veelgestelde vragen", StringComparison.Ordinal));
    }
}
