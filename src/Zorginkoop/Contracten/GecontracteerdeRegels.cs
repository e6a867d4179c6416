using Microsoft.EntityFrameworkCore;
using Zorginkoop.Catalogus;
using Zorginkoop.Data;

namespace Zorginkoop.Contracten;

/// <summary>
/// One line of what a municipality's back office checks an allocation (JW301) or a claim against: this provider may
/// deliver this product in this municipality from <see cref="Van"/> to <see cref="Tot"/> under this contract, at this
/// tariff (null: the catalogue has no tariff for those days).
/// </summary>
public sealed record GecontracteerdeRegel(
    string RegioCode, string GemeenteCode, string Gemeente, string ProductCode, string Product, string EenheidCode, string? LandelijkeCode,
    int ZorgaanbiederId, string Zorgaanbieder, string AgbCode, string KvkNummer, int ContractId, int AanbestedingId, DateOnly Van, DateOnly Tot, long? TariefCent);

/// <summary>What to list: all filters are optional; a <see cref="Peildatum"/> keeps the lines that hold on that day.</summary>
public sealed record GecontracteerdFilter(string? Regio = null, string? Gemeente = null, string? Productcode = null, string? Agb = null, DateOnly? Peildatum = null);

/// <summary>
/// The contracted supply per provider, product, municipality and period, with the tariff: each contract of
/// <see cref="Gecontracteerd"/> (lot → products, consortium → every member, joint procedure → every region) is cut by the
/// municipalities of its region, the product's own validity and the product's tariff periods. Without a peildatum the
/// lines of contracts that have not ended on <c>vandaag</c> are listed, their earlier tariff periods included (claims
/// over past months are still checked against them).
/// </summary>
public static class GecontracteerdeRegels
{
    public static async Task<List<GecontracteerdeRegel>> ZoekAsync(ZorginkoopDbContext db, GecontracteerdFilter filter, DateOnly vandaag, CancellationToken ct = default)
    {
        var peildatum = filter.Peildatum;
        var rijen = (await Gecontracteerd.ZoekAsync(db, peildatum ?? vandaag, Leeg(filter.Regio), ct))
            .Where(r => peildatum is not { } p || r.Start <= p)
            .Where(r => Leeg(filter.Productcode) is not { } code || string.Equals(r.ProductCode, code, StringComparison.OrdinalIgnoreCase))
            .ToList();
        var productIds = rijen.Select(r => r.ProductId).Distinct().ToList();
        var aanbiederIds = rijen.Select(r => r.ZorgaanbiederId).Distinct().ToList();
        var regioCodes = rijen.Select(r => r.RegioCode).Distinct().ToList();
        var producten = await db.Producten.AsNoTracking().Include(p => p.Tarieven).Where(p => productIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var aanbieders = await db.Zorgaanbieders.AsNoTracking().Where(z => aanbiederIds.Contains(z.Id)).ToDictionaryAsync(z => z.Id, ct);
        var gemeenten = (await db.Regios.AsNoTracking().Include(r => r.Gemeenten).Where(r => regioCodes.Contains(r.Code)).ToListAsync(ct))
            .ToDictionary(r => r.Code, r => r.Gemeenten.Where(g => Leeg(filter.Gemeente) is not { } code || g.Code == code).OrderBy(g => g.Code, StringComparer.Ordinal).ToList());

        var regels = new List<GecontracteerdeRegel>();
        foreach (var r in rijen)
        {
            var aanbieder = aanbieders[r.ZorgaanbiederId];
            if (Leeg(filter.Agb) is { } agb && aanbieder.AgbCode != agb)
            {
                continue;
            }

            var product = producten[r.ProductId];
            // The contract's days on which the product itself exists in the catalogue.
            var van = Later(r.Start, product.GeldigVan);
            var tot = Eerder(r.Einde, product.GeldigTot);
            foreach (var (deelVan, deelTot, tarief) in Delen(van, tot, product.Tarieven))
            {
                if (peildatum is { } p && (p < deelVan || p > deelTot))
                {
                    continue;
                }

                foreach (var g in gemeenten[r.RegioCode])
                {
                    regels.Add(new GecontracteerdeRegel(r.RegioCode, g.Code, g.Naam, product.Code, product.Naam, product.EenheidCode, product.LandelijkeCode,
                        aanbieder.Id, aanbieder.Naam, aanbieder.AgbCode, aanbieder.KvkNummer, r.ContractId, r.AanbestedingId, deelVan, deelTot, tarief?.BedragCent));
                }
            }
        }

        return [.. regels.OrderBy(l => l.GemeenteCode, StringComparer.Ordinal).ThenBy(l => l.ProductCode, StringComparer.OrdinalIgnoreCase)
            .ThenBy(l => l.AgbCode, StringComparer.Ordinal).ThenBy(l => l.ContractId).ThenBy(l => l.Van)];
    }

    /// <summary>
    /// Cuts [van, tot] by the tariff periods: a part under each tariff, and a part without a tariff where none holds
    /// (the back office must see that gap rather than miss those days).
    /// </summary>
    internal static IEnumerable<(DateOnly Van, DateOnly Tot, Tarief? Tarief)> Delen(DateOnly van, DateOnly tot, IEnumerable<Tarief> tarieven)
    {
        var vanaf = van;
        foreach (var t in tarieven.Where(t => t.Geldigheid.Overlapt(new Periode(van, tot))).OrderBy(t => t.GeldigVan))
        {
            if (vanaf > tot)
            {
                yield break;
            }

            if (t.GeldigVan > vanaf)
            {
                yield return (vanaf, t.GeldigVan.AddDays(-1), null);
                vanaf = t.GeldigVan;
            }

            var einde = Eerder(tot, t.GeldigTot);
            if (einde >= vanaf)
            {
                yield return (vanaf, einde, t);
                vanaf = einde.AddDays(1);
            }
        }

        if (vanaf <= tot)
        {
            yield return (vanaf, tot, null);
        }
    }

    private static string? Leeg(string? tekst) => string.IsNullOrWhiteSpace(tekst) ? null : tekst.Trim();

    private static DateOnly Later(DateOnly a, DateOnly? b) => b is { } x && x > a ? x : a;

    private static DateOnly Eerder(DateOnly a, DateOnly? b) => b is { } x && x < a ? x : a;
}
