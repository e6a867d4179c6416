using System.Text.RegularExpressions;

namespace Zorginkoop.Catalogus;

/// <summary>Rules for a product in a region's catalogue. Messages are Dutch and keyed by property name.</summary>
public static partial class ProductRegels
{
    public static IReadOnlyList<Weigering> Valideer(Product p, CatalogusReferentie referentie, IEnumerable<Product>? andereProducten = null)
    {
        var meldingen = new List<Weigering>();
        if (string.IsNullOrWhiteSpace(p.Code))
        {
            meldingen.Add(new("product.code-ontbreekt", nameof(p.Code), "Vul de productcode in."));
        }
        else if (!CodePatroon().IsMatch(p.Code))
        {
            meldingen.Add(new("product.code-ongeldig", nameof(p.Code), "Een productcode bestaat uit 1 tot 20 letters en cijfers, zoals 43B11."));
        }

        if (string.IsNullOrWhiteSpace(p.Naam))
        {
            meldingen.Add(new("product.naam-ontbreekt", nameof(p.Naam), "Vul de naam van het product in."));
        }

        if (string.IsNullOrWhiteSpace(p.Monitorgroep))
        {
            meldingen.Add(new("product.monitorgroep-ontbreekt", nameof(p.Monitorgroep), "Vul de monitorgroep in, zoals Verblijf of Begeleiding groep."));
        }

        if (referentie.ZoekCategorie(p.Domein, p.CategorieCode) is null)
        {
            meldingen.Add(new("product.categorie-onbekend", nameof(p.CategorieCode),
                $"Categorie '{p.CategorieCode}' is geen landelijke productcategorie van {p.Domein.Naam()} (iStandaarden 3.2)."));
        }

        if (referentie.Eenheden.All(e => e.Code != p.EenheidCode))
        {
            meldingen.Add(new("product.eenheid-onbekend", nameof(p.EenheidCode), $"Eenheid '{p.EenheidCode}' is geen eenheid uit de codelijst WJ756."));
        }

        if (p.SegmentId is { } segmentId)
        {
            var segment = referentie.Segmenten.FirstOrDefault(s => s.Id == segmentId);
            if (segment is null)
            {
                meldingen.Add(new("product.segment-andere-regio", nameof(p.SegmentId), "Dit segment hoort niet bij de regio van het product."));
            }
            else if (segment.Domein != p.Domein)
            {
                meldingen.Add(new("product.segment-ander-domein", nameof(p.SegmentId),
                    $"Segment {segment.Naam} hoort bij {segment.Domein.Naam()}, het product bij {p.Domein.Naam()}."));
            }
        }

        if (!p.Geldigheid.IsGeldig)
        {
            meldingen.Add(new("product.periode-omgekeerd", nameof(p.GeldigTot), "De einddatum ligt vóór de begindatum."));
        }
        else
        {
            // One code means one product on any given day: care data is matched on code and date (issue Zorgdata).
            var overlap = (andereProducten ?? referentie.Producten).FirstOrDefault(a =>
                a != p && (a.Id == 0 || a.Id != p.Id) && string.Equals(a.Code, p.Code, StringComparison.OrdinalIgnoreCase)
                && a.Geldigheid.Overlapt(p.Geldigheid));
            if (overlap is not null)
            {
                meldingen.Add(new("product.periode-overlapt", nameof(p.GeldigVan),
                    $"Product {overlap.Code} bestaat al in deze regio ({TariefRegels.Tekst(overlap.Geldigheid)}); " +
                    "periodes van dezelfde productcode mogen niet overlappen."));
            }
        }

        return meldingen;
    }

    [GeneratedRegex("^[A-Za-z0-9]{1,20}\\z")]
    private static partial Regex CodePatroon();
}
