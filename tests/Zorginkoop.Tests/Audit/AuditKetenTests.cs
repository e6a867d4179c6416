using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Audit;
using Zorginkoop.Data;
using Zorginkoop.Tests.Infrastructure;

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
        DatabaseRegistration.Configureer(builder, database.Provider, database.NieuweContext().Database.GetConnectionString(), Path.GetTempPath());
        return new ZorginkoopDbContext(builder.Options, new SystemUser(gebruiker),
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
            var (a, _) = await AanbestedingAanmaken.HandleAsync(db, new(regio.Id, new Voorwaarden("Vervoer 2025", Procedurevorm.SasProcedure)), Ct);
            id = a!.Id;
            Assert.True((await AanbestedingWijzigen.HandleAsync(db, a, new(Voorwaarden.Van(a) with { Naam = "Vervoer 2026" }, null), "inkoper@regio.nl", DateTimeOffset.UtcNow, Ct)).Gelukt);
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

/// <summary>
/// The chain keyed with a secret the database does not hold, and anchored outside the database: what someone who can
/// write the database (but has not the key, or cannot reach the anchors) can no longer hide (issue 13, point 9).
/// </summary>
public abstract class AuditAnkerTests<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly AuditKey Sleutel = new(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    private static async Task<TDatabase> DatabaseAsync()
    {
        var database = new TDatabase();
        await database.InitializeAsync();
        database.VereisBeschikbaar();
        return database;
    }

    private static ZorginkoopDbContext Context(TestDatabase database, AuditKey? sleutel, Auditankers? ankers = null)
    {
        var builder = new DbContextOptionsBuilder<ZorginkoopDbContext>();
        DatabaseRegistration.Configureer(builder, database.Provider, database.NieuweContext().Database.GetConnectionString(), database.Map.Pad);
        return new ZorginkoopDbContext(builder.Options, new SystemUser("inkoper@regio.nl"),
            new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2024, 5, 1, 8, 0, 0, TimeSpan.Zero)), sleutel, ankers);
    }

    /// <summary>A database whose chain was made without a key (by the test fixture), keyed now as the app does at start, with one anchor.</summary>
    private static async Task<(TDatabase Database, Auditankers Ankers)> VerankerdAsync()
    {
        var database = await DatabaseAsync();
        var ankers = new Auditankers(database.Map.Pad, Sleutel);
        await using var db = Context(database, Sleutel, ankers);
        Assert.Null(await AuditKeten.SleutelInvoerenAsync(db, Ct));
        await ankers.WriteAsync(db, "test", Ct);
        return (database, ankers);
    }

    [Fact]
    public async Task Een_keten_zonder_sleutel_krijgt_bij_de_start_de_sleutel_en_een_andere_sleutel_wordt_geweigerd()
    {
        await using var database = await DatabaseAsync();
        await using var zonder = Context(database, null);
        var eerste = await zonder.AuditRegels.OrderBy(r => r.Id).FirstAsync(Ct);
        Assert.Equal(AuditKeten.BerekenHash(eerste, null), eerste.Hash);

        await using (var met = Context(database, Sleutel))
        {
            Assert.Null(await AuditKeten.SleutelInvoerenAsync(met, Ct));
            Assert.Null(await AuditKeten.VerifieerAsync(met, Ct));
            var gesleuteld = await met.AuditRegels.AsNoTracking().OrderBy(r => r.Id).FirstAsync(Ct);
            Assert.Equal(AuditKeten.BerekenHash(gesleuteld, Sleutel), gesleuteld.Hash);
        }

        await using var ander = Context(database, new AuditKey(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
        Assert.StartsWith("Audit:Sleutel past niet bij het auditlog in deze database", await AuditKeten.SleutelInvoerenAsync(ander, Ct), StringComparison.Ordinal);
        Assert.NotNull(await AuditKeten.VerifieerAsync(ander, Ct));
    }

    [Fact]
    public async Task Een_gewijzigde_regel_die_zonder_de_sleutel_opnieuw_is_gehasht_valt_op()
    {
        var (database, _) = await VerankerdAsync();
        await using var _d = database;
        await using var db = Context(database, Sleutel);
        var regels = await db.AuditRegels.AsNoTracking().OrderBy(r => r.Id).ToListAsync(Ct);
        var midden = regels.Count / 2;

        // Whoever can write the database changes a row and hashes it and every later row again: as the old plain
        // SHA-256 chain did, since the key is not in the database.
        regels[midden].Gebruiker = "iemand anders";
        var vorige = regels[midden - 1].Hash;
        foreach (var r in regels.Skip(midden))
        {
            r.VorigeHash = vorige;
            r.Hash = AuditKeten.BerekenHash(r, null);
            vorige = r.Hash;
            await db.Database.ExecuteSqlAsync($"UPDATE \"AuditLog\" SET \"Gebruiker\" = {r.Gebruiker}, \"VorigeHash\" = {r.VorigeHash}, \"Hash\" = {r.Hash} WHERE \"Id\" = {r.Id}", Ct);
        }

        var fout = await AuditKeten.VerifieerAsync(db, Ct);
        Assert.NotNull(fout);
        Assert.Equal(regels[midden].Id, fout.Value.Regel.Id);
    }

    [Fact]
    public async Task Verwijderde_nieuwste_regels_vallen_op_tegen_het_laatste_anker()
    {
        var (database, ankers) = await VerankerdAsync();
        await using var _d = database;
        await using var db = Context(database, Sleutel);
        var laatste = await db.AuditRegels.MaxAsync(r => r.Id, Ct);
        Assert.Null(await ankers.ControleerAsync(db, Ct));

        // The tail goes: what is left is a chain that is intact in itself.
        await db.Database.ExecuteSqlAsync($"DELETE FROM \"AuditLog\" WHERE \"Id\" > {laatste - 3}", Ct);

        Assert.Null(await AuditKeten.VerifieerAsync(db, Ct));
        var fout = await ankers.ControleerAsync(db, Ct);
        Assert.StartsWith($"het einde van de keten ontbreekt: bij het anker van 1 mei 2024, 10:00 uur (test) liep de keten tot en met regel {laatste}, nu eindigt zij bij regel {laatste - 3}",
            fout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_keten_die_met_de_sleutel_is_herschreven_valt_op_tegen_het_anker()
    {
        var (database, ankers) = await VerankerdAsync();
        await using var _d = database;
        await using var db = Context(database, Sleutel);
        var regels = await db.AuditRegels.AsNoTracking().OrderBy(r => r.Id).ToListAsync(Ct);

        // Even with the key: a row before the anchor changed and the whole rest hashed again.
        regels[1].Gebruiker = "iemand anders";
        var vorige = regels[0].Hash;
        foreach (var r in regels.Skip(1))
        {
            r.VorigeHash = vorige;
            r.Hash = AuditKeten.BerekenHash(r, Sleutel);
            vorige = r.Hash;
            await db.Database.ExecuteSqlAsync($"UPDATE \"AuditLog\" SET \"Gebruiker\" = {r.Gebruiker}, \"VorigeHash\" = {r.VorigeHash}, \"Hash\" = {r.Hash} WHERE \"Id\" = {r.Id}", Ct);
        }

        Assert.Null(await AuditKeten.VerifieerAsync(db, Ct));
        Assert.StartsWith($"de keten is herschreven: regel {regels[^1].Id} heeft een andere hash dan bij het anker", await ankers.ControleerAsync(db, Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_gewijzigd_anker_in_het_bestand_valt_op()
    {
        var (database, ankers) = await VerankerdAsync();
        await using var _d = database;
        await using var db = Context(database, Sleutel);
        var regels = await File.ReadAllLinesAsync(ankers.Pad, Ct);

        await File.WriteAllLinesAsync(ankers.Pad, [regels[0].Replace("\"regels\":", "\"regels\":1", StringComparison.Ordinal)], Ct);

        Assert.Equal($"regel 1 van {Auditankers.Bestandsnaam} is gewijzigd of onleesbaar (de handtekening klopt niet)", await ankers.ControleerAsync(db, Ct));
        Assert.False(Assert.Single(ankers.Lees()).Echt);
    }
}

public sealed class AuditAnkerTestsSqlite : AuditAnkerTests<SqliteTestDatabase>;

public sealed class AuditAnkerTestsPostgres : AuditAnkerTests<PostgresTestDatabase>;

public sealed class AuditKetenTestsSqlite : AuditKetenTests<SqliteTestDatabase>;

public sealed class AuditKetenTestsPostgres : AuditKetenTests<PostgresTestDatabase>;
