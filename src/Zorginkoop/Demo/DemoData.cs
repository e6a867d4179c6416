using Microsoft.EntityFrameworkCore;
using Zorginkoop.Catalogus;
using Zorginkoop.Data;

namespace Zorginkoop.Demo;

/// <summary>
/// Demo data from the two source documents (shared docs: domain.md): the regions Lekstroom and Utrecht-West, Lekstroom's
/// segments and products, Utrecht-West's products by the groups of the 2018 council table, and the 33 providers awarded
/// Wmo Individuele Begeleiding. Names are real; KvK and AGB numbers and tariffs are invented and marked as demo.
/// Idempotent: only what is missing is added, so it can run at every start and on any database.
/// </summary>
public static class DemoData
{
    // The decentralisation of 1 January 2015 (Jeugdwet, Wmo 2015): the monitor needs products valid before 2018 too.
    private static readonly DateOnly Van2015 = new(2015, 1, 1);
    private static readonly DateOnly ContractWmoIb = new(2022, 10, 1);
    private static readonly DateOnly ContractJeugd = new(2023, 8, 1);
    private static readonly DateOnly ContractGezinsvormen = new(2023, 7, 1);

    public static readonly IReadOnlyList<string> GegundeAanbiedersWmoIb =
    [
        "Actief Huiszorg B.V.", "Altijd iemand in de buurt B.V.", "ASVZ", "Baantraject B.V.", "Bij Bram B.V.",
        "Boba Groep B.V.", "DDN Coaching & Begeleiding in zorg V.O.F.", "De Zorgcoach", "EFM Support Team B.V.",
        "Eleos christelijke GGZ, St.", "GB Autisme", "Impegno Begeleiding B.V.", "Jayda B.V.", "Nedahuis B.V.",
        "Nieuwland Opleidingen B.V.", "Plushome B.V.", "Professionals in NAH B.V.", "Profila Zorggroep", "Reinaerde",
        "Stichting Abrona", "Stichting Beschermende Woonvormen Utrecht", "Stichting De Tussenvoorziening",
        "Stichting Ibass", "Stichting Kwintes", "Stichting Lelie zorggroep", "Stichting OOK Begeleiding",
        "Stichting Syndion", "Stichting Timon", "Stichting WIJ 3.0", "Stichting Zorgspectrum",
        "STYX Coaching & Training", "Tzorg", "Werk & Begeleiding Flevoland en Gooi B.V.",
    ];

