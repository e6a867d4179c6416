#if DUCKDB
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using Npgsql;
using Zorginkoop.Data;
using Zorginkoop.Demo;
#endif

namespace Zorginkoop.Bench;

#if DUCKDB
/// <summary>
/// Issue 20, item 1: Zorginkoop next to DuckDB on the same year of care data, in one run (ZI_BENCH_MODUS=duckdb).
/// <para>
/// Zorginkoop as a user meets it: the Release build of the CLI, each step a process of its own on a fresh data
/// folder: <c>demo</c> (not timed), <c>zorgdata import</c> (the whole process, start to exit, and the lines/s the CLI
/// prints itself) and <c>monitor --periode 2018 --formaat json</c> (the whole process). DuckDB embedded (DuckDB.NET)
/// on a file of its own in the same folder: the demo's care lines (not timed) and then the same CSV loaded with
/// <c>read_csv</c> and explicit column types (timed up to the checkpoint, so the lines are in the file), and the
/// monitor's year on a connection opened anew. Both totals (trajecten, unique clients, costs) must be equal.
/// </para>
/// <para>
/// DuckDB follows Zorginkoop's definitions (ZorgdataImport, MonitorIndex, Zorgmonitor). Loading stores a line once,
/// as the import's key does: a line whose identity (allocation number as written, client, municipality, provider,
/// product and unit in upper case, dates, volume, amount) is there already or comes twice is left out (<c>EXCEPT</c>),
/// so the load does the work the import's unique key index does. The monitor counts the lines whose begindatum is in
/// the period (by day); costs are the sum of their amounts in cents, credits (negative amounts) included; a traject
/// is the allocation (municipality and allocation number as an integer) or, without an allocation number, client ×
/// provider × product; unique clients are distinct BSNs (Zorginkoop counts their HMAC pseudonyms, one per BSN). Lines
/// rejected by a JW325 do not occur in a CSV import, and the file is the generator's, so DuckDB does not check the
/// lines (Zorginkoop refuses a file with a bad line, and trims fields). DuckDB sees the raw BSNs; for a reference
/// that is fine. For scale the plain <c>read_csv</c> into a table of a file of its own is timed too.
/// </para>
/// </summary>
internal static class DuckDbVergelijking
{
    private const string Kolommen =
        "toewijzingnummer VARCHAR, bsn VARCHAR, gemeente VARCHAR, agb VARCHAR, productcode VARCHAR, " +
        "begindatum DATE, einddatum DATE, volume BIGINT, eenheid VARCHAR, bedrag_cent BIGINT";

    // The same names and types for read_csv: codes with leading zeros stay text, the allocation number as written.
    private const string CsvKolommen =
        "{'toewijzingnummer': 'VARCHAR', 'bsn': 'VARCHAR', 'gemeente': 'VARCHAR', 'agb': 'VARCHAR', 'productcode': 'VARCHAR', " +
        "'begindatum': 'DATE', 'einddatum': 'DATE', 'volume': 'BIGINT', 'eenheid': 'VARCHAR', 'bedrag_cent': 'BIGINT'}";

    /// <summary>
    /// The monitor's year total (<see cref="Zorginkoop.Monitoring.Zorgmonitor.BerekenAsync"/>) in SQL, on lines stored
    /// once each (<see cref="Laad"/>): a traject is the allocation (municipality and number) or, without a number,
    /// client × provider × product; the two kinds of key never meet, so their distinct counts add up.
    /// </summary>
    private const string MonitorVraag = """
        SELECT
            count(DISTINCT (gemeente, CAST(toewijzingnummer AS BIGINT))) FILTER (WHERE coalesce(toewijzingnummer, '') <> '')
            + count(DISTINCT (bsn, agb, productcode)) FILTER (WHERE coalesce(toewijzingnummer, '') = '') AS trajecten,
            count(DISTINCT bsn) AS clienten,
            CAST(coalesce(sum(bedrag_cent), 0) AS BIGINT) AS kosten
        FROM zorgregels
        WHERE begindatum BETWEEN DATE '2018-01-01' AND DATE '2018-12-31'
        """;

