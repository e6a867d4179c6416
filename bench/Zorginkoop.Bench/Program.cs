using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Zorginkoop.Bench;
using Zorginkoop.Data;
using Zorginkoop.Demo;
using Zorginkoop.Monitoring;
using Zorginkoop.Referentiedata;

// dotnet run --project bench/Zorginkoop.Bench -c Release -- <regels> [sqlite|postgres] [postgres connection string]
// With ZI_BENCH_FORMAAT=jw323 the same year is one JW323 message (XSD-validated while streaming) instead of CSV.
// Generates a year of care data (not timed), imports it into a fresh database (timed: lines/s), then times the
// monitor for that year (median of 5 warm runs) and reports peak memory. Prints one row for bench/README.md.
// With ZI_BENCH_MODUS=inschrijvingen the first argument is a number of providers instead, and the deadline rush is
// measured (uploads and simultaneous submissions, see InschrijvingenBench.cs).
// With ZI_BENCH_MODUS=tijdens-import providers save, submit, withdraw and ask while the year is imported, and a vault
// is opened; the row gives the latency of those writes (see TijdensImportBench.cs).
// With ZI_BENCH_MODUS=zoeken the first argument is a number of procedures (five documents each) and search is timed
// (see ZoekenBench.cs).
// With ZI_BENCH_MODUS=eerste-vraag a process starts on an existing database and times its first monitor query (the
// index read from its file) and the ones after it (see EersteVraag.cs).
// With ZI_BENCH_BERICHTEN=<folder> the year is written as small JW323 messages (one per provider, municipality and
// month) and as one ZIP of them, not imported.
// With ZI_BENCH_MODUS=duckdb the year is loaded and its monitor asked for by the Release build of the CLI (each step a
// process of its own) and by DuckDB on the same file, and both totals are compared: args <regels> [sqlite|postgres
// [server connection string]] (issue 20, see DuckDbVergelijking.cs).
// With ZI_BENCH_BESTAND=<path> only the data is generated, into that file, for timing the CLI itself
// (`zorginkoop zorgdata import <path>`).
// The timed import runs in a process of its own, as it does for a user (the CLI, or the web app long after its start):
// in this process it would start while the runtime is still compiling the migrations' and demo load's code, which
// on two cores took a tenth off the figure. ZI_BENCH_MODUS=import is that child; it is not meant to be run by hand.
if (Environment.GetEnvironmentVariable("ZI_BENCH_MODUS") == "import")
{
    return await ImportProces.RunAsync(args);
}

if (Environment.GetEnvironmentVariable("ZI_BENCH_MODUS") == "eerste-vraag")
{
    // The first monitor query of a process that starts on an existing database: args <provider> <connection string> <data folder>.
    return await EersteVraag.RunAsync(args[0], args[1], args[2]);
}

if (Environment.GetEnvironmentVariable("ZI_BENCH_MODUS") == "duckdb")
{
    return await DuckDbVergelijking.RunAsync(args);
}

var regels = args.Length > 0 ? long.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
var xml = Environment.GetEnvironmentVariable("ZI_BENCH_FORMAAT") == "jw323";
void Genereer(string pad)
{
    if (xml)
    {
        new Generator(2018).SchrijfJw323(pad, regels);
    }
    else
    {
        new Generator(2018).SchrijfCsv(pad, regels);
    }

    // On disk before the import starts, as a user's file is: otherwise the kernel writes the freshly made file back
    // (700 MB at ten million lines) while the timed import runs, and its I/O and CPU are counted against the import.
    using var bestand = new FileStream(pad, FileMode.Open, FileAccess.ReadWrite);
    bestand.Flush(flushToDisk: true);
}

if (Environment.GetEnvironmentVariable("ZI_BENCH_BERICHTEN") is { Length: > 0 } berichtenMap)
{
    // Small messages, as a region receives them: one JW323 per provider, municipality and month, each a file in the
    // folder and all of them in berichten.zip, for timing `zorginkoop zorgdata import` on many files and on the ZIP.
    var aantal = new Generator(2018).SchrijfBerichten(berichtenMap, regels);
    Console.Error.WriteLine($"gegenereerd: {aantal:N0} berichten met {regels:N0} prestaties in {berichtenMap}");
    return 0;
}

if (Environment.GetEnvironmentVariable("ZI_BENCH_BESTAND") is { Length: > 0 } alleenBestand)
{
    Genereer(alleenBestand);
    Console.Error.WriteLine($"gegenereerd: {regels:N0} regels in {alleenBestand}");
    return 0;
}

var provider = args.Length > 1 ? args[1] : DatabaseOptions.Sqlite;
var map = Directory.CreateTempSubdirectory("zi-bench-").FullName;
var csv = Path.Combine(map, xml ? "zorgdata.xml" : "zorgdata.csv");
string? connectionString = provider == DatabaseOptions.Sqlite ? $"Data Source={Path.Combine(map, "bench.db")}" : null;
string? pgDatabase = null;
if (provider == DatabaseOptions.Postgres)
{
    var server = args.Length > 2 ? args[2] : Environment.GetEnvironmentVariable("ZORGINKOOP_TEST_POSTGRES")
        ?? throw new InvalidOperationException("Geef een PostgreSQL-connection string of zet ZORGINKOOP_TEST_POSTGRES.");
    pgDatabase = $"zi_bench_{Guid.NewGuid():N}";
    await using (var beheer = new NpgsqlConnection(server))
    {
        await beheer.OpenAsync();
        await using var cmd = new NpgsqlCommand($"CREATE DATABASE {pgDatabase}", beheer);
        await cmd.ExecuteNonQueryAsync();
    }

    connectionString = new NpgsqlConnectionStringBuilder(server) { Database = pgDatabase }.ConnectionString;
}

