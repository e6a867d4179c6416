using Zorginkoop.Zorgdata;

namespace Zorginkoop.Tests.Zorgdata;

/// <summary>When SQLite rebuilds the key index instead of filling it line by line (ZorgregelSchrijver).</summary>
public sealed class SleutelindexKeuzeTests
{
    [Theory]
    // A CSV of 64 MB is estimated at a million lines: rebuilt while at most a quarter of that is stored.
    [InlineData("csv", 64_000_000, 0, true)]
    [InlineData("csv", 64_000_000, 250_000, true)]
    [InlineData("csv", 64_000_000, 250_001, false)]
    [InlineData("csv", 64_000_000, 10_000_000, false)]
    [InlineData("csv", 100, 0, true)]
    [InlineData("csv", 100, 1, false)]
    // A JW323 is read slowly enough for the index to keep up: never rebuilt.
    [InlineData("jw323", 700_000_000, 0, false)]
    [InlineData("wmo323", 700_000_000, 0, false)]
    public void Alleen_een_csv_die_veel_groter_is_dan_wat_er_al_staat_bouwt_de_index_opnieuw(string formaat, long bytes, long opgeslagen, bool opnieuw) =>
        Assert.Equal(opnieuw, ZorgregelSchrijver.SleutelindexOpnieuwOpbouwen(formaat, bytes, opgeslagen));
}
