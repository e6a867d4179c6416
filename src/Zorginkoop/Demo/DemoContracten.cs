using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Catalogus;
using Zorginkoop.Contracten;
using Zorginkoop.Data;
using Zorginkoop.Formatting;
using Zorginkoop.Gunning;

namespace Zorginkoop.Demo;

/// <summary>
/// The contracts of the sources: Wmo Individuele Begeleiding awarded to the 33 named providers from 1 October 2022
/// (both extension options used, as a region would), Gezinsvormen with "de Combinatie" (Stichting Timon as lead, with
/// de Rading, Leger des Heils and Youké) from 1 July 2023 with a transformation plan and budget, and an Open House
/// procedure of Utrecht-West with admitted providers, made through the real admission path. Extension dates, the
/// budget and the Utrecht-West procedure are not in the sources and say so. Idempotent.
/// </summary>
public static class DemoContracten
{
    public const string OpenHouseNaam = "Open House Jeugdhulp Utrecht-West 2024-2027";
    public const string Combinatie = "de Combinatie";
    public static readonly IReadOnlyList<string> CombinatieLeden = ["Stichting de Rading", "Stichting Leger des Heils", "Stichting Youké"];

    public static async Task<int> LoadAsync(ZorginkoopDbContext db, CancellationToken ct = default)
    {
        var (aanbieders, nieuw) = await AanbiedersAsync(db, ct);

        var wmoIb = await db.Aanbestedingen.SingleOrDefaultAsync(a => a.Naam == "Wmo Individuele Begeleiding regio Lekstroom", ct);
        if (wmoIb is not null && !await db.Raamovereenkomsten.AnyAsync(c => c.AanbestedingId == wmoIb.Id, ct))
        {
            foreach (var naam in DemoData.GegundeAanbiedersWmoIb)
            {
                var c = Raamovereenkomsten.Nieuw(wmoIb, 1, aanbieders[naam], ContractHerkomst.Gunning, new DateOnly(2022, 10, 1));
                // Both options of "2 × 1 jaar" used, decided half a year before each end (dates approximated).
                Controleer(Raamovereenkomsten.Besluit(c, new ContractVerzoek(ContractGebeurtenis.Verlengen, "Collegebesluit verlenging (demo, datum benaderd)"), new DateOnly(2025, 3, 3)));
                Controleer(Raamovereenkomsten.Besluit(c, new ContractVerzoek(ContractGebeurtenis.Verlengen, "Collegebesluit tweede verlenging (demo, datum benaderd)"), new DateOnly(2026, 3, 2)));
                db.Raamovereenkomsten.Add(c);
                nieuw++;
            }
        }

        var gezinsvormen = await db.Aanbestedingen.SingleOrDefaultAsync(a => a.Naam == "Gezinsvormen", ct);
        if (gezinsvormen is not null && !await db.Raamovereenkomsten.AnyAsync(c => c.AanbestedingId == gezinsvormen.Id, ct))
        {
            var c = Raamovereenkomsten.Nieuw(gezinsvormen, 1, aanbieders["Stichting Timon"], ContractHerkomst.Gunning, new DateOnly(2023, 7, 1));
            // A transformation contract runs longer than three years; the source gives no end (five years is approximated).
            c.Einde = c.OorspronkelijkEinde = new DateOnly(2028, 6, 30);
            c.Consortium = Combinatie;
            c.Transformatieplan = "Transformatieplan Gezinsvormen: meer kinderen opgroeien in een gezin in plaats van in een instelling, " +
                "door gezinshuizen en pleegzorg samen te organiseren, met één toegang voor de gemeenten. (Demo: samenvatting, niet de brontekst.)";
            c.TransformatiebudgetCent = 150_000_000; // demo figure, not from the sources
            foreach (var lid in CombinatieLeden)
            {
                c.Leden.Add(new ContractLid { ZorgaanbiederId = aanbieders[lid] });
            }

            db.Raamovereenkomsten.Add(c);
            nieuw++;
        }

        await db.SaveChangesAsync(ct);
        nieuw += await OpenHouseAsync(db, aanbieders, ct);
        return nieuw;
    }

