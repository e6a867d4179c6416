using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Catalogus;
using Zorginkoop.Data;

namespace Zorginkoop.Monitoring;

public sealed record MonitorFilter(MonitorPeriode Periode, string? Gemeente = null, string? AgbCode = null);

public sealed record MonitorCijfers(int Trajecten, int UniekeClienten, long KostenCent)
{
    /// <summary>Costs per unique client in cents, rounded half away from zero; null without clients.</summary>
    public long? KostenPerClientCent => UniekeClienten == 0 ? null : (long)Math.Round((decimal)KostenCent / UniekeClienten, MidpointRounding.AwayFromZero);
}

public sealed record MonitorGroep(Domein Domein, string Monitorgroep, MonitorCijfers Cijfers);

public sealed record MonitorDomein(Domein Domein, MonitorCijfers Cijfers);

public sealed record MonitorUitkomst(MonitorFilter Filter, IReadOnlyList<MonitorGroep> Groepen, IReadOnlyList<MonitorDomein> Domeinen, MonitorCijfers Totaal);

/// <summary>One row of another breakdown: per municipality, provider, product or month.</summary>
public sealed record MonitorRij(string Sleutel, MonitorCijfers Cijfers);

public enum MonitorIndeling
{
    Gemeente,
    Aanbieder,
    Product,
    Maand,
    Kwartaal,
}

/// <summary>
/// The monitor: per domain and monitor group the number of trajecten (distinct allocations; without an allocation
/// number, distinct client × provider × product), unique clients (distinct pseudonyms) and costs (eurocents of the
/// lines whose period starts in the period, credits subtracted, rejected lines excluded). Domain totals and the grand
/// total are counted from the lines themselves, never added up from rows: a client in two groups is one client.
/// </summary>
public static class Zorgmonitor
{
    /// <summary>A care line as the monitor sees it (a projection, so groupings can be composed in SQL).</summary>
    public sealed class Regel
    {
        public required string Traject { get; init; }
        public required string Client { get; init; }
        public long BedragCent { get; init; }
        public required string GemeenteCode { get; init; }
        public required string AgbCode { get; init; }
        public Domein Domein { get; init; }
        public required string Monitorgroep { get; init; }
        public required string ProductCode { get; init; }
        public DateOnly Begindatum { get; init; }
    }

    public static IQueryable<Regel> Regels(ZorginkoopDbContext db, MonitorFilter filter)
    {
        var regels = from z in db.Zorgregels
                     join p in db.Producten on z.ProductId equals p.Id
                     where z.Begindatum >= filter.Periode.Van && z.Begindatum <= filter.Periode.TotEnMet && !z.Afgewezen
                     select new Regel
                     {
                         Traject = z.Traject,
                         Client = z.Client,
                         BedragCent = z.BedragCent,
                         GemeenteCode = z.GemeenteCode,
                         AgbCode = z.AgbCode,
                         Domein = p.Domein,
                         Monitorgroep = p.Monitorgroep,
                         ProductCode = p.Code,
                         Begindatum = z.Begindatum,
                     };
        if (filter.Gemeente is { } g)
        {
            regels = regels.Where(r => r.GemeenteCode == g);
        }

        if (filter.AgbCode is { } a)
        {
            regels = regels.Where(r => r.AgbCode == a);
        }

        return regels;
    }

