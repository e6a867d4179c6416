using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Zorginkoop.Demo;
using Zorginkoop.Referentiedata;

namespace Zorginkoop.Data;

/// <summary>What the app and the CLI do at start: migrate, load reference data, and (when configured) demo data.</summary>
public static class DatabaseInitialization
{
    /// <summary>
    /// A new SQLite file gets 16 KB pages (instead of 4 KB): shallower B-trees, about 10 % faster inserts of care lines
    /// (bench/README.md). The page size can only be chosen before the first table exists, so an existing file keeps its own.
    /// </summary>
    public static async Task BereidSqliteVoorAsync(DbContext db, CancellationToken ct = default)
    {
        if (!db.Database.IsSqlite())
        {
            return;
        }

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var cmd = db.Database.GetDbConnection().CreateCommand();
            cmd.CommandText = "PRAGMA page_count";
            if (Convert.ToInt64(await cmd.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                cmd.CommandText = "PRAGMA page_size = 16384";
                await cmd.ExecuteNonQueryAsync(ct);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// PostgreSQL: creates EF Core's migrations history table when it is missing, with EF Core's own script. Npgsql's
    /// provider does not check whether the table exists (that depends on search_path), so on a new database it queries
    /// the table anyway and carries on after the error, but by then EF Core has logged "fail: Failed executing
    /// DbCommand" (npgsql/efcore.pg#3407): an alarming first line for whoever installs the app.
    /// </summary>
    private static async Task MaakMigratiehistorieAsync(DbContext db, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            // Two instances that start on a new database at the same moment would both create the schema and the table;
            // CREATE … IF NOT EXISTS is not safe against that in PostgreSQL (a unique violation in its catalogue), so
            // they take turns under a transaction-level advisory lock (the number is Zorginkoop's own).
            var script = db.GetService<Microsoft.EntityFrameworkCore.Migrations.IHistoryRepository>().GetCreateIfNotExistsScript();
            await using var transactie = await db.Database.BeginTransactionAsync(ct);
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(2026120601)", ct);
            await db.Database.ExecuteSqlRawAsync(script, ct);
            await transactie.CommitAsync(ct);
        }
    }

    /// <summary>
    /// Prepares and migrates the main database first, then the care data's (<see cref="Zorgdata.ZorgdataDbContext"/>),
    /// each with its own migrations. A main database made by the old chain of migrations moves over to the one that
    /// replaced it before anything else (<see cref="MigratieOverstap"/>), so one this version refuses is left as it was,
    /// the care data's database included.
    /// </summary>
    public static async Task MigrateAsync(ZorginkoopDbContext db, ILogger? logger = null, bool migreren = true, CancellationToken ct = default)
    {
        logger ??= Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
        foreach (var (context, naam) in new (DbContext, string)[] { (db, "Database"), (db.Zorgdata, "Zorgdata") })
        {
            await BereidSqliteVoorAsync(context, ct);
            if (migreren)
            {
                await using var sqliteBeurt = await WaitForTurnAsync(context, ct);
                try
                {
                    await MaakMigratiehistorieAsync(context, ct);
                    if (context == db)
                    {
                        await MigratieOverstap.StapOverAsync(db, logger, ct);
                    }

                    var open = (await context.Database.GetPendingMigrationsAsync(ct)).ToList();
                    if (open.Count > 0)
                    {
                        logger.LogInformation("{Naam} {Provider}: {Aantal} migratie(s) toepassen", naam, context.Database.IsNpgsql() ? DatabaseOptions.Postgres : DatabaseOptions.Sqlite, open.Count);
                        await context.Database.MigrateAsync(ct);
                    }
                }
                finally
                {
                    await EndTurnAsync(context);
                    await context.Database.CloseConnectionAsync();
                }
            }

            if (context.Database.IsSqlite())
            {
                // WAL lets readers go on while an import writes; it is a property of the file, so setting it once sticks.
                await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            }
        }
    }

    /// <summary>
    /// A second instance that starts while the first migrates waits for EF Core's migration lock, however long that
    /// takes: the app's sessions give up on a lock after Database:Wachttijd, so this one session is opened here with
    /// lock_timeout off (it stays open for the migration; the pool resets it when it is returned).
    /// </summary>
    /// <returns>For SQLite, the held lock file (disposing releases it); null for PostgreSQL, whose lock EndTurnAsync ends.</returns>
    private static async Task<FileStream?> WaitForTurnAsync(DbContext context, CancellationToken ct)
    {
        if (context.Database.IsSqlite())
        {
            // One migrating instance per SQLite file, across processes and within one: an exclusive lock on a file
            // beside the database (FileShare.None is an flock on Unix). EF Core's own lock row in __EFMigrationsLock
            // alone let two instances that started together wait on each other for ever (CI saw it hang).
            var bestand = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(context.Database.GetConnectionString()).DataSource + ".migreren";
            while (true)
            {
                try
                {
                    return new FileStream(bestand, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                }
                catch (IOException) when (File.Exists(bestand))
                {
                    await Task.Delay(50, ct);
                }
            }
        }

        if (context.Database.IsNpgsql())
        {
            await context.Database.OpenConnectionAsync(ct);
            await context.Database.ExecuteSqlRawAsync("SET lock_timeout = 0", ct);
            // One instance at a time for the whole step (the switch-over of old history, then every pending migration).
            // EF Core's own lock on PostgreSQL lasts one transaction; CI saw a second instance apply a migration the first
            // had just applied ("column already exists"). This session lock (key 727275; the audit chain uses 727274) holds until
            // EndTurnAsync or the connection ends.
            await context.Database.ExecuteSqlRawAsync("SELECT pg_advisory_lock(727275)", ct);
        }

        return null;
    }

    private static async Task EndTurnAsync(DbContext context)
    {
        if (context.Database.IsNpgsql() && context.Database.GetDbConnection().State == System.Data.ConnectionState.Open)
        {
            await context.Database.ExecuteSqlRawAsync("SELECT pg_advisory_unlock(727275)");
        }
    }

    /// <summary>
    /// For a CLI command that writes (issue 20, item 4): when both databases are at this version and hold the reference
    /// data, only what a command can meet is done (an interrupted import marked, the audit chain keyed, the monitor's
    /// file kept in the data folder), each in SQL that costs no first LINQ compilation where it matters. Migrating,
    /// loading the reference data and the other one-off repairs of <see cref="InitializeAsync"/> run only when the
    /// databases are not ready, as on the first call after an upgrade: they took about 1.5 s of every call. Returns
    /// false when it found them not ready and prepared them in full.
    /// </summary>
    public static async Task<bool> VoorbereidenVoorCliAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using (var scope = services.CreateAsyncScope())
        {
            var sp = scope.ServiceProvider;
            var db = sp.GetRequiredService<ZorginkoopDbContext>();
            if (await RedenAsync(db, ct) is null && await HeeftReferentiedataAsync(db, ct))
            {
                var opslag = sp.GetRequiredService<IOptions<OpslagOptions>>().Value;
                Monitoring.MonitorIndex.BewaarIn(db.Zorgdata, opslag.DataMap);
                Monitoring.MonitorIndex.RuimOp(db.Zorgdata);
                if (await Audit.AuditKeten.SleutelInvoerenAsync(db, ct) is { } auditFout)
                {
                    throw new OptionsValidationException(Audit.AuditOptions.Sectie, typeof(Audit.AuditOptions), [auditFout]);
                }

                var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitialization));
                await Zorgdata.ImportCleanup.CleanUpAsync(db, opslag.DataMap, sp.GetRequiredService<TimeProvider>().GetUtcNow(), logger, ct);
                return true;
            }
        }

        await InitializeAsync(services, demoData: false, ct);
        return false;
    }

