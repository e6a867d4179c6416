using Zorginkoop.Catalogus;

namespace Zorginkoop.Tests.Catalogus;

/// <summary>A small hand-made region reference for rule tests that need no database.</summary>
internal static class Referentie
{
    public static readonly DateOnly Jan2024 = new(2024, 1, 1);

    public static CatalogusReferentie Maak(params Product[] producten) => new()
    {
        Regio = new Regio { Id = 1, Code = "lekstroom", Naam = "Regio Lekstroom" },
        Categorieen =
        [
            new ProductCategorie { Domein = Domein.Jeugd, Code = "43", Omschrijving = "Verblijf" },
            new ProductCategorie { Domein = Domein.Jeugd, Code = "50", Omschrijving = "Dagbehandeling" },
            new ProductCategorie { Domein = Domein.Wmo, Code = "02", Omschrijving = "Begeleiding" },
        ],
        Eenheden =
        [
            new Eenheid { Code = "01", Omschrijving = "Minuut", Naam = "minuut" },
            new Eenheid { Code = "04", Omschrijving = "Uur", Naam = "uur" },
            new Eenheid { Code = "14", Omschrijving = "Etmaal", Naam = "etmaal" },
            new Eenheid { Code = "16", Omschrijving = "Dagdeel (4 uur)", Naam = "dagdeel" },
            new Eenheid { Code = "82", Omschrijving = "Stuks (output)", Naam = "stuks" },
            new Eenheid { Code = "84", Omschrijving = "Stuks (inspanning)", Naam = "stuks inspanning" },
        ],
        Segmenten =
        [
            new Segment { Id = 10, RegioId = 1, Domein = Domein.Jeugd, Code = "ambulant", Naam = "Ambulant" },
            new Segment { Id = 11, RegioId = 1, Domein = Domein.Wmo, Code = "individuele-begeleiding", Naam = "Individuele Begeleiding" },
        ],
        Producten = producten,
    };

    public static Product Logeren(int id = 0, DateOnly? van = null, DateOnly? tot = null, string code = "43B11") => new()
    {
        Id = id,
        RegioId = 1,
        Code = code,
        Naam = "Logeren",
        Domein = Domein.Jeugd,
        CategorieCode = "43",
        Monitorgroep = "Verblijf",
        EenheidCode = "14",
        SegmentId = 10,
        GeldigVan = van ?? Jan2024,
        GeldigTot = tot,
    };
}