    /// <param name="opslag">Where the demo documents of the trajectory go (the data folder's document store).</param>
    public static async Task<int> LoadAsync(ZorginkoopDbContext db, Documenten.DocumentStore opslag, CancellationToken ct = default)
    {
        var toegevoegd = 0;
        // The colours are illustrative (not the regions' own), dark enough for white text and links (WCAG 1.4.3).
        var lekstroom = await Regio(db, "lekstroom", "Regio Lekstroom", "#005a4b", ["0321", "0353", "0331", "0356", "1961"], ct);
        var utrechtWest = await Regio(db, "utrecht-west", "Utrecht-West", "#7a1f3d", ["0632", "0335", "0589", "1904", "0736"], ct);
        await db.SaveChangesAsync(ct);

        var segmenten = new (Domein, string Code, string Naam, string Omschrijving)[]
        {
            (Domein.Jeugd, "ambulant", "Ambulant", "Ambulante jeugdhulp: begeleiding en behandeling zonder verblijf."),
            (Domein.Jeugd, "onderwijstijd", "Jeugdhulp in Onderwijstijd", "Jeugdhulp onder schooltijd, waaronder schoolvervangende dagbehandeling."),
            (Domein.Jeugd, "crisis", "Crisis", "Crisishulp, met een innovatieopgave 'integrale crisisdienst'."),
            (Domein.Jeugd, "forensisch", "Forensisch", "Forensische ambulante jeugdhulp."),
            (Domein.Jeugd, "gezinsvormen", "Gezinsvormen", "(Deeltijd)verblijf in een gezinsvorm inclusief de benodigde hulp."),
            (Domein.Wmo, "individuele-begeleiding", "Individuele Begeleiding", "Wmo-begeleiding individueel, met maandtarieven."),
        };
        foreach (var (domein, code, naam, omschrijving) in segmenten)
        {
            if (!await db.Segmenten.AnyAsync(s => s.RegioId == lekstroom.Id && s.Code == code, ct))
            {
                db.Segmenten.Add(new Segment { RegioId = lekstroom.Id, Domein = domein, Code = code, Naam = naam, Omschrijving = omschrijving });
                toegevoegd++;
            }
        }

        await db.SaveChangesAsync(ct);
        var seg = await db.Segmenten.Where(s => s.RegioId == lekstroom.Id).ToDictionaryAsync(s => s.Code, ct);

        // Lekstroom: the two products re-opened for "onvoldoende dekking", the Gezinsvormen product and the Wmo IB products (codes illustrative).
        toegevoegd += await Producten(db, lekstroom,
        [
            P("43B11", "Logeren", Domein.Jeugd, "43", "Verblijf", "14", seg["ambulant"], ContractJeugd, 24500),
            P("50B32", "Schoolvervangende (dag)behandeling groep", Domein.Jeugd, "50", "Behandeling", "16", seg["onderwijstijd"], ContractJeugd, 9850),
            // Gezinsvormen (source: "(deeltijd) verblijf in een gezinsvorm"), contracted with de Combinatie from 1 July 2023.
            P("44B05", "Verblijf in een gezinshuis", Domein.Jeugd, "44", "Verblijf", "14", seg["gezinsvormen"], ContractGezinsvormen, 19800),
            P("02B01", "Individuele begeleiding licht (maandtarief)", Domein.Wmo, "02", "Begeleiding individueel", "82", seg["individuele-begeleiding"], ContractWmoIb, 31000),
            P("02B02", "Individuele begeleiding midden (maandtarief)", Domein.Wmo, "02", "Begeleiding individueel", "82", seg["individuele-begeleiding"], ContractWmoIb, 62000),
            P("02B03", "Individuele begeleiding zwaar (maandtarief)", Domein.Wmo, "02", "Begeleiding individueel", "82", seg["individuele-begeleiding"], ContractWmoIb, 112000),
        ], ct);

        // Utrecht-West: one product per line of the 2018 council table (second source), valid from 2015.
        toegevoegd += await Producten(db, utrechtWest,
        [
            P("43A03", "Jeugdhulp verblijf inclusief behandeling", Domein.Jeugd, "43", "Verblijf", "14", null, Van2015, 21500),
            P("44A01", "Jeugdhulp verblijf exclusief behandeling", Domein.Jeugd, "44", "Verblijf", "14", null, Van2015, 14000),
            P("45A51", "Behandeling individueel", Domein.Jeugd, "45", "Behandeling", "04", null, Van2015, 11000),
            P("45A48", "Begeleiding individueel", Domein.Jeugd, "45", "Begeleiding", "04", null, Van2015, 6500),
            P("41A03", "Dagbehandeling", Domein.Jeugd, "41", "Dagbesteding", "16", null, Van2015, 8500),
            P("54D01", "Dyslexiezorg (traject)", Domein.Jeugd, "54", "Dyslexie", "82", null, Van2015, 150000),
            P("40A01", "Persoonlijke verzorging", Domein.Jeugd, "40", "Persoonlijke verzorging", "04", null, Van2015, 5200),
            P("50I01", "Innovatieve arrangementen", Domein.Jeugd, "50", "Innovatie", "83", null, Van2015, 100),
            P("43E01", "Essentiële functies verblijf", Domein.Jeugd, "43", "Essentiële functies", "14", null, Van2015, 32000),
            P("07A01", "Begeleiding groep", Domein.Wmo, "07", "Begeleiding groep", "16", null, Van2015, 4500),
            P("02A03", "Begeleiding individueel", Domein.Wmo, "02", "Begeleiding individueel", "04", null, Van2015, 6000),
            P("07A05", "Arbeidsmatige dagbesteding", Domein.Wmo, "07", "Arbeidsmatige dagbesteding", "16", null, Van2015, 3500),
            P("04A01", "Kortdurend verblijf", Domein.Wmo, "04", "Kortdurend verblijf", "14", null, Van2015, 13500),
            P("08A01", "Vervoer naar dagbesteding", Domein.Wmo, "08", "Vervoer", "82", null, Van2015, 1250),
        ], ct);

        var bestaand = (await db.Zorgaanbieders.Select(z => z.AgbCode).ToListAsync(ct)).ToHashSet();
        for (var i = 0; i < GegundeAanbiedersWmoIb.Count; i++)
        {
            var nr = i + 1;
            var agb = $"9800{nr:0000}";
            if (bestaand.Contains(agb))
            {
                continue;
            }

            db.Zorgaanbieders.Add(new Zorgaanbieder
            {
                Naam = GegundeAanbiedersWmoIb[i],
                KvkNummer = $"9900{nr:0000}",
                AgbCode = agb,
                Plaats = i % 3 == 0 ? "Nieuwegein" : i % 3 == 1 ? "Houten" : "IJsselstein",
                IsDemo = true,
            });
            toegevoegd++;
        }

        await db.SaveChangesAsync(ct);
        toegevoegd += await DemoInkooptraject.LoadAsync(db, opslag, ct);
        toegevoegd += await DemoAanbestedingen.LoadAsync(db, ct);
        toegevoegd += await DemoContracten.LoadAsync(db, ct);
        return toegevoegd;
    }

    private static async Task<Regio> Regio(ZorginkoopDbContext db, string code, string naam, string kleur, string[] gemeenten, CancellationToken ct)
    {
        var regio = await db.Regios.Include(r => r.Gemeenten).SingleOrDefaultAsync(r => r.Code == code, ct);
        if (regio is null)
        {
            regio = new Regio { Code = code, Naam = naam, Kleur = kleur };
            db.Regios.Add(regio);
        }

        foreach (var g in await db.Gemeenten.Where(g => gemeenten.Contains(g.Code)).ToListAsync(ct))
        {
            if (!regio.Gemeenten.Contains(g))
            {
                regio.Gemeenten.Add(g);
            }
        }

        return regio;
    }

    private static Product P(string code, string naam, Domein domein, string categorie, string groep, string eenheid, Segment? segment, DateOnly van, long tariefCent) =>
        new()
        {
            Code = code,
            Naam = naam,
            Domein = domein,
            CategorieCode = categorie,
            Monitorgroep = groep,
            EenheidCode = eenheid,
            SegmentId = segment?.Id,
            GeldigVan = van,
            Tarieven = [new Tarief { BedragCent = tariefCent, GeldigVan = van }],
        };

    private static async Task<int> Producten(ZorginkoopDbContext db, Regio regio, Product[] producten, CancellationToken ct)
    {
        var codes = (await db.Producten.Where(p => p.RegioId == regio.Id).Select(p => p.Code).ToListAsync(ct)).ToHashSet();
        var nieuw = producten.Where(p => !codes.Contains(p.Code)).ToList();
        foreach (var p in nieuw)
        {
            p.RegioId = regio.Id;
            db.Producten.Add(p);
        }

        await db.SaveChangesAsync(ct);
        return nieuw.Count;
    }
}
