using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;
using Zorginkoop.Zorgdata;

namespace Zorginkoop.Bench;

/// <summary>
/// The timed import, in a child process: the same <see cref="ZorgdataImport"/> the CLI and the web app run, on the
/// database the benchmark prepared. The child reports its time and peak memory on one line of standard output.
/// </summary>
internal static class ImportProces
{
    public static async Task<(double Seconden, long PiekMb)> StartAsync(string bestand, string naam, string provider, string connectionString, string map)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
        foreach (var a in new[] { typeof(ImportProces).Assembly.Location, bestand, naam, provider, connectionString, map })
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["ZI_BENCH_MODUS"] = "import";
        using var kind = Process.Start(start)!;
        var uitvoer = await kind.StandardOutput.ReadToEndAsync();
        await kind.WaitForExitAsync();
        if (kind.ExitCode != 0)
        {
            throw new InvalidOperationException($"het importproces stopte met code {kind.ExitCode}");
        }

        var delen = uitvoer.Trim().Split(';');
        return (double.Parse(delen[0], CultureInfo.InvariantCulture), long.Parse(delen[1], CultureInfo.InvariantCulture));
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var (bestand, naam, provider, connectionString, map) = (args[0], args[1], args[2], args[3], args[4]);
        var b = new DbContextOptionsBuilder<ZorginkoopDbContext>();
        DatabaseRegistration.Configureer(b, provider, connectionString, map);
        await using (var start = new ZorginkoopDbContext(b.Options))
        {
            // What the CLI does before it starts its clock (DatabaseInitialization.InitializeAsync): check for
            // migrations and load the reference data. Without it the timed import also built EF Core's model and
            // compiled its first queries, which the CLI's figure does not contain.
            await DatabaseInitialization.BereidSqliteVoorAsync(start);
            _ = await start.Database.GetPendingMigrationsAsync();
            await Zorginkoop.Referentiedata.ReferentiedataLoader.LoadAsync(start);
        }

        await using var db = new ZorginkoopDbContext(b.Options);
        var import = new ZorgdataImport(db, new Pseudonimisering(new byte[32]), TimeProvider.System);
        await using var stream = File.OpenRead(bestand);
        var sw = Stopwatch.StartNew();
        var r = await import.RunAsync(stream, naam, "bench", new SynchronousProgress<ImportProgress>(v => Console.Error.Write($"\rimport: {v.Regels:N0} {(v.Opslaan ? "opslaan" : v.Procent + " %")}   ")));
        var seconden = sw.Elapsed.TotalSeconds;
        Console.Error.WriteLine();
        if (!r.Gelukt)
        {
            Console.Error.WriteLine(string.Join("\n", r.Meldingen));
            return 1;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{seconden};{Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024}"));
        return 0;
    }
}
