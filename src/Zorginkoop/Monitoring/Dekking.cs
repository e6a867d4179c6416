using Microsoft.EntityFrameworkCore;
using Zorginkoop.Catalogus;
using Zorginkoop.Data;

namespace Zorginkoop.Monitoring;

public sealed record DekkingRij(
    int ProductId, string ProductCode, string ProductNaam, Domein Domein, string GemeenteCode, string GemeenteNaam,
    int? Gecontracteerd, int Leverend, int Clienten, IReadOnlyList<string> Signalen, IReadOnlyList<string> Informatie);

/// <summary>
/// Coverage per product × municipality of a region: how many providers deliver it and to how many clients (from the
/// care data), and how many are contracted (from the framework agreements running on the period's last day; unknown
/// for a region without any contract in Zorginkoop).
/// A signal is a gap a user can act on (issue 16), each saying why: a product with no contracted provider at all (once
/// the region has contracts in Zorginkoop), or demand with fewer than N providers — the "onvoldoende dekking" that made
/// Lekstroom re-open 43B11 and 50B32. Contracted providers without clients is information, not a reason to re-open.
/// </summary>
public static class Dekking
{
    public const int StandaardMinimum = 2;

    public static async Task<IReadOnlyList<DekkingRij>> BerekenAsync(
        ZorginkoopDbContext db, string regioCode, MonitorPeriode periode, int minimumAanbieders = StandaardMinimum, CancellationToken ct = default)
    {
        var regio = await db.Regios.AsNoTracking().Include(r => r.Gemeenten).SingleAsync(r => r.Code == regioCode, ct);
        var gemeenten = regio.Gemeenten.ToDictionary(g => g.Code, g => g.Naam);
        var codes = gemeenten.Keys.ToList();
        var producten = await db.Producten.AsNoTracking()
            .Where(p => p.RegioId == regio.Id
                && (p.GeldigVan == null || p.GeldigVan <= periode.TotEnMet) && (p.GeldigTot == null || p.GeldigTot >= periode.Van))
            .Select(p => new { p.Id, p.Code, p.Naam, p.Domein }).ToListAsync(ct);
        // Per product × municipality the distinct providers and clients, counted in the monitor's index.
        var stand = await MonitorIndex.ActueelAsync(db, ct);
        var productIds = producten.Select(p => p.Id).ToHashSet();
        var tellers = new Dictionary<(int, short), (HashSet<int> Aanbieders, HashSet<int> Clienten)>();
        Zorgmonitor.VoorElkeRegel(stand, new MonitorFilter(periode, Gemeenten: codes), (in MonitorIndex.Kolommen m, int i) =>
        {
            if (!productIds.Contains(m.Product[i]))
            {
                return;
            }

            if (!tellers.TryGetValue((m.Product[i], m.Gemeente[i]), out var t))
            {
                tellers[(m.Product[i], m.Gemeente[i])] = t = ([], []);
            }

            t.Aanbieders.Add(m.Agb[i]);
            t.Clienten.Add(m.Client[i]);
        });
        var perSleutel = tellers.ToDictionary(x => (x.Key.Item1, stand.Gemeenten[x.Key.Item2]),
            x => new { Leverend = x.Value.Aanbieders.Count, Clienten = x.Value.Clienten.Count });

        // Contracted on the last day of the period; without any contract in the region the number is unknown, not 0.
        var dag = periode.TotEnMet;
        var contracten = await Contracten.Gecontracteerd.ZoekAsync(db, dag, regioCode, ct);
        var perProduct = contracten.Count == 0 ? null : contracten.Where(r => r.Start <= dag && r.Einde >= dag)
            .GroupBy(r => r.ProductId).ToDictionary(g => g.Key, g => g.Select(r => r.ZorgaanbiederId).Distinct().Count());
        var rijen = new List<DekkingRij>();
        foreach (var p in producten.OrderBy(p => p.Code, StringComparer.OrdinalIgnoreCase))
        {
            foreach (var (code, naam) in gemeenten.OrderBy(g => g.Value, StringComparer.Ordinal))
            {
                var g = perSleutel.GetValueOrDefault((p.Id, code));
                var leverend = g?.Leverend ?? 0;
                var clienten = g?.Clienten ?? 0;
                int? gecontracteerd = perProduct is null ? null : perProduct.GetValueOrDefault(p.Id);
                var signalen = new List<string>();
                var informatie = new List<string>();
                var aanbod = gecontracteerd ?? leverend;
                if (gecontracteerd == 0)
                {
                    signalen.Add(clienten > 0
                        ? $"geen gecontracteerde aanbieder, terwijl {Formatting.NlFormat.Aantal(clienten, "cliënt dit product kreeg", "cliënten dit product kregen")}: zij kunnen nergens met contract terecht"
                        : "geen gecontracteerde aanbieder: wie dit product nodig heeft, kan nergens met contract terecht");
                }
                else if (clienten > 0 && aanbod < minimumAanbieders)
                {
                    signalen.Add(gecontracteerd is null
                        ? $"{Formatting.NlFormat.Aantal(clienten, "cliënt", "cliënten")}, maar minder dan {minimumAanbieders} leverende aanbieders ({aanbod}): weinig keuze, en geen uitwijk als een aanbieder stopt"
                        : $"{Formatting.NlFormat.Aantal(clienten, "cliënt", "cliënten")}, maar minder dan {minimumAanbieders} gecontracteerde aanbieders ({aanbod}): weinig keuze, en geen uitwijk als een aanbieder stopt");
                }

                if (gecontracteerd > 0 && clienten == 0)
                {
                    informatie.Add($"{Formatting.NlFormat.Aantal(gecontracteerd.Value, "gecontracteerde aanbieder", "gecontracteerde aanbieders")} zonder cliënten in deze periode: aanbod genoeg, de vraag ontbreekt");
                }

                rijen.Add(new DekkingRij(p.Id, p.Code, p.Naam, p.Domein, code, naam, gecontracteerd, leverend, clienten, signalen, informatie));
            }
        }

        return rijen;
    }
}
