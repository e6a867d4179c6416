using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;

namespace Zorginkoop.Catalogus.Import;

public sealed record CatalogusImportResultaat(
    string Regio,
    int ProductenNieuw,
    int ProductenBijgewerkt,
    int TarievenNieuw,
    int TarievenBijgewerkt,
    IReadOnlyList<ImportMelding> Meldingen)
{
    public bool Gelukt => Meldingen.Count == 0;
}

/// <summary>
/// Imports a catalogue file into one region. All or nothing: a file with any bad line stores nothing and reports every
/// problem with line, column and reason. A product with the same region, code and period is updated; a tariff with the
/// same start date is updated, and a new tariff ends the open-ended tariff before it on the day before it starts.
/// </summary>
public static class CatalogusImport
{
    private static readonly Dictionary<string, string> KolomVanVeld = new()
    {
        [nameof(Product.Code)] = "code",
        [nameof(Product.Naam)] = "naam",
        [nameof(Product.CategorieCode)] = "categorie",
        [nameof(Product.Monitorgroep)] = "monitorgroep",
        [nameof(Product.EenheidCode)] = "eenheid",
        [nameof(Product.SegmentId)] = "segment",
        [nameof(Product.GeldigVan)] = "geldig_van",
        [nameof(Product.GeldigTot)] = "geldig_tot",
        [nameof(Tarief.BedragCent)] = "tarief_cent",
    };

    public static async Task<CatalogusImportResultaat> RunAsync(
        ZorginkoopDbContext db, string regioCode, Stream bestand, CancellationToken ct = default)
    {
        var (regels, leesMeldingen) = CatalogusCsv.Lees(bestand);
        var referentie = await CatalogusReferentie.LoadAsync(db, regioCode, volgen: true, ct);
        if (referentie is null)
        {
            var regios = string.Join(", ", await db.Regios.OrderBy(r => r.Code).Select(r => r.Code).ToListAsync(ct));
            return new(regioCode, 0, 0, 0, 0, [new(0, null, $"Regio '{regioCode}' bestaat niet. Bekende regio's: {regios}.")]);
        }

        var meldingen = leesMeldingen.ToList();
        foreach (var onleesbaar in regels.Where(r => !r.Leesbaar))
        {
            ZoekEenheidEnSegment(onleesbaar, referentie, meldingen);
        }

        var producten = referentie.Producten.ToList();
        foreach (var groep in regels.Where(r => r.Leesbaar).GroupBy(r => (Code: r.Code.ToUpperInvariant(), r.GeldigVan, r.GeldigTot)))
        {
            VerwerkProduct(groep.ToList(), referentie, producten, meldingen);
        }

        if (meldingen.Count > 0)
        {
            db.ChangeTracker.Clear();
            return new(regioCode, 0, 0, 0, 0, meldingen.OrderBy(m => m.Regel).ThenBy(m => m.Kolom).ToList());
        }

        // Count what really changes: re-importing an export reports (and changes) nothing.
        db.ChangeTracker.DetectChanges();
        int Aantal<T>(EntityState state) where T : class => db.ChangeTracker.Entries<T>().Count(e => e.State == state);
        var resultaat = new CatalogusImportResultaat(regioCode, Aantal<Product>(EntityState.Added), Aantal<Product>(EntityState.Modified),
            Aantal<Tarief>(EntityState.Added), Aantal<Tarief>(EntityState.Modified), []);
        await using var transactie = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        await transactie.CommitAsync(ct);
        return resultaat;
    }

    private static (Eenheid? Eenheid, Segment? Segment) ZoekEenheidEnSegment(CatalogusRegel regel, CatalogusReferentie referentie, List<ImportMelding> meldingen)
    {
        var eenheid = referentie.ZoekEenheid(regel.Eenheid);
        if (eenheid is null && regel.Eenheid.Length > 0)
        {
            meldingen.Add(new(regel.Regel, "eenheid",
                $"'{regel.Eenheid}' is geen eenheid: gebruik een code uit WJ756 ({string.Join(", ", referentie.Eenheden.OrderBy(e => e.Code).Select(e => e.Code))}) of een naam zoals minuut, uur, etmaal, dagdeel, stuks, euro."));
        }

        Segment? segment = null;
        if (regel.Segment is not null && (segment = referentie.ZoekSegment(regel.Segment)) is null)
        {
            var bekend = string.Join(", ", referentie.Segmenten.OrderBy(s => s.Code).Select(s => s.Code));
            meldingen.Add(new(regel.Regel, "segment",
                $"Segment '{regel.Segment}' bestaat niet in regio {referentie.Regio.Code}. Bekende segmenten: {(bekend.Length > 0 ? bekend : "geen")}."));
        }

        return (eenheid, segment);
    }