    /// <summary>The Open House of Utrecht-West: published in January 2024, running from 1 April 2024, five providers admitted, one rejected, one waiting.</summary>
    private static async Task<int> OpenHouseAsync(ZorginkoopDbContext db, Dictionary<string, int> aanbieders, CancellationToken ct)
    {
        var regio = await db.Regios.SingleOrDefaultAsync(r => r.Code == "utrecht-west", ct);
        if (regio is null || await db.Aanbestedingen.AnyAsync(a => a.Naam == OpenHouseNaam, ct))
        {
            return 0;
        }

        var producten = await db.Producten.Where(p => p.RegioId == regio.Id && (p.Code == "45A48" || p.Code == "45A51")).OrderBy(p => p.Code).ToListAsync(ct);
        var a = Aanbesteding.Nieuw(regio.Id, OpenHouseNaam, Procedurevorm.OpenHouse);
        a.Omschrijving = "Toelatingsprocedure voor ambulante jeugdhulp: iedere aanbieder die aan de eisen voldoet, wordt toegelaten. " +
            "Tussentijds toetreden kan tot drie maanden voor het einde. Deze procedure is een voorbeeld in de demo; zij komt niet uit de bronnen.";
        a.Publicatiedatum = new DateOnly(2024, 1, 8);
        a.Sluitingsmoment = NlFormat.AlsAmsterdamseTijd(new DateTime(2027, 12, 31, 12, 0, 0));
        a.ContractStart = new DateOnly(2024, 4, 1);
        a.ContractEinde = new DateOnly(2027, 12, 31);
        var nummer = 1;
        foreach (var p in producten)
        {
            a.Percelen.Add(new Perceel { Nummer = nummer++, Naam = $"{p.Code} {p.Naam}", ProductId = p.Id });
        }

        db.Aanbestedingen.Add(a);
        await db.SaveChangesAsync(ct);
        Controleer(await CriteriumToevoegen.HandleAsync(db, a, new(CriteriumSoort.Eis, "Registratie van de jeugdprofessionals in het SKJ- of BIG-register", null, 0, 1, null), ct));
        Controleer(await CriteriumToevoegen.HandleAsync(db, a, new(CriteriumSoort.Eis, "Een geldige Verklaring Omtrent het Gedrag (VOG) voor elke medewerker", null, 0, 1, null), ct));
        Controleer(await CriteriumToevoegen.HandleAsync(db, a, new(CriteriumSoort.Eis, "Een kwaliteitssysteem (bijvoorbeeld HKZ) of gelijkwaardig", null, 0, 1, null), ct));
        Controleer(await AanbestedingAanpassen.PasToeAsync(db, a, new Verzoek(Gebeurtenis.Publiceren), "demo", NlFormat.AlsAmsterdamseTijd(new DateTime(2024, 1, 8, 9, 0, 0)), ct));
        Controleer(await AanbestedingAanpassen.PasToeAsync(db, a, new Verzoek(Gebeurtenis.ContractStarten), "demo", NlFormat.AlsAmsterdamseTijd(new DateTime(2024, 4, 1, 0, 0, 0)), ct));

        var eisen = (await Criteria.VanAsync(db, a.Id, ct)).Select(c => c.Id).ToList();
        var opties = new ContractOptions();
        var dag = new DateTime(2024, 2, 5, 10, 0, 0);
        foreach (var (naam, percelen, besluit) in new (string, int[], bool?)[]
        {
            ("Stichting Kwintes", [1, 2], true), ("Reinaerde", [1], true), ("Stichting Abrona", [1, 2], true), ("GB Autisme", [2], true),
            ("De Zorgcoach", [1], true), ("Jayda B.V.", [1], false), ("Impegno Begeleiding B.V.", [1, 2], null),
        })
        {
            var moment = NlFormat.AlsAmsterdamseTijd(dag);
            Controleer(await ToelatingAanvragen.HandleAsync(db, a, opties, new(aanbieders[naam], percelen, eisen), "demo", moment, ct));
            if (besluit is { } toelaten)
            {
                var aanvraag = await db.Toelatingsaanvragen.SingleAsync(t => t.AanbestedingId == a.Id && t.ZorgaanbiederId == aanbieders[naam], ct);
                Controleer(await ToelatingBeslissen.HandleAsync(db, a, new(aanvraag.Id, toelaten, toelaten ? null : "De verklaringen omtrent het gedrag zijn niet voor alle medewerkers overgelegd (demo)."), "demo", moment.AddDays(10), ct));
            }

            dag = dag.AddDays(45);
        }

        return 1;
    }

    /// <summary>The providers by name; the members of de Combinatie are added to the register (demo numbers) when missing.</summary>
    private static async Task<(Dictionary<string, int> PerNaam, int Toegevoegd)> AanbiedersAsync(ZorginkoopDbContext db, CancellationToken ct)
    {
        var toegevoegd = 0;
        var bestaand = await db.Zorgaanbieders.Select(z => z.Naam).ToListAsync(ct);
        for (var i = 0; i < CombinatieLeden.Count; i++)
        {
            if (!bestaand.Contains(CombinatieLeden[i]))
            {
                db.Zorgaanbieders.Add(new Zorgaanbieder
                {
                    Naam = CombinatieLeden[i],
                    KvkNummer = $"9901{i + 1:0000}",
                    AgbCode = $"9810{i + 1:0000}",
                    Plaats = "Utrecht",
                    IsDemo = true,
                });
                toegevoegd++;
            }
        }

        await db.SaveChangesAsync(ct);
        return ((await db.Zorgaanbieders.Select(z => new { z.Naam, z.Id }).ToListAsync(ct)).GroupBy(z => z.Naam).ToDictionary(g => g.Key, g => g.Min(z => z.Id)), toegevoegd);
    }

    private static void Controleer(Weigering? weigering) => Controleer(weigering?.Tekst);

    private static void Controleer(string? weigering)
    {
        if (weigering is not null)
        {
            throw new InvalidOperationException("Democontracten: " + weigering);
        }
    }
}
