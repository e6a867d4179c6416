using Microsoft.EntityFrameworkCore;
using Zorginkoop.Tests.Infrastructure;
using Zorginkoop.Zorgdata;

namespace Zorginkoop.Tests.Zorgdata;

/// <summary>
/// What a start does with an import that was running when its process stopped: recorded as afgebroken, with when and
/// why; its leftovers removed; and a run that a live process still holds left alone (issue 13, point 4).
/// </summary>
public abstract class ImportCleanupTests<TDatabase>(TDatabase database) : DatabaseTests<TDatabase>(database)
    where TDatabase : TestDatabase
{
    private static readonly DateTimeOffset Herstart = new(2026, 12, 6, 9, 30, 0, TimeSpan.Zero);

    private async Task<int> RunAsync(Guid opdracht)
    {
        await using var db = NieuweContext();
        var run = new Importrun
        {
            Bestandsnaam = "zorg.csv",
            Sha256 = new string('b', 64),
            Formaat = "csv",
            Gebruiker = "analist",
            Gestart = Herstart.AddMinutes(-5),
            Resultaat = Resultaten.Bezig,
            Opdracht = opdracht,
        };
        db.Zorgdata.Importruns.Add(run);
        await db.Zorgdata.SaveChangesAsync(Ct);
        return run.Id;
    }

    [Fact]
    public async Task Een_run_zonder_levend_proces_wordt_afgebroken_met_wanneer_en_waarom_en_zijn_upload_verdwijnt()
    {
        var dood = Guid.NewGuid();
        var id = await RunAsync(dood);
        var map = ImportLock.Map(Database.Map.Pad);
        Directory.CreateDirectory(map);
        var upload = Path.Combine(map, dood.ToString("N") + ".upload");
        await File.WriteAllBytesAsync(upload, [1, 2, 3], Ct);

        await using (var db = NieuweContext())
        {
            Assert.True(await ImportCleanup.CleanUpAsync(db, Database.Map.Pad, Herstart, ct: Ct) >= 1);
        }

        await using var lees = NieuweContext();
        var run = await lees.Zorgdata.Importruns.SingleAsync(r => r.Id == id, Ct);
        Assert.Equal(Resultaten.Afgebroken, run.Resultaat);
        Assert.Equal(Herstart, run.Beeindigd);
        Assert.StartsWith("De import is afgebroken: Zorginkoop stopte voordat hij klaar was (vastgesteld bij de start op 6 december 2026, 10:30 uur).", run.Meldingen, StringComparison.Ordinal);
        Assert.False(File.Exists(upload));
    }

    [Fact]
    public async Task Een_run_die_een_levend_proces_vasthoudt_blijft_bezig_en_zijn_upload_blijft()
    {
        var levend = Guid.NewGuid();
        using var slot = ImportLock.Neem(Database.Map.Pad, levend);
        Assert.NotNull(slot);
        var id = await RunAsync(levend);
        var upload = Path.Combine(ImportLock.Map(Database.Map.Pad), levend.ToString("N") + ".upload");
        await File.WriteAllBytesAsync(upload, [1, 2, 3], Ct);

        await using (var db = NieuweContext())
        {
            await ImportCleanup.CleanUpAsync(db, Database.Map.Pad, Herstart, ct: Ct);
        }

        await using var lees = NieuweContext();
        Assert.Equal(Resultaten.Bezig, (await lees.Zorgdata.Importruns.SingleAsync(r => r.Id == id, Ct)).Resultaat);
        Assert.True(File.Exists(upload));
    }
}

public sealed class ImportCleanupTestsSqlite(SqliteTestDatabase database) : ImportCleanupTests<SqliteTestDatabase>(database);

public sealed class ImportCleanupTestsPostgres(PostgresTestDatabase database) : ImportCleanupTests<PostgresTestDatabase>(database);
