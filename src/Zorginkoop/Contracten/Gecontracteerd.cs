using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;

namespace Zorginkoop.Contracten;

/// <summary>A contracted provider for a product in a region: what the public page and the coverage show.</summary>
public sealed record GecontracteerdRij(
    int ContractId, string Regio, string RegioCode, int ProductId, string ProductCode, string ProductNaam, string? Segment,
    int ZorgaanbiederId, string Zorgaanbieder, string? Consortium, string Aanbesteding, int AanbestedingId, DateOnly Start, DateOnly Einde);

/// <summary>
/// Who is contracted for what: a contract for a segment lot covers the segment's products, a product lot that product;
/// a consortium contract counts for the lead and every member. Contracts that ended are left out; planned ones are in
/// (the public sees who will deliver from when).
/// </summary>
public static class Gecontracteerd
{
    public static async Task<List<GecontracteerdRij>> ZoekAsync(ZorginkoopDbContext db, DateOnly vandaag, string? regioCode = null, CancellationToken ct = default)
    {
        var contracten = await db.Raamovereenkomsten.AsNoTracking()
            .Include(c => c.Zorgaanbieder).Include(c => c.Leden).ThenInclude(l => l.Zorgaanbieder)
            .Include(c => c.Aanbesteding!).ThenInclude(a => a.Regio)
            .Include(c => c.Aanbesteding!).ThenInclude(a => a.Percelen)
            .Where(c => regioCode == null || c.Aanbesteding!.Regio!.Code == regioCode)
            // Not ended: the last day (an early end is always before Einde) is today or later.
            .Where(c => (c.BeeindigdPer ?? c.Einde) >= vandaag)
            .AsSplitQuery().ToListAsync(ct);
        var regioIds = contracten.Select(c => c.Aanbesteding!.RegioId).Distinct().ToList();
        var producten = await db.Producten.AsNoTracking().Include(p => p.Segment).Where(p => regioIds.Contains(p.RegioId)).ToListAsync(ct);

        var rijen = new List<GecontracteerdRij>();
        foreach (var c in contracten)
        {
            var a = c.Aanbesteding!;
            var perceel = a.Percelen.SingleOrDefault(p => p.Nummer == c.PerceelNummer);
            if (perceel is null)
            {
                continue;
            }

            var gedekt = producten.Where(p => p.RegioId == a.RegioId && (perceel.ProductId == p.Id || (perceel.SegmentId is { } s && p.SegmentId == s)));
            var partijen = c.Leden.Select(l => l.Zorgaanbieder!).Prepend(c.Zorgaanbieder!);
            foreach (var p in gedekt)
            {
                foreach (var z in partijen)
                {
                    rijen.Add(new GecontracteerdRij(c.Id, a.Regio!.Naam, a.Regio.Code, p.Id, p.Code, p.Naam, p.Segment?.Naam, z.Id, z.Naam, c.Consortium, a.Naam, a.Id,
                        c.Start, ContractLevenscyclus.LaatsteDag(c)));
                }
            }
        }

        return [.. rijen.OrderBy(r => r.Regio, StringComparer.Ordinal).ThenBy(r => r.ProductCode, StringComparer.OrdinalIgnoreCase)
            .ThenBy(r => r.Zorgaanbieder, StringComparer.Create(Formatting.NlFormat.Cultuur, true))];
    }
}