    private static void VerwerkProduct(
        List<CatalogusRegel> groep, CatalogusReferentie referentie, List<Product> producten, List<ImportMelding> meldingen)
    {
        var eerste = groep[0];
        var voor = meldingen.Count;
        foreach (var r in groep.Skip(1).Where(r => !ZelfdeProduct(r, eerste)))
        {
            meldingen.Add(new(r.Regel, null,
                $"Product {r.Code} met dezelfde periode staat ook op regel {eerste.Regel}, maar met andere gegevens; alleen tarief_cent en tarief_vanaf mogen verschillen."));
        }

        var (eenheid, segment) = ZoekEenheidEnSegment(eerste, referentie, meldingen);

        if (meldingen.Count > voor)
        {
            return;
        }

        var product = producten.FirstOrDefault(p => p.Id != 0
            && string.Equals(p.Code, eerste.Code, StringComparison.OrdinalIgnoreCase)
            && p.GeldigVan == eerste.GeldigVan && p.GeldigTot == eerste.GeldigTot);
        var nieuw = product is null;
        product ??= new Product
        {
            Code = eerste.Code,
            Naam = eerste.Naam,
            CategorieCode = eerste.Categorie,
            Monitorgroep = eerste.Monitorgroep,
            EenheidCode = eenheid!.Code,
            RegioId = referentie.Regio.Id,
            Regio = referentie.Regio,
        };
        // A code that differs only in case is the same product: keep the code as stored.
        product.Naam = eerste.Naam;
        product.Domein = eerste.Domein;
        product.CategorieCode = eerste.Categorie;
        product.Monitorgroep = eerste.Monitorgroep;
        product.EenheidCode = eenheid!.Code;
        product.Segment = segment;
        product.SegmentId = segment?.Id;
        product.GeldigVan = eerste.GeldigVan;
        product.GeldigTot = eerste.GeldigTot;
        product.LandelijkeCode = eerste.LandelijkeCode;

        foreach (var m in ProductRegels.Valideer(product, referentie, producten.Where(p => p != product)))
        {
            meldingen.Add(new(eerste.Regel, KolomVanVeld.GetValueOrDefault(m.Veld), m.Tekst));
        }

        if (meldingen.Count > voor)
        {
            return;
        }

        if (nieuw)
        {
            producten.Add(product);
            referentie.Regio.Producten.Add(product);
        }

        VerwerkTarieven(groep, product, meldingen);
    }

    private static void VerwerkTarieven(List<CatalogusRegel> groep, Product product, List<ImportMelding> meldingen)
    {
        var tariefRegels = new Dictionary<DateOnly, CatalogusRegel>();
        foreach (var r in groep.Where(r => r.TariefCent is not null))
        {
            var vanaf = r.TariefVanaf!.Value;
            if (tariefRegels.TryGetValue(vanaf, out var eerder) && (eerder.TariefCent != r.TariefCent || eerder.TariefTot != r.TariefTot))
            {
                meldingen.Add(new(r.Regel, "tarief_vanaf",
                    $"Regel {eerder.Regel} geeft voor {vanaf:yyyy-MM-dd} al een ander tarief voor product {r.Code}."));
                continue;
            }

            tariefRegels[vanaf] = r;
            var bestaand = product.Tarieven.FirstOrDefault(t => t.GeldigVan == vanaf);
            if (bestaand is null)
            {
                product.Tarieven.Add(new Tarief { GeldigVan = vanaf, GeldigTot = r.TariefTot, BedragCent = r.TariefCent!.Value, Product = product });
            }
            else
            {
                bestaand.BedragCent = r.TariefCent!.Value;
                if (r.TariefTot is not null)
                {
                    bestaand.GeldigTot = r.TariefTot;
                }
            }
        }

        // A new tariff year ends the open-ended tariff before it, as a price list does.
        var gesorteerd = product.Tarieven.OrderBy(t => t.GeldigVan).ToList();
        for (var i = 0; i < gesorteerd.Count - 1; i++)
        {
            if (gesorteerd[i].GeldigTot is null)
            {
                gesorteerd[i].GeldigTot = gesorteerd[i + 1].GeldigVan.AddDays(-1);
            }
        }

        foreach (var tarief in gesorteerd)
        {
            var regel = tariefRegels.TryGetValue(tarief.GeldigVan, out var r) ? r.Regel : groep[0].Regel;
            foreach (var m in TariefRegels.Valideer(tarief, product, gesorteerd))
            {
                meldingen.Add(new(regel, m.Veld == nameof(Tarief.BedragCent) ? "tarief_cent" : "tarief_vanaf", m.Tekst));
            }
        }
    }

    private static bool ZelfdeProduct(CatalogusRegel a, CatalogusRegel b) =>
        a.Naam == b.Naam && a.Domein == b.Domein && a.Categorie == b.Categorie && a.Monitorgroep == b.Monitorgroep
        && string.Equals(a.Eenheid, b.Eenheid, StringComparison.OrdinalIgnoreCase)
        && string.Equals(a.Segment, b.Segment, StringComparison.OrdinalIgnoreCase) && a.LandelijkeCode == b.LandelijkeCode;
}
