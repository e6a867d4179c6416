using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zorginkoop.Data;
using Zorginkoop.Tests.Shared;

namespace Zorginkoop.Tests.Data;

public sealed class DatabaseRegistratieTests : IDisposable
{
    private readonly TempFolder map = new();

    [Fact]
    public void Zonder_connection_string_staat_SQLite_in_de_datamap()
    {
        var dataMap = Path.Combine(map.Pad, "nog", "niet", "aangemaakt");

        var cs = DatabaseRegistration.SqliteConnectionString(null, dataMap);

        Assert.Equal($"Data Source={Path.Combine(dataMap, "zorginkoop.db")}", cs);
        Assert.True(Directory.Exists(dataMap));
    }

    [Fact]
    public void Een_opgegeven_SQLite_connection_string_wint() =>
        Assert.Equal("Data Source=/elders.db", DatabaseRegistration.SqliteConnectionString("Data Source=/elders.db", map.Pad));

    [Fact]
    public void Een_onbekende_provider_geeft_een_Nederlandse_melding()
    {
        var fout = Assert.Throws<OptionsValidationException>(() =>
            DatabaseRegistration.Configureer(new DbContextOptionsBuilder<ZorginkoopDbContext>(), "mysql", null, map.Pad));

        Assert.Contains("Database:Provider 'mysql' is onbekend", fout.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void PostgreSQL_zonder_connection_string_wordt_geweigerd(string? cs)
    {
        var fout = Assert.Throws<OptionsValidationException>(() =>
            DatabaseRegistration.Configureer(new DbContextOptionsBuilder<ZorginkoopDbContext>(), DatabaseOptions.Postgres, cs, map.Pad));

        Assert.Contains("ConnectionStrings:Zorginkoop is leeg", fout.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Host=db;Database=zi", 7, "standaard", "-c lock_timeout=7000", 7)]
    [InlineData("Host=db;Database=zi;Timeout=30;Options=-c lock_timeout=1000", 7, "eigen", "-c lock_timeout=1000", 30)]
    public void PostgreSQL_wacht_op_een_slot_en_een_verbinding_niet_langer_dan_de_wachttijd(string cs, int wachttijd, string geval, string opties, int timeout)
    {
        var builder = new DbContextOptionsBuilder<ZorginkoopDbContext>();

        DatabaseRegistration.Configureer(builder, DatabaseOptions.Postgres, cs, map.Pad, wachttijd);

        using var db = new ZorginkoopDbContext(builder.Options);
        var uit = new Npgsql.NpgsqlConnectionStringBuilder(db.Database.GetConnectionString());
        Assert.True(uit.Options == opties, $"{geval}: {uit.Options}");
        Assert.Equal(timeout, uit.Timeout);
    }

    [Theory]
    [InlineData("Data Source=/x.db", 7, 7)]
    [InlineData("Data Source=/x.db;Default Timeout=60", 7, 60)]
    public void SQLite_wacht_op_het_schrijfslot_niet_langer_dan_de_wachttijd(string cs, int wachttijd, int verwacht)
    {
        var builder = new DbContextOptionsBuilder<ZorginkoopDbContext>();

        DatabaseRegistration.Configureer(builder, DatabaseOptions.Sqlite, cs, map.Pad, wachttijd);

        using var db = new ZorginkoopDbContext(builder.Options);
        Assert.Equal(verwacht, new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DefaultTimeout);
    }

    public void Dispose() => map.Dispose();
}
