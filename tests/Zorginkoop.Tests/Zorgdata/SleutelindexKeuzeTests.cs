using Zorginkoop.Zorgdata;
using KeyIndex = Zorginkoop.Zorgdata.ZorgregelWriter.KeyIndex;

namespace Zorginkoop.Tests.Zorgdata;

/// <summary>When SQLite rebuilds the key index instead of filling it line by line (ZorgregelWriter).</summary>
public sealed class SleutelindexKeuzeTests
{
    [Theory]
    // A CSV of 64 MB is estimated at a million lines: rebuilt at once while at most a quarter of that is stored,
    // tried with the first lines while at most as many are stored, kept when more are.
    [InlineData("csv", 64_000_000, 0, nameof(KeyIndex.OpnieuwOpbouwen))]
    [InlineData("csv", 64_000_000, 250_000, nameof(KeyIndex.OpnieuwOpbouwen))]
    [InlineData("csv", 64_000_000, 250_001, nameof(KeyIndex.Proberen))]
    [InlineData("csv", 64_000_000, 1_000_000, nameof(KeyIndex.Proberen))]
    [InlineData("csv", 64_000_000, 1_000_001, nameof(KeyIndex.Houden))]
    [InlineData("csv", 64_000_000, 10_000_000, nameof(KeyIndex.Houden))]
    [InlineData("csv", 100, 0, nameof(KeyIndex.OpnieuwOpbouwen))]
    [InlineData("csv", 100, 1, nameof(KeyIndex.Proberen))]
    [InlineData("csv", 100, 2, nameof(KeyIndex.Houden))]
    // A JW323 is read slowly enough for the index to keep up: never rebuilt.
    [InlineData("jw323", 700_000_000, 0, nameof(KeyIndex.Houden))]
    [InlineData("wmo323", 700_000_000, 0, nameof(KeyIndex.Houden))]
    public void Hoe_meer_er_al_staat_naast_het_bestand_hoe_eerder_de_index_blijft(string formaat, long bytes, long opgeslagen, string keuze) =>
        Assert.Equal(keuze, ZorgregelWriter.SleutelindexKeuze(formaat, bytes, opgeslagen).ToString());
}
