using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zorginkoop.Data;
using Zorginkoop.Tests.Gedeeld;

namespace Zorginkoop.Tests.Data;

public sealed class DatabaseRegistratieTests : IDisposable
{
    private readonly TijdelijkeMap map = new();

    [Fact]
    public void Zonder_connection_string_staat_SQLite_in_de_datamap()
    {
        var dataMap = Path.Combine(map.Pad, "nog", "niet", "aangemaakt");

        var cs = DatabaseRegistratie.SqliteConnectionString(null, dataMap);

        Assert.Equal($"Data Source={Path.Combine(dataMap, "zorginkoop.db")}", cs);
        Assert.True(Directory.Exists(dataMap));
    }

    [Fact]
    public void Een_opgegeven_SQLite_connection_string_wint() =>
        Assert.Equal("Data Source=/elders.db", DatabaseRegistratie.SqliteConnectionString("Data Source=/elders.db", map.Pad));

    [Fact]
    public void Een_onbekende_provider_geeft_een_Nederlandse_melding()
    {
        var fout = Assert.Throws<OptionsValidationException>(() =>
            DatabaseRegistratie.Configureer(new DbContextOptionsBuilder<ZorginkoopDbContext>(), "mysql", null, map.Pad));

        Assert.Contains("Database:Provider 'mysql' is onbekend", fout.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void PostgreSQL_zonder_connection_string_wordt_geweigerd(string? cs)
    {
        var fout = Assert.Throws<OptionsValidationException>(() =>
            DatabaseRegistratie.Configureer(new DbContextOptionsBuilder<ZorginkoopDbContext>(), DatabaseOptions.Postgres, cs, map.Pad));

        Assert.Contains("ConnectionStrings:Zorginkoop is leeg", fout.Message, StringComparison.Ordinal);
    }

    public void Dispose() => map.Dispose();
}
