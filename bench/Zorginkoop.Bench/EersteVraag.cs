using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;
using Zorginkoop.Monitoring;

namespace Zorginkoop.Bench;

/// <summary>
/// The monitor's first query in a process that starts on a database with care data (issue 13, point 10): the time to
/// open the database (EF Core's model), the first query (the index read from its file, or from the lines when there
/// is none) and the median of five after it, as one row for bench/README.md.
/// </summary>
public static class EersteVraag
{
    public static async Task<int> RunAsync(string provider, string connectionString, string map)
    {
        var sinceStart = DateTime.Now - Process.GetCurrentProcess().StartTime;
        var sw = Stopwatch.StartNew();
        var b = new DbContextOptionsBuilder<ZorginkoopDbContext>();
        DatabaseRegistration.Configureer(b, provider, connectionString, map);
        await using (var db = new ZorginkoopDbContext(b.Options))
        {
            _ = await db.Database.GetPendingMigrationsAsync();
            MonitorIndex.BewaarIn(db.Zorgdata, map);
        }

        var openen = sw.Elapsed.TotalMilliseconds;
        sw.Restart();
        await using (var db = new ZorginkoopDbContext(b.Options))
        {
            await MonitorIndex.ActueelAsync(db);
        }

        var index = sw.Elapsed.TotalMilliseconds;
        var jaar = new MonitorFilter(new MonitorPeriode(new(2018, 1, 1), new(2018, 12, 31)));
        var tijden = new List<double>();
        MonitorUitkomst? uitkomst = null;
        for (var i = 0; i < 6; i++)
        {
            await using var db = new ZorginkoopDbContext(b.Options);
            sw.Restart();
            uitkomst = await Zorgmonitor.BerekenAsync(db, jaar);
            tijden.Add(sw.Elapsed.TotalMilliseconds);
        }

        var daarna = tijden.Skip(1).Order().ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {provider} | {uitkomst!.Totaal.Trajecten:N0} trajecten | {sinceStart.TotalMilliseconds:N0} ms | {openen:N0} ms | {index:N0} ms | {tijden[0]:N0} ms | {daarna[daarna.Count / 2]:N0} ms | {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024:N0} MB |"));
        return 0;
    }
}
