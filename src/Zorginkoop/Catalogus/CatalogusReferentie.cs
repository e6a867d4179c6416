using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;

namespace Zorginkoop.Catalogus;

/// <summary>
/// What product rules need to know about one region: national categories, units, the region's segments and products.
/// Loaded once per request or import, so rules stay plain functions that tests can call without a database.
/// </summary>
public sealed class CatalogusReferentie
{
    public required Regio Regio { get; init; }
    public required IReadOnlyCollection<ProductCategorie> Categorieen { get; init; }
    public required IReadOnlyCollection<Eenheid> Eenheden { get; init; }
    public required IReadOnlyCollection<Segment> Segmenten { get; init; }

    /// <summary>The region's products, with their tariffs.</summary>
    public required IReadOnlyCollection<Product> Producten { get; init; }

    public static async Task<CatalogusReferentie?> LoadAsync(ZorginkoopDbContext db, string regioCode, bool volgen, CancellationToken ct = default)
    {
        var regio = await db.Regios.SingleOrDefaultAsync(r => r.Code == regioCode, ct);
        if (regio is null)
        {
            return null;
        }

        var producten = db.Producten.Include(p => p.Tarieven).Where(p => p.RegioId == regio.Id);
        return new CatalogusReferentie
        {
            Regio = regio,
            Categorieen = await db.ProductCategorieen.AsNoTracking().ToListAsync(ct),
            Eenheden = await db.Eenheden.AsNoTracking().ToListAsync(ct),
            Segmenten = await db.Segmenten.Where(s => s.RegioId == regio.Id).ToListAsync(ct),
            Producten = volgen ? await producten.ToListAsync(ct) : await producten.AsNoTracking().ToListAsync(ct),
        };
    }

    /// <summary>Finds a unit by its WJ756 code (<c>04</c>), short name (<c>uur</c>) or description, case-insensitive.</summary>
    public Eenheid? ZoekEenheid(string? tekst) => EenheidZoeker.Zoek(Eenheden, tekst);

    /// <summary>Finds a segment of the region by code or name, case-insensitive.</summary>
    public Segment? ZoekSegment(string? tekst)
    {
        if (string.IsNullOrWhiteSpace(tekst))
        {
            return null;
        }

        var t = tekst.Trim();
        return Segmenten.FirstOrDefault(s => string.Equals(s.Code, t, StringComparison.OrdinalIgnoreCase))
            ?? Segmenten.FirstOrDefault(s => string.Equals(s.Naam, t, StringComparison.OrdinalIgnoreCase));
    }

    public ProductCategorie? ZoekCategorie(Domein domein, string? code) =>
        Categorieen.FirstOrDefault(c => c.Domein == domein && c.Code == code?.Trim());
}
