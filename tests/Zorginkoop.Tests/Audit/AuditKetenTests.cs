using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Audit;
using Zorginkoop.Data;
using Zorginkoop.Tests.Infrastructuur;

namespace Zorginkoop.Tests.Audit;

/// <summary>
/// The append-only, hash-chained audit log: every change of a procedure is recorded with who, when, before and after,
/// and a change made behind the app's back (straight in the database) breaks the chain. Each test has a database of
/// its own, because breaking the chain is the point.
/// </summary>
public abstract class AuditKetenTests<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<TDatabase> DatabaseAsync()
    {
        var database = new TDatabase();
        await database.InitializeAsync();
        database.VereisBeschikbaar();
        return database;
    }

    private static ZorginkoopDbContext Context(TestDatabase database, string gebruiker)
    {
        var builder = new DbContextOptionsBuilder<ZorginkoopDbContext>();
        DatabaseRegistratie.Configureer(builder, database.Provider, database.NieuweContext().Database.GetConnectionString(), Path.GetTempPath());
        return new ZorginkoopDbContext(builder.Options, new SysteemGebruiker(gebruiker),
            new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2024, 5, 1, 8, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public async Task Een_wijziging_van_een_aanbesteding_staat_met_wie_voor_en_na_in_het_auditlog()
    {
        await using var database = await DatabaseAsync();
        int id;
        await using (var db = Context(database, "inkoper@regio.nl"))
        {
            var regio = await db.Regios.SingleAsync(r => r.Code == "lekstroom", Ct);
            var (a, _) = await AanbestedingWijzigen.MaakAsync(db, regio.Id, new Voorwaarden("Vervoer 2025", Procedurevorm.SasProcedure), Ct);
            id = a!.Id;
            await AanbestedingWijzigen.WijzigAsync(db, a, Voorwaarden.Van(a) with { Naam = "Vervoer 2026" }, null, "inkoper@regio.nl", DateTimeOffset.UtcNow, Ct);
        }

        await using var lees = database.NieuweContext();
        var regels = await lees.AuditRegels.Where(r => r.Entiteit == nameof(Aanbesteding) && r.Sleutel == id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .OrderBy(r => r.Id).ToListAsync(Ct);
        Assert.Equal(["toegevoegd", "gewijzigd"], regels.Select(r => r.Actie));
        Assert.All(regels, r => Assert.Equal("inkoper@regio.nl", r.Gebruiker));
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 8, 0, 0, TimeSpan.Zero), regels[1].Moment);
        Assert.Equal("{\"Naam\":\"Vervoer 2025\"}", regels[1].Voor);
        Assert.Equal("{\"Naam\":\"Vervoer 2026\"}", regels[1].Na);
        Assert.Null(await AuditKeten.VerifieerAsync(lees, Ct));
    }

    [Fact]
    public async Task Een_regel_die_buiten_de_app_om_is_gewijzigd_breekt_de_keten()
    {
        await using var database = await DatabaseAsync();
        await using var db = database.NieuweContext();
        var ids = await db.AuditRegels.OrderBy(r => r.Id).Select(r => r.Id).ToListAsync(Ct);
        var midden = ids[ids.Count / 2];
        Assert.Null(await AuditKeten.VerifieerAsync(db, Ct));

        await db.Database.ExecuteSqlAsync($"UPDATE \"AuditLog\" SET \"Gebruiker\" = 'iemand anders' WHERE \"Id\" = {midden}", Ct);

        var fout = await AuditKeten.VerifieerAsync(db, Ct);
        Assert.NotNull(fout);
        Assert.Equal(midden, fout.Value.Regel.Id);
        Assert.Contains("gewijzigd", fout.Value.Reden, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_verwijderde_regel_breekt_de_keten_bij_de_regel_erna()
    {
        await using var database = await DatabaseAsync();
        await using var db = database.NieuweContext();
        var ids = await db.AuditRegels.OrderBy(r => r.Id).Select(r => r.Id).ToListAsync(Ct);
        var midden = ids[ids.Count / 2];

        await db.Database.ExecuteSqlAsync($"DELETE FROM \"AuditLog\" WHERE \"Id\" = {midden}", Ct);

        var fout = await AuditKeten.VerifieerAsync(db, Ct);
        Assert.NotNull(fout);
        Assert.Equal(ids[(ids.Count / 2) + 1], fout.Value.Regel.Id);
        Assert.Contains("verwijderd of ingevoegd", fout.Value.Reden, StringComparison.Ordinal);
    }
}

public sealed class AuditKetenTestsSqlite : AuditKetenTests<SqliteTestDatabase>;

public sealed class AuditKetenTestsPostgres : AuditKetenTests<PostgresTestDatabase>;
