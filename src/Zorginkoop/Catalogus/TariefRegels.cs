namespace Zorginkoop.Catalogus;

/// <summary>Rules for tariffs: a non-negative amount in cents, a valid period inside the product's, no overlaps.</summary>
public static class TariefRegels
{
    public static IReadOnlyList<Weigering> Valideer(Tarief tarief, Product product, IEnumerable<Tarief> andere)
    {
        var meldingen = new List<Weigering>();
        if (tarief.BedragCent < 0)
        {
            meldingen.Add(new("tarief.negatief", nameof(Tarief.BedragCent), "Een tarief kan niet negatief zijn."));
        }

        if (!tarief.Geldigheid.IsGeldig)
        {
            meldingen.Add(new("tarief.periode-omgekeerd", nameof(Tarief.GeldigTot), "De einddatum van het tarief ligt vóór de begindatum."));
            return meldingen;
        }

        // An open-ended tariff of a product with an end date simply ends with the product.
        if (!product.Geldigheid.Bevat(tarief.GeldigVan) || (tarief.GeldigTot is { } tot && !product.Geldigheid.Bevat(tot)))
        {
            meldingen.Add(new("tarief.buiten-product", nameof(Tarief.GeldigVan),
                $"Het tarief moet binnen de geldigheid van het product vallen ({Tekst(product.Geldigheid)})."));
        }

        var overlap = andere.FirstOrDefault(a => a != tarief && (a.Id == 0 || a.Id != tarief.Id) && a.Geldigheid.Overlapt(tarief.Geldigheid));
        if (overlap is not null)
        {
            meldingen.Add(new("tarief.periode-overlapt", nameof(Tarief.GeldigVan),
                $"De periode overlapt met het tarief {Tekst(overlap.Geldigheid)}: tariefperiodes van één product mogen niet overlappen."));
        }

        return meldingen;
    }

    /// <summary>A period as plain ISO text for messages, e.g. "van 2024-01-01 tot en met 2024-12-31".</summary>
    public static string Tekst(Periode p) =>
        (p.Van, p.Tot) switch
        {
            (null, null) => "onbeperkt geldig",
            ({ } van, null) => $"vanaf {van:yyyy-MM-dd}",
            (null, { } tot) => $"tot en met {tot:yyyy-MM-dd}",
            ({ } van, { } tot) => $"van {van:yyyy-MM-dd} tot en met {tot:yyyy-MM-dd}",
        };
}
