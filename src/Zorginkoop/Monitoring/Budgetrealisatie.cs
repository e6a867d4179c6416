using Microsoft.EntityFrameworkCore;
using Zorginkoop.Catalogus;
using Zorginkoop.Data;

namespace Zorginkoop.Monitoring;

public sealed record BudgetRij(Domein Domein, string Monitorgroep, long? BudgetCent, long RealisatieCent, long PrognoseCent)
{
    /// <summary>Budget minus year-end projection: negative means an expected overrun.</summary>
    public long? RuimteCent => BudgetCent - PrognoseCent;
}

public sealed record Budgetoverzicht(int Jaar, int MaandenMetGegevens, bool JaarAfgesloten, IReadOnlyList<BudgetRij> Rijen);

/// <summary>
/// Realisation against budget per domain and monitor group for one year of a region, with a straight-line year-end
/// projection: the costs so far divided by the months with care data, times twelve. Claims arrive after the month, so
/// the months with data, not the calendar, set the pace; a closed year needs no projection.
/// </summary>
public static class Budgetrealisatie
{
    /// <summary>
    /// The year a budget opens on without one chosen: the later of the region's last budget year and its last year with
    /// care data, but not after this year; this year when there is neither.
    /// </summary>
    public static async Task<int> StandaardjaarAsync(ZorginkoopDbContext db, int regioId, int ditJaar, CancellationToken ct = default)
    {
        var budget = await db.Set<Budget>().Where(b => b.RegioId == regioId && b.Jaar <= ditJaar).MaxAsync(b => (int?)b.Jaar, ct);
        var zorgdata = await Zorgmonitor.LaatsteJaarAsync(db, await RegioGemeenten.CodesAsync(db, [regioId], ct), ct);
        return Math.Min(ditJaar, Math.Max(budget ?? 0, zorgdata ?? 0)) is var jaar and > 0 ? jaar : ditJaar;
    }

    public static async Task<Budgetoverzicht> BerekenAsync(ZorginkoopDbContext db, string regioCode, int jaar, DateOnly vandaag, CancellationToken ct = default)
    {
        var regio = await db.Regios.AsNoTracking().Include(r => r.Gemeenten).SingleAsync(r => r.Code == regioCode, ct);
        var gemeenten = regio.Gemeenten.Select(g => g.Code).ToList();
        var van = new DateOnly(jaar, 1, 1);
        var tot = new DateOnly(jaar, 12, 31);
        // Costs per group and the last month with care data, from the monitor's index.
        var stand = await MonitorIndex.ActueelAsync(db, ct);
        var producten = await Zorgmonitor.ProductenAsync(db, ct);
        var kosten = new Dictionary<(Domein, string), long>();
        DateOnly? laatste = null;
        Zorgmonitor.VoorElkeRegel(stand, new MonitorFilter(new MonitorPeriode(van, tot), Gemeenten: gemeenten), (in MonitorIndex.Kolommen m, int i) =>
        {
            var p = m.Product[i];
            if (p >= producten.Length || producten[p] is not { } info)
            {
                return;
            }

            kosten[(info.Domein, info.Monitorgroep)] = kosten.GetValueOrDefault((info.Domein, info.Monitorgroep)) + m.Bedrag[i];
            var dag = new DateOnly(m.Jaar, m.Maandnummer, m.Dag[i]);
            if (laatste is null || dag > laatste)
            {
                laatste = dag;
            }
        });
        var realisatie = kosten.Select(x => new { Domein = x.Key.Item1, Monitorgroep = x.Key.Item2, Kosten = x.Value }).ToList();
        var afgesloten = vandaag > tot;
        var maanden = laatste?.Month ?? 0;

        var budgetten = await db.Set<Budget>().AsNoTracking().Where(b => b.RegioId == regio.Id && b.Jaar == jaar).ToListAsync(ct);
        var groepen = budgetten.Select(b => (b.Domein, b.Monitorgroep))
            .Union(realisatie.Select(r => (r.Domein, r.Monitorgroep)))
            .Distinct().OrderBy(g => g.Domein).ThenBy(g => g.Monitorgroep, StringComparer.Ordinal);
        var rijen = groepen.Select(g =>
        {
            var r = realisatie.FirstOrDefault(x => x.Domein == g.Domein && x.Monitorgroep == g.Monitorgroep)?.Kosten ?? 0;
            var prognose = afgesloten || maanden == 0 ? r : (long)Math.Round(r * 12m / maanden, MidpointRounding.AwayFromZero);
            return new BudgetRij(g.Domein, g.Monitorgroep,
                budgetten.FirstOrDefault(b => b.Domein == g.Domein && b.Monitorgroep == g.Monitorgroep)?.BedragCent, r, prognose);
        }).ToList();
        return new Budgetoverzicht(jaar, afgesloten ? 12 : maanden, afgesloten, rijen);
    }
}