ZorginkoopDbContext Context()
{
    var b = new DbContextOptionsBuilder<ZorginkoopDbContext>();
    DatabaseRegistration.Configureer(b, provider, connectionString, map);
    return new ZorginkoopDbContext(b.Options);
}

try
{
    if (Environment.GetEnvironmentVariable("ZI_BENCH_MODUS") == "inschrijvingen")
    {
        // The deadline rush: the first argument is the number of providers (see InschrijvingenBench).
        await using (var db = Context())
        {
            await DatabaseInitialization.BereidSqliteVoorAsync(db);
            await DatabaseInitialization.MigrateAsync(db);
            if (db.Database.IsSqlite())
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
            }

            await ReferentiedataLoader.LoadAsync(db);
            await DemoData.LoadAsync(db, new Zorginkoop.Documenten.DocumentStore(map));
        }

        await InschrijvingenBench.RunAsync(Context, map, provider, (int)regels);
        return 0;
    }

    if (Environment.GetEnvironmentVariable("ZI_BENCH_MODUS") == "zoeken")
    {
        // Search (issue 16): the first argument is the number of procedures, each with five documents (see ZoekenBench).
        await using (var db = Context())
        {
            await DatabaseInitialization.BereidSqliteVoorAsync(db);
            await DatabaseInitialization.MigrateAsync(db);
            await ReferentiedataLoader.LoadAsync(db);
            await DemoData.LoadAsync(db, new Zorginkoop.Documenten.DocumentStore(map));
        }

        await ZoekenBench.RunAsync(Context, (int)regels);
        return 0;
    }

    var sw = Stopwatch.StartNew();
    Genereer(csv);
    if (Environment.GetEnvironmentVariable("ZI_BENCH_MODUS") == "tijdens-import")
    {
        // Providers at work while the year is imported (see TijdensImportBench).
        await using (var db = Context())
        {
            await DatabaseInitialization.MigrateAsync(db);
            await ReferentiedataLoader.LoadAsync(db);
            await DemoData.LoadAsync(db, new Zorginkoop.Documenten.DocumentStore(map));
        }

        Console.WriteLine(await TijdensImportBench.RunAsync(Context, map, provider, regels,
            () => ImportProces.StartAsync(csv, "bench.csv", provider, connectionString!, map)));
        return 0;
    }

    Console.Error.WriteLine($"gegenereerd: {regels:N0} regels, {new FileInfo(csv).Length / 1024 / 1024} MB in {sw.Elapsed.TotalSeconds:0.0} s");

    await using (var db = Context())
    {
        await DatabaseInitialization.BereidSqliteVoorAsync(db);
        await DatabaseInitialization.MigrateAsync(db);
        await ReferentiedataLoader.LoadAsync(db);
        await DemoData.LoadAsync(db, new Zorginkoop.Documenten.DocumentStore(map));
    }

    var (importSeconden, importPiek) = await ImportProces.StartAsync(csv, xml ? "bench.xml" : "bench.csv", provider, connectionString!, map);
    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"import: {regels / importSeconden:N0} regels/s ({importSeconden:0.0} s)"));

    // The first query loads the lines into the monitor's index (after a restart, or after a claim answer); the
    // warm queries after it are what a user waits for. Both are reported.
    var tijden = new List<double>();
    MonitorUitkomst? uitkomst = null;
    double koud = 0;
    var jaar = new MonitorFilter(new MonitorPeriode(new(2018, 1, 1), new(2018, 12, 31)));
    for (var i = 0; i < 6; i++)
    {
        await using var db = Context();
        sw.Restart();
        uitkomst = await Zorgmonitor.BerekenAsync(db, jaar);
        if (i == 0)
        {
            koud = sw.Elapsed.TotalMilliseconds;
        }
        else
        {
            tijden.Add(sw.Elapsed.TotalMilliseconds);
        }
    }

    tijden.Sort();
    double perMaand;
    await using (var db = Context())
    {
        sw.Restart();
        await Zorgmonitor.BerekenPerAsync(db, jaar, MonitorIndeling.Maand);
        perMaand = sw.Elapsed.TotalMilliseconds;
    }

    var piek = Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024;
    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"monitor: eerste vraag (index laden) {koud:N0} ms, daarna mediaan {tijden[tijden.Count / 2]:N0} ms; per maand {perMaand:N0} ms"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {provider}{(xml ? " jw323" : "")} | {regels:N0} | {regels / importSeconden:N0} regels/s ({importSeconden:0.0} s) | {tijden[tijden.Count / 2]:N0} ms (eerste {koud:N0} ms) | {perMaand:N0} ms | {importPiek:N0} MB import, {piek:N0} MB generator and monitor | {uitkomst!.Totaal.Trajecten:N0} trajecten, {uitkomst.Totaal.UniekeClienten:N0} cliënten |"));
}
finally
{
    SqliteConnection.ClearAllPools();
    if (Environment.GetEnvironmentVariable("ZI_BENCH_BEWAAR") == "1")
    {
        Console.Error.WriteLine($"bewaard: {map}");
    }
    else
    {
        Directory.Delete(map, recursive: true);
    }

    if (pgDatabase is not null)
    {
        NpgsqlConnection.ClearAllPools();
        await using var beheer = new NpgsqlConnection(args.Length > 2 ? args[2] : Environment.GetEnvironmentVariable("ZORGINKOOP_TEST_POSTGRES"));
        await beheer.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {pgDatabase} WITH (FORCE)", beheer);
        await cmd.ExecuteNonQueryAsync();
    }
}

return 0;
