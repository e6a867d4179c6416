using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;

namespace Zorginkoop.Aanbestedingen;

/// <summary>Adding and removing lots. Lots are fixed once a procedure is published (bids are made per lot).</summary>
public static class Percelen
{
    /// <summary>Adds a lot for a segment or a product of the procedure's region; the refusal in Dutch, else null.</summary>
    public static async Task<Weigering?> VoegToeAsync(ZorginkoopDbContext db, Aanbesteding a, int? segmentId, int? productId, string? naam, CancellationToken ct = default)
    {
        if (a.Status != AanbestedingStatus.Concept)
        {
            return Weigering.Geheel("perceel.vast-na-publicatie", "Percelen liggen vast sinds de publicatie: bij een andere indeling hoort een nieuwe aanbesteding.");
        }

        if ((segmentId is null) == (productId is null))
        {
            return Weigering.Geheel("perceel.segment-of-product", "Kies een segment óf een product voor het perceel.");
        }

        await db.Entry(a).Collection(x => x.Percelen).LoadAsync(ct);
        string standaardNaam;
        if (segmentId is { } s)
        {
            var segment = await db.Segmenten.SingleOrDefaultAsync(x => x.Id == s && x.RegioId == a.RegioId, ct);
            if (segment is null)
            {
                return new Weigering("perceel.segment-andere-regio", "Segment", "Kies een segment van de regio van deze aanbesteding.");
            }

            if (a.Percelen.Any(p => p.SegmentId == s))
            {
                return new Weigering("perceel.segment-dubbel", "Segment", $"Segment {segment.Naam} is al een perceel van deze aanbesteding.");
            }

            standaardNaam = segment.Naam;
        }
        else
        {
            var product = await db.Producten.SingleOrDefaultAsync(x => x.Id == productId && x.RegioId == a.RegioId, ct);
            if (product is null)
            {
                return new Weigering("perceel.product-andere-regio", "Product", "Kies een product van de regio van deze aanbesteding.");
            }

            if (a.Percelen.Any(p => p.ProductId == productId))
            {
                return new Weigering("perceel.product-dubbel", "Product", $"Product {product.Code} is al een perceel van deze aanbesteding.");
            }

            standaardNaam = $"{product.Code} {product.Naam}";
        }

        naam = string.IsNullOrWhiteSpace(naam) ? standaardNaam : naam.Trim();
        if (naam.Length > 300)
        {
            return new Weigering("perceel.naam-te-lang", "Naam", "De naam van het perceel is te lang: ten hoogste 300 tekens.");
        }

        a.Percelen.Add(new Perceel
        {
            Nummer = a.Percelen.Count == 0 ? 1 : a.Percelen.Max(p => p.Nummer) + 1,
            Naam = naam,
            SegmentId = segmentId,
            ProductId = productId,
        });
        await db.SaveChangesAsync(ct);
        return null;
    }

    public static async Task<Weigering?> VerwijderAsync(ZorginkoopDbContext db, Aanbesteding a, int perceelId, CancellationToken ct = default)
    {
        if (a.Status != AanbestedingStatus.Concept)
        {
            return Weigering.Geheel("perceel.vast-na-publicatie", "Percelen liggen vast sinds de publicatie: bij een andere indeling hoort een nieuwe aanbesteding.");
        }

        var perceel = await db.Percelen.SingleOrDefaultAsync(p => p.Id == perceelId && p.AanbestedingId == a.Id, ct);
        if (perceel is null)
        {
            return Weigering.Geheel("perceel.niet-gevonden", "Dit perceel hoort niet bij deze aanbesteding.");
        }

        db.Percelen.Remove(perceel);
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>The product ids a lot covers: the product itself, or every product of the segment.</summary>
    public static async Task<IReadOnlyList<int>> ProductenAsync(ZorginkoopDbContext db, Aanbesteding a, CancellationToken ct = default)
    {
        var percelen = await db.Percelen.Where(p => p.AanbestedingId == a.Id).ToListAsync(ct);
        var segmenten = percelen.Where(p => p.SegmentId is not null).Select(p => p.SegmentId!.Value).ToList();
        var uitSegmenten = await db.Producten.Where(p => p.SegmentId != null && segmenten.Contains(p.SegmentId.Value)).Select(p => p.Id).ToListAsync(ct);
        return percelen.Where(p => p.ProductId is not null).Select(p => p.ProductId!.Value).Concat(uitSegmenten).Distinct().ToList();
    }
}
