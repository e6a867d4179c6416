using Microsoft.EntityFrameworkCore;
using Zorginkoop.Catalogus;
using Zorginkoop.Data;

namespace Zorginkoop.Monitoring;

public sealed record MonitorFilter(MonitorPeriode Periode, string? Gemeente = null, string? AgbCode = null);

public sealed record MonitorCijfers(int Trajecten, int UniekeClienten, long KostenCent);

public sealed record MonitorGroep(Domein Domein, string Monitorgroep, MonitorCijfers Cijfers);

public sealed record MonitorDomein(Domein Domein, MonitorCijfers Cijfers);

public sealed record MonitorUitkomst(MonitorFilter Filter, IReadOnlyList<MonitorGroep> Groepen, IReadOnlyList<MonitorDomein> Domeinen, MonitorCijfers Totaal);

/// <summary>
/// The monitor: per domain and monitor group the number of trajecten (distinct allocations; without an allocation
/// number, distinct client × provider × product), unique clients (distinct pseudonyms) and costs (eurocents of the
/// lines whose period starts in the period, credits subtracted, rejected lines excluded). Domain totals and the grand
/// total are counted from the lines themselves, never added up from rows: a client in two groups is one client.
/// </summary>
public static class Zorgmonitor
{
    public static async Task<MonitorUitkomst> BerekenAsync(ZorginkoopDbContext db, MonitorFilter filter, CancellationToken ct = default)
    {
        var regels = from z in db.Zorgregels
                     join p in db.Producten on z.ProductId equals p.Id
                     where z.Begindatum >= filter.Periode.Van && z.Begindatum <= filter.Periode.TotEnMet && !z.Afgewezen
                     select new { z.Traject, z.Client, z.BedragCent, z.GemeenteCode, z.AgbCode, p.Domein, p.Monitorgroep };
        if (filter.Gemeente is { } g)
        {
            regels = regels.Where(r => r.GemeenteCode == g);
        }

        if (filter.AgbCode is { } a)
        {
            regels = regels.Where(r => r.AgbCode == a);
        }

        var groepen = await regels.GroupBy(r => new { r.Domein, r.Monitorgroep })
            .Select(x => new { x.Key.Domein, x.Key.Monitorgroep, Trajecten = x.Select(r => r.Traject).Distinct().Count(), Clienten = x.Select(r => r.Client).Distinct().Count(), Kosten = x.Sum(r => r.BedragCent) })
            .ToListAsync(ct);
        var domeinen = await regels.GroupBy(r => r.Domein)
            .Select(x => new { Domein = x.Key, Trajecten = x.Select(r => r.Traject).Distinct().Count(), Clienten = x.Select(r => r.Client).Distinct().Count(), Kosten = x.Sum(r => r.BedragCent) })
            .ToListAsync(ct);
        var totaal = new MonitorCijfers(
            await regels.Select(r => r.Traject).Distinct().CountAsync(ct),
            await regels.Select(r => r.Client).Distinct().CountAsync(ct),
            await regels.SumAsync(r => (long?)r.BedragCent, ct) ?? 0);

        return new MonitorUitkomst(
            filter,
            groepen.OrderBy(x => x.Domein).ThenBy(x => x.Monitorgroep, StringComparer.Ordinal)
                .Select(x => new MonitorGroep(x.Domein, x.Monitorgroep, new(x.Trajecten, x.Clienten, x.Kosten))).ToList(),
            domeinen.OrderBy(x => x.Domein).Select(x => new MonitorDomein(x.Domein, new(x.Trajecten, x.Clienten, x.Kosten))).ToList(),
            totaal);
    }
}