    /// <summary>A database migrated by hand, or by a process that stopped before the reference data, has none yet.</summary>
    private static async Task<bool> HeeftReferentiedataAsync(ZorginkoopDbContext db, CancellationToken ct) =>
        (await RawSql.LeesAsync(db, "SELECT COUNT(*) FROM \"Eenheden\"", r => r.GetInt64(0), ct))[0] > 0;

    /// <summary>
    /// For a command that only reads (<c>zorginkoop monitor</c>): both databases must exist and be at this version, and
    /// nothing is written (no migration, no clean-up of an interrupted import, no reference data), so a read answers
    /// from what is there and leaves the database as it was. Returns the Dutch reason when they are not ready.
    /// </summary>
    public static async Task<string?> ControleerAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ZorginkoopDbContext>();
        Monitoring.MonitorIndex.BewaarIn(db.Zorgdata, scope.ServiceProvider.GetRequiredService<IOptions<OpslagOptions>>().Value.DataMap);
        // The monitor's index is read ahead on the second core while the databases are checked (bench/README.md).
        var voorladen = Monitoring.MonitorIndex.VoorladenAsync(db.Zorgdata, ct);
        var reden = await RedenAsync(db, ct);
        await voorladen;
        return reden;
    }

    private static async Task<string?> RedenAsync(ZorginkoopDbContext db, CancellationToken ct)
    {
        foreach (var context in new DbContext[] { db, db.Zorgdata })
        {
            // Opening a SQLite file that is not there would create an empty one.
            var ontbreekt = context.Database.IsSqlite()
                && new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(context.Database.GetConnectionString()).DataSource is { Length: > 0 } pad
                && pad != ":memory:" && !File.Exists(pad);
            if (ontbreekt || !await BijgewerktAsync(context, ct))
            {
                return "De database is nog niet aangemaakt of niet bijgewerkt naar deze versie van Zorginkoop. Voer eerst 'zorginkoop database' uit.";
            }
        }

        return null;
    }

    /// <remarks>
    /// What <c>GetPendingMigrationsAsync</c> answers, with the history read in SQL of its own: EF Core's history
    /// repository cost a short-lived command about 0.1 s more (bench/README.md). A database without the history table
    /// has no migrations applied; any other failure is thrown.
    /// </remarks>
    private static async Task<bool> BijgewerktAsync(DbContext context, CancellationToken ct)
    {
        var bekend = context.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrationsAssembly>().Migrations.Keys;
        try
        {
            var toegepast = await RawSql.LeesAsync(context, "SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\"", r => r.GetString(0), ct);
            return bekend.All(toegepast.Contains);
        }
        catch (System.Data.Common.DbException e) when (GeenGeschiedenis(e))
        {
            return false;
        }
    }

    /// <summary>
    /// Only a missing history table means "not migrated"; a wrong password, an unreachable server or a damaged file
    /// must surface as what it is, not as advice to run 'zorginkoop database'.
    /// </summary>
    private static bool GeenGeschiedenis(System.Data.Common.DbException e) => e switch
    {
        Npgsql.PostgresException p => p.SqlState == Npgsql.PostgresErrorCodes.UndefinedTable,
        Microsoft.Data.Sqlite.SqliteException s => s.SqliteErrorCode == 1 && s.Message.Contains("no such table", StringComparison.Ordinal),
        _ => false,
    };

    public static async Task InitializeAsync(IServiceProvider services, bool? demoData = null, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<ZorginkoopDbContext>();
        var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitialization));
        var database = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;

        var opslag = sp.GetRequiredService<IOptions<OpslagOptions>>().Value;

        await MigrateAsync(db, logger, database.MigrerenBijStart, ct);
        Monitoring.MonitorIndex.BewaarIn(db.Zorgdata, opslag.DataMap);
        Monitoring.MonitorIndex.RuimOp(db.Zorgdata);

        // The audit chain must fit the configured key; a chain made without one (tools, an earlier version) is keyed now.
        if (await Audit.AuditKeten.SleutelInvoerenAsync(db, ct) is { } auditFout)
        {
            throw new OptionsValidationException(Audit.AuditOptions.Sectie, typeof(Audit.AuditOptions), [auditFout]);
        }

        // An import that was running when the process stopped is recorded as afgebroken; its leftovers go.
        await Zorgdata.ImportCleanup.CleanUpAsync(db, opslag.DataMap, sp.GetRequiredService<TimeProvider>().GetUtcNow(), logger, ct);

        // A database from before search (or one whose index was emptied) gets its index now, before anyone searches it.
        if (!await db.Zoekitems.AnyAsync(ct) && (await db.Aanbestedingen.AnyAsync(ct) || await db.Inkooptrajecten.AnyAsync(ct)
            || await db.Producten.AnyAsync(ct) || await db.Zorgaanbieders.AnyAsync(ct)))
        {
            var n = await Zoeken.Zoekindex.HerbouwenAsync(db, sp.GetRequiredService<Documenten.DocumentStore>(), null, ct);
            logger.LogInformation("Zoekindex opgebouwd: {Aantal} items", n);
        }

        await ReferentiedataLoader.LoadAsync(db, ct);
        if (demoData ?? opslag.DemoDataLaden)
        {
            var n = await DemoData.LoadAsync(db, sp.GetRequiredService<Documenten.DocumentStore>(), ct);
            if (n > 0)
            {
                logger.LogInformation("Demodata geladen: {Aantal} nieuwe records", n);
            }
        }

        await OcdsAanvullenAsync(db, sp.GetRequiredService<IOptions<Ocds.OcdsOptions>>().Value.Prefix, sp.GetRequiredService<TimeProvider>().GetUtcNow(), logger, ct);
    }

    /// <summary>
    /// A database from before stored OCDS releases gets the releases of what it had already published, built from its
    /// data as it is now and dated at their events; from then on each release is stored when it happens. A second
    /// instance that starts at the same moment finds them written (the unique release id) and goes on.
    /// </summary>
    private static async Task OcdsAanvullenAsync(ZorginkoopDbContext db, string prefix, DateTimeOffset nu, ILogger logger, CancellationToken ct)
    {
        if (await db.OcdsReleases.AnyAsync(ct) || !await Aanbestedingen.AanbestedingZichtbaarheid.Zichtbaar(db.Aanbestedingen, Accounts.Kijker.Publiek).AnyAsync(ct))
        {
            return;
        }

        try
        {
            await using var transactie = await db.Database.BeginTransactionAsync(ct);
            var n = await Ocds.OcdsVastlegging.LegVastAsync(db, null, prefix, nu, ct);
            await db.SaveChangesAsync(ct);
            await transactie.CommitAsync(ct);
            logger.LogInformation("OCDS-releases vastgelegd van eerder gepubliceerde aanbestedingen: {Aantal}", n);
        }
        catch (DbUpdateException e) when (UniekeSleutel.IsGeschonden(e))
        {
            logger.LogInformation("OCDS-releases waren al vastgelegd door een andere instantie");
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
