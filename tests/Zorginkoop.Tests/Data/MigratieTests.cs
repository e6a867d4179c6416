using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;
using Zorginkoop.Tests.Shared;

namespace Zorginkoop.Tests.Data;

/// <summary>
/// A model change without a migration for both providers would pass every SQLite test and break the first PostgreSQL
/// deployment (or the other way round), so both migration projects are checked against the model.
/// </summary>
public sealed class MigratieTests : IDisposable
{
    private readonly TempFolder map = new();

    private ZorginkoopDbContext Context(string provider, string connectionString)
    {
        var builder = new DbContextOptionsBuilder<ZorginkoopDbContext>();
        DatabaseRegistration.Configureer(builder, provider, connectionString, map.Pad, gecompileerdModel: false);
        return new ZorginkoopDbContext(builder.Options);
    }

    [Fact]
    public void De_SQLite_migraties_dekken_het_model()
    {
        using var db = Context(DatabaseOptions.Sqlite, $"Data Source={map.Bestand("model.db")}");

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), "Het model wijkt af van de SQLite-migraties: voeg een migratie toe in src/Zorginkoop.Migrations.Sqlite.");
    }

    [Fact]
    public void De_PostgreSQL_migraties_dekken_het_model()
    {
        // Needs no server: the comparison is between the model and the migrations' snapshot.
        using var db = Context(DatabaseOptions.Postgres, "Host=localhost;Database=x");

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), "Het model wijkt af van de PostgreSQL-migraties: voeg een migratie toe in src/Zorginkoop.Migrations.Postgres.");
    }

    [Fact]
    public void Beide_providers_hebben_dezelfde_migraties()
    {
        // Same names (after the timestamp) in the same order, so the two schemas evolve in step.
        using var sqlite = Context(DatabaseOptions.Sqlite, $"Data Source={map.Bestand("model.db")}");
        using var postgres = Context(DatabaseOptions.Postgres, "Host=localhost;Database=x");

        static IEnumerable<string> Namen(ZorginkoopDbContext db) => db.Database.GetMigrations().Select(m => m[(m.IndexOf('_', StringComparison.Ordinal) + 1)..]);

        Assert.Equal(Namen(sqlite), Namen(postgres));
    }

    [Theory]
    [InlineData(DatabaseOptions.Sqlite)]
    [InlineData(DatabaseOptions.Postgres)]
    public void De_migraties_van_de_zorggegevens_dekken_hun_model(string provider)
    {
        using var db = new Zorginkoop.Zorgdata.ZorgdataDbContext(Zorginkoop.Zorgdata.ZorgdataDbContext.Opties(provider,
            provider == DatabaseOptions.Sqlite ? $"Data Source={map.Bestand("model.db")}" : "Host=localhost;Database=x", gecompileerdModel: false));

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(),
            $"Het model van de zorggegevens wijkt af van de {provider}-migraties: voeg een migratie toe met --context ZorgdataDbContext --output-dir Migrations/Zorgdata.");
    }

    public void Dispose() => map.Dispose();
}
