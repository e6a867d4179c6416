using Zorginkoop.Data;

namespace Zorginkoop.Catalogus;

/// <summary>Adds a product to a region's catalogue or changes one, by the product rules (<see cref="ProductRegels"/>).</summary>
public static class ProductOpslaan
{
    public sealed record Gegevens(
        string? Code, string? Naam, string? Domein, string? CategorieCode, string? Monitorgroep, string? EenheidCode,
        int? SegmentId, DateOnly? GeldigVan, DateOnly? GeldigTot, string? LandelijkeCode);

    public static async Task<Resultaat<Product>> HandleAsync(ZorginkoopDbContext db, string regioCode, int? id, Gegevens g, CancellationToken ct = default)
    {
        var referentie = await CatalogusReferentie.LoadAsync(db, regioCode, volgen: true, ct);
        var bestaand = id is null ? null : referentie?.Producten.SingleOrDefault(p => p.Id == id);
        if (referentie is null || (id is not null && bestaand is null))
        {
            return Resultaat.Geweigerd<Product>(Weigering.Geheel("product.niet-gevonden", "Dit product bestaat niet (meer)."));
        }

        var weigeringen = new List<Weigering>();
        if (!DomeinCodes.TryParse(g.Domein, out var domein))
        {
            // The other rules (category, segment) are judged per domain, so without one they cannot be.
            return Resultaat.Geweigerd<Product>(new Weigering("product.domein-onbekend", nameof(g.Domein), "Kies jeugd of wmo."));
        }

        // The rules judge a candidate, so a refused change never touches the tracked product the page shares.
        var kandidaat = new Product { Id = bestaand?.Id ?? 0, Code = "", Naam = "", CategorieCode = "", Monitorgroep = "", EenheidCode = "", RegioId = referentie.Regio.Id };
        KopieerNaar(g, domein, kandidaat);
        weigeringen.AddRange(ProductRegels.Valideer(kandidaat, referentie));
        if (weigeringen.Count > 0)
        {
            return Resultaat.Geweigerd<Product>(weigeringen);
        }

        var product = bestaand ?? kandidaat;
        KopieerNaar(g, domein, product);
        if (bestaand is null)
        {
            db.Producten.Add(product);
        }

        await db.SaveChangesAsync(ct);
        return Resultaat.Goed(product);
    }

    private static void KopieerNaar(Gegevens g, Domein domein, Product p)
    {
        p.Code = g.Code?.Trim() ?? "";
        p.Naam = g.Naam?.Trim() ?? "";
        p.Domein = domein;
        p.CategorieCode = g.CategorieCode?.Trim() ?? "";
        p.Monitorgroep = g.Monitorgroep?.Trim() ?? "";
        p.EenheidCode = g.EenheidCode?.Trim() ?? "";
        p.SegmentId = g.SegmentId;
        p.GeldigVan = g.GeldigVan;
        p.GeldigTot = g.GeldigTot;
        p.LandelijkeCode = string.IsNullOrWhiteSpace(g.LandelijkeCode) ? null : g.LandelijkeCode.Trim();
    }
}