    private sealed record Totalen(long Trajecten, long Clienten, long KostenCent)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Trajecten:N0} trajecten, {Clienten:N0} cliënten, {KostenCent:N0} cent");
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var regels = args.Length > 0 ? long.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        var provider = args.Length > 1 ? args[1] : DatabaseOptions.Sqlite;
        if (provider is not (DatabaseOptions.Sqlite or DatabaseOptions.Postgres))
        {
            Console.Error.WriteLine($"Onbekende database '{provider}': gebruik sqlite of postgres.");
            return 2;
        }

        var cli = ZoekCli();
        if (cli is null)
        {
            return 2;
        }

        var map = Directory.CreateTempSubdirectory("zi-duckdb-").FullName;
        string? server = null;
        string? pgDatabase = null;
        try
        {
            // 1. The year, generated as ZI_BENCH_BESTAND does it, and on disk before anything is timed. ZI_BENCH_CSV names
            // a file of one's own instead (a year of 2018 in the CSV format), to check the definitions on odd lines.
            var csv = Path.Combine(map, "zorgdata-2018.csv");
            var sw = Stopwatch.StartNew();
            if (Environment.GetEnvironmentVariable("ZI_BENCH_CSV") is { Length: > 0 } eigen)
            {
                File.Copy(eigen, csv);
                regels = File.ReadLines(csv).Skip(1).LongCount(r => r.Length > 0);
            }
            else
            {
                new Generator(2018).SchrijfCsv(csv, regels);
            }

            using (var bestand = new FileStream(csv, FileMode.Open, FileAccess.ReadWrite))
            {
                bestand.Flush(flushToDisk: true);
            }

            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"gegenereerd: {regels:N0} regels, {new FileInfo(csv).Length / 1024 / 1024} MB in {sw.Elapsed.TotalSeconds:0.0} s ({map})"));

            // 2. Zorginkoop: the CLI as a user runs it, on a fresh database.
            var omgeving = new Dictionary<string, string>
            {
                ["DOTNET_ENVIRONMENT"] = "Production",
                ["Zorginkoop__DataMap"] = map,
                ["Zorgdata__PseudoniemSleutel"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
                ["Audit__Sleutel"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
                ["Database__Provider"] = provider,
            };
            if (provider == DatabaseOptions.Postgres)
            {
                server = args.Length > 2 ? args[2] : Environment.GetEnvironmentVariable("ZORGINKOOP_TEST_POSTGRES")
                    ?? throw new InvalidOperationException("Geef een PostgreSQL-connection string of zet ZORGINKOOP_TEST_POSTGRES.");
                pgDatabase = $"zi_duckdb_{Guid.NewGuid():N}";
                await using (var beheer = new NpgsqlConnection(server))
                {
                    await beheer.OpenAsync();
                    await using var cmd = new NpgsqlCommand($"CREATE DATABASE {pgDatabase}", beheer);
                    await cmd.ExecuteNonQueryAsync();
                }

                omgeving["ConnectionStrings__Zorginkoop"] = new NpgsqlConnectionStringBuilder(server) { Database = pgDatabase }.ConnectionString;
            }
            else
            {
                omgeving["ConnectionStrings__Zorginkoop"] = $"Data Source={Path.Combine(map, "zorginkoop.db")}";
            }

            var versie = await CliAsync(cli, omgeving, ["--version"]);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cli: een proces dat niets doet (--version) {versie.Seconden:0.00} s"));
            var demo = await CliAsync(cli, omgeving, ["demo"]);
            Console.Error.WriteLine($"cli demo: {demo.Uitvoer.Trim().Replace('\n', ' ')}");

            var import = await CliAsync(cli, omgeving, ["zorgdata", "import", csv]);
            var gemeld = Regex.Match(import.Uitvoer, @"([0-9.]+) regels/s");
            var cliRegelsPerSeconde = gemeld.Success ? long.Parse(gemeld.Groups[1].Value.Replace(".", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) : 0;
            var bijgewerkt = Regex.Match(import.Fouten, @"Monitor bijgewerkt \(([^)]*)\)");
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"cli import: {import.Uitvoer.Trim()} Proces: {import.Seconden:0.00} s (monitor bijgewerkt: {(bijgewerkt.Success ? bijgewerkt.Groups[1].Value : "?")})"));

            var monitor = await CliAsync(cli, omgeving, ["monitor", "--periode", "2018", "--formaat", "json"]);
            Totalen zorginkoop;
            using (var json = JsonDocument.Parse(monitor.Uitvoer))
            {
                var t = json.RootElement.GetProperty("totaal");
                zorginkoop = new(t.GetProperty("trajecten").GetInt64(), t.GetProperty("uniekeClienten").GetInt64(), t.GetProperty("kostenCent").GetInt64());
            }

            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cli monitor: {monitor.Seconden:0.00} s: {zorginkoop}"));

            // 3. DuckDB, embedded, on a file of its own: the demo's care lines first (what `demo` put in), not timed.
            var duckdbBestand = Path.Combine(map, "referentie.duckdb");
            var demoCsv = Path.Combine(map, DemoZorgdata.Bestandsnaam);
            await File.WriteAllTextAsync(demoCsv, Raadstabel2018.Csv(), new UTF8Encoding(false));
            await using (var verbinding = new DuckDBConnection($"Data Source={duckdbBestand}"))
            {
                await verbinding.OpenAsync();
                await VoerUitAsync(verbinding, $"CREATE TABLE zorgregels ({Kolommen})");
                await VoerUitAsync(verbinding, Laad(demoCsv));
                await VoerUitAsync(verbinding, "CHECKPOINT");
            }

            sw.Restart();
            long geladen;
            await using (var verbinding = new DuckDBConnection($"Data Source={duckdbBestand}"))
            {
                await verbinding.OpenAsync();
                geladen = await VoerUitAsync(verbinding, Laad(csv));
                // Durable: the lines in the database file itself, not only in its write-ahead log.
                await VoerUitAsync(verbinding, "CHECKPOINT");
            }

            var duckdbLaden = sw.Elapsed.TotalSeconds;
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"duckdb laden: {geladen:N0} regels in {duckdbLaden:0.00} s"));

            // For scale: the file as it is into a new table of a file of its own, without leaving out a line twice.
            var ruwBestand = Path.Combine(map, "ruw.duckdb");
            sw.Restart();
            await using (var verbinding = new DuckDBConnection($"Data Source={ruwBestand}"))
            {
                await verbinding.OpenAsync();
                await VoerUitAsync(verbinding, $"CREATE TABLE zorgregels AS SELECT * FROM {ReadCsv(csv)}");
                await VoerUitAsync(verbinding, "CHECKPOINT");
            }

            var duckdbRuw = sw.Elapsed.TotalSeconds;
            File.Delete(ruwBestand);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"duckdb alleen read_csv (geen dubbele regels weglaten): {duckdbRuw:0.00} s"));

            // The monitor on a connection opened anew: DuckDB.NET closes the database with its last connection.
            sw.Restart();
            Totalen duckdb;
            await using (var verbinding = new DuckDBConnection($"Data Source={duckdbBestand}"))
            {
                await verbinding.OpenAsync();
                await using var cmd = verbinding.CreateCommand();
                cmd.CommandText = MonitorVraag;
                await using var lezer = await cmd.ExecuteReaderAsync();
                await lezer.ReadAsync();
                duckdb = new(lezer.GetInt64(0), lezer.GetInt64(1), lezer.GetInt64(2));
            }

            var duckdbMonitor = sw.Elapsed.TotalSeconds;
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"duckdb monitor: {duckdbMonitor:0.000} s: {duckdb}"));

            // 4. One row for bench/README.md.
            var gelijk = zorginkoop == duckdb;
            var zorginkoopLaden = regels / import.Seconden;
            var duckdbPerSeconde = regels / duckdbLaden;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {provider} | {regels:N0} | {zorginkoopLaden:N0} regels/s ({import.Seconden:0.0} s; cli meldt {cliRegelsPerSeconde:N0} regels/s) | " +
                $"{duckdbPerSeconde:N0} regels/s ({duckdbLaden:0.0} s; alleen read_csv {regels / duckdbRuw:N0} regels/s) | {zorginkoopLaden / duckdbPerSeconde:0.00} | " +
                $"{monitor.Seconden:0.00} s | {duckdbMonitor:0.000} s | {monitor.Seconden / duckdbMonitor:0.0} | " +
                $"totalen gelijk: {(gelijk ? "ja" : "nee")} (Zorginkoop {zorginkoop}; DuckDB {duckdb}) |"));
            if (!gelijk)
            {
                Console.Error.WriteLine($"De totalen verschillen: Zorginkoop {zorginkoop}, DuckDB {duckdb}.");
            }

            return gelijk ? 0 : 1;
        }
        finally
        {
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
                await using var beheer = new NpgsqlConnection(server);
                await beheer.OpenAsync();
                await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {pgDatabase} WITH (FORCE)", beheer);
                await cmd.ExecuteNonQueryAsync();
            }
        }
    }

    private static string ReadCsv(string pad) =>
        $"read_csv('{pad.Replace("'", "''", StringComparison.Ordinal)}', delim = ';', header = true, columns = {CsvKolommen}, auto_detect = false)";

    /// <summary>
    /// The lines of a file, each stored once, as the import does (its key over the line's identity, the first line of a
    /// key kept): product and unit in upper case (the import looks both up whatever their case and stores the codes),
    /// and <c>EXCEPT</c> leaves out a line that is there already or comes twice.
    /// </summary>
    private static string Laad(string pad) =>
        "INSERT INTO zorgregels SELECT toewijzingnummer, bsn, gemeente, agb, upper(productcode), begindatum, einddatum, volume, " +
        $"upper(eenheid), bedrag_cent FROM {ReadCsv(pad)} EXCEPT SELECT * FROM zorgregels";

    private static async Task<long> VoerUitAsync(DuckDBConnection verbinding, string sql)
    {
        await using var cmd = verbinding.CreateCommand();
        cmd.CommandText = sql;
        return await cmd.ExecuteNonQueryAsync();
    }

    private sealed record CliUitkomst(double Seconden, string Uitvoer, string Fouten);

    /// <summary>One CLI call as a process of its own, timed from its start to its exit; a failure stops the bench.</summary>
    private static async Task<CliUitkomst> CliAsync(string cli, Dictionary<string, string> omgeving, string[] argumenten)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(cli);
        foreach (var a in argumenten)
        {
            start.ArgumentList.Add(a);
        }

        foreach (var (sleutel, waarde) in omgeving)
        {
            start.Environment[sleutel] = waarde;
        }

        var sw = Stopwatch.StartNew();
        using var proces = Process.Start(start)!;
        var uitvoer = proces.StandardOutput.ReadToEndAsync();
        var fouten = proces.StandardError.ReadToEndAsync();
        await proces.WaitForExitAsync();
        var seconden = sw.Elapsed.TotalSeconds;
        if (proces.ExitCode != 0)
        {
            throw new InvalidOperationException($"zorginkoop {string.Join(' ', argumenten)} stopte met code {proces.ExitCode}:\n{await fouten}");
        }

        return new(seconden, await uitvoer, await fouten);
    }

    /// <summary>
    /// The Release build of the CLI in this repository, found from the bench's own folder upwards; null (with the
    /// command to build it) when it is not there. A build older than the sources is used, with a warning.
    /// </summary>
    private static string? ZoekCli()
    {
        var map = new DirectoryInfo(AppContext.BaseDirectory);
        while (map is not null && !Directory.Exists(Path.Combine(map.FullName, "src", "Zorginkoop.Cli")))
        {
            map = map.Parent;
        }

        if (map is null)
        {
            Console.Error.WriteLine($"De repository is niet gevonden boven {AppContext.BaseDirectory} (src/Zorginkoop.Cli).");
            return null;
        }

        var dll = Path.Combine(map.FullName, "src", "Zorginkoop.Cli", "bin", "Release", "net10.0", "Zorginkoop.Cli.dll");
        if (!File.Exists(dll))
        {
            Console.Error.WriteLine($"De Release-build van de CLI ontbreekt ({dll}). Bouw hem eerst: cd {map.FullName} && dotnet build src/Zorginkoop.Cli -c Release");
            return null;
        }

        var gebouwd = File.GetLastWriteTimeUtc(dll);
        var nieuwer = Directory.EnumerateFiles(Path.Combine(map.FullName, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .FirstOrDefault(f => File.GetLastWriteTimeUtc(f) > gebouwd);
        if (nieuwer is not null)
        {
            Console.Error.WriteLine($"Let op: {Path.GetRelativePath(map.FullName, nieuwer)} is nieuwer dan de CLI-build; bouw opnieuw met dotnet build src/Zorginkoop.Cli -c Release.");
        }

        return dll;
    }
}
#else
/// <summary>Built without DuckDB (the default): says how to build the comparison.</summary>
internal static class DuckDbVergelijking
{
    public static Task<int> RunAsync(string[] args)
    {
        _ = args;
        Console.Error.WriteLine("Deze bench is gebouwd zonder DuckDB. Bouw hem met: dotnet build bench/Zorginkoop.Bench -c Release -p:DuckDb=true");
        return Task.FromResult(2);
    }
}
#endif
