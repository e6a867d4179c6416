using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;
using Zorginkoop.Formatting;

namespace Zorginkoop.Catalogus;

/// <summary>Sets a product's tariff for a period (<see cref="TariefRegels"/>: not negative, inside the product's period, no overlaps).</summary>
public static class TariefOpslaan
{
    /// <param name="Bedrag">Euro as typed, Dutch style ("125,50").</param>
    public sealed record Gegevens(string? Bedrag, DateOnly? GeldigVan, DateOnly? GeldigTot);

    public static Task<Resultaat<Tarief>> HandleAsync(ZorginkoopDbContext db, string regioCode, int productId, int? tariefId, Gegevens g, CancellationToken ct = default) =>
        HandleAsync(db, regioCode, productId, tariefId, NlFormat.LeesBedragCent(g.Bedrag), g.GeldigVan, g.GeldigTot,
            "Vul het tarief in euro in, met hoogstens twee cijfers achter de komma, zoals 125,50.", ct);

    /// <summary>The same with the amount in eurocents (the API), null when it could not be read (<paramref name="bedragOngeldig"/> says how to write it).</summary>
    public static async Task<Resultaat<Tarief>> HandleAsync(ZorginkoopDbContext db, string regioCode, int productId, int? tariefId, long? cent, DateOnly? geldigVan,
        DateOnly? geldigTot, string bedragOngeldig, CancellationToken ct = default)
    {
        var g = new Gegevens(null, geldigVan, geldigTot);
        var product = await db.Producten.Include(p => p.Regio).Include(p => p.Eenheid).Include(p => p.Tarieven)
            .SingleOrDefaultAsync(p => p.Id == productId && p.Regio!.Code == regioCode, ct);
        var bestaand = product?.Tarieven.SingleOrDefault(t => t.Id == tariefId);
        if (product is null || (tariefId is not null && bestaand is null))
        {
            return Resultaat.Geweigerd<Tarief>(Weigering.Geheel("tarief.niet-gevonden", "Dit tarief bestaat niet (meer)."));
        }

        var weigeringen = new List<Weigering>();
        if (cent is null)
        {
            weigeringen.Add(new("tarief.bedrag-ongeldig", nameof(g.Bedrag), bedragOngeldig));
        }

        if (g.GeldigVan is null)
        {
            weigeringen.Add(new("tarief.begindatum-ontbreekt", nameof(g.GeldigVan), "Vul de datum in waarop het tarief ingaat."));
        }

        if (weigeringen.Count > 0)
        {
            return Resultaat.Geweigerd<Tarief>(weigeringen);
        }

        // The rules judge the new values against the product's other tariffs; a candidate keeps the stored one untouched until they pass.
        var kandidaat = new Tarief { Id = bestaand?.Id ?? 0, ProductId = product.Id, BedragCent = cent!.Value, GeldigVan = g.GeldigVan!.Value, GeldigTot = g.GeldigTot };
        var regels = TariefRegels.Valideer(kandidaat, product, product.Tarieven.Where(t => t != bestaand))
            .Select(w => w.Veld == nameof(Tarief.BedragCent) ? w with { Veld = nameof(g.Bedrag) } : w).ToList();
        if (regels.Count > 0)
        {
            return Resultaat.Geweigerd<Tarief>(regels);
        }

        var tarief = bestaand ?? kandidaat;
        (tarief.BedragCent, tarief.GeldigVan, tarief.GeldigTot) = (kandidaat.BedragCent, kandidaat.GeldigVan, kandidaat.GeldigTot);
        if (bestaand is null)
        {
            db.Tarieven.Add(tarief);
        }

        await db.SaveChangesAsync(ct);
        return Resultaat.Goed(tarief);
    }
}