    /// <remarks>
    /// One pass over the lines, counting distinct trajecten and clients per group, per domain and in total at once:
    /// three COUNT(DISTINCT …) queries over the same lines took longer than reading them once (bench/README.md).
    /// </remarks>
    public static async Task<MonitorUitkomst> BerekenAsync(ZorginkoopDbContext db, MonitorFilter filter, CancellationToken ct = default)
    {
        var groepen = new Dictionary<(Domein, string), Teller>();
        var domeinen = new Dictionary<Domein, Teller>();
        var totaal = new Teller();
        var regels = Regels(db, filter).Select(r => new { r.Domein, r.Monitorgroep, r.Traject, r.Client, r.BedragCent }).AsNoTracking();
        await foreach (var r in regels.AsAsyncEnumerable().WithCancellation(ct))
        {
            if (!groepen.TryGetValue((r.Domein, r.Monitorgroep), out var groep))
            {
                groepen[(r.Domein, r.Monitorgroep)] = groep = new Teller();
            }

            if (!domeinen.TryGetValue(r.Domein, out var domein))
            {
                domeinen[r.Domein] = domein = new Teller();
            }

            groep.Tel(r.Traject, r.Client, r.BedragCent);
            domein.Tel(r.Traject, r.Client, r.BedragCent);
            totaal.Tel(r.Traject, r.Client, r.BedragCent);
        }

        return new MonitorUitkomst(
            filter,
            groepen.OrderBy(x => x.Key.Item1).ThenBy(x => x.Key.Item2, StringComparer.Ordinal)
                .Select(x => new MonitorGroep(x.Key.Item1, x.Key.Item2, x.Value.Cijfers)).ToList(),
            domeinen.OrderBy(x => x.Key).Select(x => new MonitorDomein(x.Key, x.Value.Cijfers)).ToList(),
            totaal.Cijfers);
    }

    private sealed class Teller
    {
        private readonly HashSet<string> trajecten = new(StringComparer.Ordinal);
        private readonly HashSet<string> clienten = new(StringComparer.Ordinal);
        private long kosten;

        public void Tel(string traject, string client, long bedragCent)
        {
            trajecten.Add(traject);
            clienten.Add(client);
            kosten += bedragCent;
        }

        public MonitorCijfers Cijfers => new(trajecten.Count, clienten.Count, kosten);
    }

    /// <summary>The same figures per municipality, provider (AGB), product code, month (yyyy-MM) or quarter (yyyyQn).</summary>
    public static async Task<IReadOnlyList<MonitorRij>> BerekenPerAsync(ZorginkoopDbContext db, MonitorFilter filter, MonitorIndeling indeling, CancellationToken ct = default)
    {
        var regels = Regels(db, filter);
        if (indeling is MonitorIndeling.Maand or MonitorIndeling.Kwartaal)
        {
            var perMaand = await PerAsync(regels, r => r.Begindatum.Year * 100 + r.Begindatum.Month, ct);
            if (indeling == MonitorIndeling.Maand)
            {
                return perMaand.Select(x => new MonitorRij($"{x.Sleutel / 100:0000}-{x.Sleutel % 100:00}", x.Cijfers)).ToList();
            }

            return (await PerAsync(regels, r => r.Begindatum.Year * 10 + ((r.Begindatum.Month + 2) / 3), ct))
                .Select(x => new MonitorRij($"{x.Sleutel / 10:0000}Q{x.Sleutel % 10}", x.Cijfers)).ToList();
        }

        var rijen = indeling switch
        {
            MonitorIndeling.Gemeente => await PerAsync(regels, r => r.GemeenteCode, ct),
            MonitorIndeling.Aanbieder => await PerAsync(regels, r => r.AgbCode, ct),
            _ => await PerAsync(regels, r => r.ProductCode, ct),
        };
        return rijen.Select(x => new MonitorRij(x.Sleutel, x.Cijfers)).ToList();
    }

    private static async Task<List<(TKey Sleutel, MonitorCijfers Cijfers)>> PerAsync<TKey>(
        IQueryable<Regel> regels, Expression<Func<Regel, TKey>> sleutel, CancellationToken ct)
    {
        var rijen = await regels.GroupBy(sleutel)
            .Select(x => new { x.Key, Trajecten = x.Select(r => r.Traject).Distinct().Count(), Clienten = x.Select(r => r.Client).Distinct().Count(), Kosten = x.Sum(r => r.BedragCent) })
            .ToListAsync(ct);
        return rijen.OrderBy(x => x.Key).Select(x => (x.Key, new MonitorCijfers(x.Trajecten, x.Clienten, x.Kosten))).ToList();
    }
}
