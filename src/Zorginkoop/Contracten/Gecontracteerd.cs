using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;

namespace Zorginkoop.Contracten;

/// <summary>A contracted provider for a product in a region: what the public page and the coverage show.</summary>
public sealed record GecontracteerdRij(
    int ContractId, string Regio, string RegioCode, int ProductId, string ProductCode, string ProductNaam, string? Segment,
    int ZorgaanbiederId, string Zorgaanbieder, string? Consortium, string Aanbesteding, int AanbestedingId, DateOnly Start, DateOnly Einde);

/// <summary>
/// Who is contracted for what: a contract for a segment lot covers the segment's products, a product lot that product;
/// a consortium contract counts for the lead and every member; a joint procedure's contract counts in its owner's region
/// and in each participant's. Contracts that ended are left out; planned ones are in (the public sees who will deliver
/// from when).
/// </summary>
public static class Gecontracteerd
{
    public static async Task<List<GecontracteerdRij>> ZoekAsync(ZorginkoopDbContext db, DateOnly vandaag, string? regioCode = null, CancellationToken ct = default)
    {
        var contracten = await db.Raamovereenkomsten.AsNoTracking()
            .Include(c => c.Zorgaanbieder).Include(c => c.Leden).ThenInclude(l => l.Zorgaanbieder)
            .Include(c => c.Aanbesteding!).ThenInclude(a => a.Regio)
            .Include(c => c.Aanbesteding!).ThenInclude(a => a.Deelnames).ThenInclude(d => d.Regio)
            .Include(c => c.Aanbesteding!).ThenInclude(a => a.Percelen)
            .Where(c => regioCode == null || c.Aanbesteding!.Regio!.Code == regioCode || c.Aanbesteding.Deelnames.Any(d => d.Regio!.Code == regioCode))
            // Not ended: the last day (an early end is always before Einde) is today or later.
            .Where(c => (c.BeeindigdPer ?? c.Einde) >= vandaag)
            .AsSplitQuery().ToListAsync(ct);
        var regioIds = contracten.SelectMany(c => c.Aanbesteding!.RegioIds).Distinct().ToList();
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

            var eigen = producten.Where(p => p.RegioId == a.RegioId && (perceel.ProductId == p.Id || (perceel.SegmentId is { } s && p.SegmentId == s))).ToList();
            // The lot names a product or segment of the owner's catalogue; a participant of a joint procedure buys the
            // same products, found by their code in its own catalogue.
            var codes = eigen.Select(p => p.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var partijen = c.Leden.Select(l => l.Zorgaanbieder!).Prepend(c.Zorgaanbieder!).ToList();
            foreach (var regio in a.Deelnames.Select(d => d.Regio!).Prepend(a.Regio!).Where(r => regioCode == null || r.Code == regioCode))
            {
                var gedekt = regio.Id == a.RegioId ? eigen : producten.Where(p => p.RegioId == regio.Id && codes.Contains(p.Code));
                foreach (var p in gedekt)
                {
                    foreach (var z in partijen)
                    {
                        rijen.Add(new GecontracteerdRij(c.Id, regio.Naam, regio.Code, p.Id, p.Code, p.Naam, p.Segment?.Naam, z.Id, z.Naam, c.Consortium, a.Naam, a.Id,
                            c.Start, ContractLevenscyclus.LaatsteDag(c)));
                    }
                }
            }
        }

        return [.. rijen.OrderBy(r => r.Regio, StringComparer.Ordinal).ThenBy(r => r.ProductCode, StringComparer.OrdinalIgnoreCase)
            .ThenBy(r => r.Zorgaanbieder, StringComparer.Create(Formatting.NlFormat.Cultuur, true))];
    }
}
