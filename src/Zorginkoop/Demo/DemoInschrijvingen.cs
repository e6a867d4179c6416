using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Data;
using Zorginkoop.Formatting;
using Zorginkoop.Gunning;
using Zorginkoop.Inschrijvingen;
using Zorginkoop.Vragen;

namespace Zorginkoop.Demo;

/// <summary>
/// Four practice procedures ("oefenaanbesteding") so the provider's side, the vault and the award can be tried: one
/// open, with its deadline four weeks after the demo was loaded; one whose deadline has passed with two sealed bids, for
/// the four-eyes opening; one with three bids whose vault is opened and whose assessment has started; and one
/// provisionally awarded whose standstill has ended, so an officer gives the final award and sees the contracts appear.
/// They are not from the sources and say so. Everything is done through the real paths (<see cref="Inschrijven"/>,
/// <see cref="Beoordelen"/>, <see cref="Gunnen"/>), at moments in the right order before the demo's load. Idempotent by name.
/// </summary>
public static class DemoInschrijvingen
{
    public const string OpenNaam = "Oefenaanbesteding Wmo Individuele Begeleiding 2027";
    public const string GeslotenNaam = "Oefenaanbesteding Jeugdhulp Ambulant 2027 (kluis)";
    public const string BeoordelingNaam = "Oefenaanbesteding Wmo Begeleiding 2027 (beoordeling)";
    public const string GunningNaam = "Oefenaanbesteding Jeugdhulp in Onderwijstijd 2027 (gunning)";
    private const string Oefening = "Dit is een oefenaanbesteding in de demo van Zorginkoop; zij komt niet uit de bronnen. ";

    public static async Task<int> LoadAsync(ZorginkoopDbContext db, Kluis kluis, DateTimeOffset nu, CancellationToken ct = default)
    {
        var lekstroom = await db.Regios.SingleOrDefaultAsync(r => r.Code == "lekstroom", ct);
        if (lekstroom is null)
        {
            return 0;
        }

        var nieuw = 0;
        var vandaag = NlFormat.InAmsterdam(nu).Date;
        var open = await Maak(db, lekstroom.Id, OpenNaam, "individuele-begeleiding", vandaag.AddDays(-7), vandaag.AddDays(28).AddHours(12),
            Oefening + "Lekstroom koopt deze begeleiding in samen met Utrecht-West. Schrijf in als demo-aanbieder: kies het perceel, " +
            "beantwoord de vragen, voeg het certificaat toe en dien in.", ct);
        if (open is not null)
        {
            nieuw++;
            // The demo's joint procedure (issue 15): Utrecht-West takes part, so its officers work on it too and its
            // municipalities are covered by the contracts.
            if (await db.Regios.Where(r => r.Code == "utrecht-west").Select(r => (int?)r.Id).SingleOrDefaultAsync(ct) is { } utrechtWest)
            {
                db.Deelnames.Add(new Deelname { AanbestedingId = open.Id, RegioId = utrechtWest });
                await db.SaveChangesAsync(ct);
            }

            await NotaVanInlichtingen(db, open, vandaag.AddDays(-6), ct);
        }

        var gesloten = await Maak(db, lekstroom.Id, GeslotenNaam, "ambulant", vandaag.AddDays(-35), vandaag.AddDays(-1).AddHours(12),
            Oefening + "De uiterste inschrijfdatum is verstreken; twee inschrijvingen liggen verzegeld in de kluis. Twee inkopers openen haar samen.", ct);
        if (gesloten is not null)
        {
            nieuw++;
            var eisen = await EisenBeheer.VanAsync(db, gesloten.Id, ct);
            foreach (var (naam, plan, prijs) in new[]
            {
                ("Stichting Kwintes", "Wij werken wijkgericht met vaste koppels van begeleiders en sluiten wekelijks aan bij het sociaal team.", 6750L),
                ("Reinaerde", "Onze ambulante teams bieden hulp thuis en op school, met één vast aanspreekpunt voor het gezin.", 7125L),
            })
            {
                await Inschrijving(db, kluis, gesloten, eisen, naam, plan, prijs, NlFormat.AlsAmsterdamseTijd(vandaag.AddDays(-3).AddHours(10)), ct);
            }

            // Its deadline has passed: closed now, as the deadline job would, so the demo starts in a settled state.
            if (AanbestedingAanpassen.Bijwerken(gesloten, nu))
            {
                await db.SaveChangesAsync(ct);
            }
        }

        var beoordeling = await Maak(db, lekstroom.Id, BeoordelingNaam, "individuele-begeleiding", vandaag.AddDays(-40), vandaag.AddDays(-2).AddHours(12),
            Oefening + "De kluis is al geopend door twee inkopers en de beoordeling is gestart: scoor de drie inschrijvingen als beoordelaar.", ct);
        if (beoordeling is not null)
        {
            nieuw++;
            var eisen = await EisenBeheer.VanAsync(db, beoordeling.Id, ct);
            foreach (var (naam, plan, prijs) in new[]
            {
                ("Stichting Abrona", "Begeleiding door vaste, kleine teams, met ervaringsdeskundigen en een wekelijks spreekuur in de wijk.", 6200L),
                ("Stichting Kwintes", "Begeleiding vanuit de buurtteams, met vaste begeleiders en avondbereikbaarheid.", 6400L),
                ("Reinaerde", "Begeleiding thuis met één vast aanspreekpunt, ook 's avonds bereikbaar.", 5900L),
            })
            {
                await Inschrijving(db, kluis, beoordeling, eisen, naam, plan, prijs, NlFormat.AlsAmsterdamseTijd(vandaag.AddDays(-4).AddHours(10)), ct);
            }

            var geopend = NlFormat.AlsAmsterdamseTijd(vandaag.AddDays(-2).AddHours(14));
            Controleer(await KluisOpenen.AanvragenAsync(db, beoordeling, "inkoper@demo.zorginkoop.nl", geopend, ct));
            Controleer(await KluisOpenen.BevestigenAsync(db, beoordeling, "inkoper2@demo.zorginkoop.nl", geopend.AddMinutes(5), ct));
            Controleer(await AanbestedingAanpassen.PasToeAsync(db, beoordeling, new Verzoek(Gebeurtenis.BeoordelingStarten), "inkoper@demo.zorginkoop.nl", geopend.AddMinutes(10), ct));
        }

        if (await GunningAsync(db, kluis, lekstroom.Id, vandaag, ct))
        {
            nieuw++;
        }

        return nieuw;
    }

    /// <summary>
    /// Bids, opening, two assessors' scores, consensus, quality final and the provisional award, 30 days before the load:
    /// the standstill of 20 days ended 10 days ago, so "definitief gunnen" is the officer's next step.
    /// </summary>
    private static async Task<bool> GunningAsync(ZorginkoopDbContext db, Kluis kluis, int regioId, DateTime vandaag, CancellationToken ct)
    {
        var a = await Maak(db, regioId, GunningNaam, "onderwijstijd", vandaag.AddDays(-75), vandaag.AddDays(-45).AddHours(12),
            Oefening + "Voorlopig gegund; de opschortingstermijn is verstreken zonder bezwaar. Geef als inkoper de definitieve gunning: " +
            "dan ontstaan de contracten, in het contractregister en op de lijst van gecontracteerde aanbieders.", ct);
        if (a is null)
        {
            return false;
        }

        var eisen = await EisenBeheer.VanAsync(db, a.Id, ct);
        foreach (var (naam, plan, prijs) in new[]
        {
            ("Stichting Abrona", "Onderwijszorg in de klas en op het speelplein, samen met de intern begeleider van de school.", 8900L),
            ("Reinaerde", "Een vaste jeugdhulpverlener per school, die ook thuis komt als dat nodig is.", 9400L),
        })
        {
            await Inschrijving(db, kluis, a, eisen, naam, plan, prijs, NlFormat.AlsAmsterdamseTijd(vandaag.AddDays(-47).AddHours(10)), ct);
        }

        var geopend = NlFormat.AlsAmsterdamseTijd(vandaag.AddDays(-44).AddHours(10));
        Controleer(await KluisOpenen.AanvragenAsync(db, a, "inkoper@demo.zorginkoop.nl", geopend, ct));
        Controleer(await KluisOpenen.BevestigenAsync(db, a, "inkoper2@demo.zorginkoop.nl", geopend.AddMinutes(5), ct));
        Controleer(await AanbestedingAanpassen.PasToeAsync(db, a, new Verzoek(Gebeurtenis.BeoordelingStarten), "inkoper@demo.zorginkoop.nl", geopend.AddMinutes(10), ct));
        var criteria = await Criteria.VanAsync(db, a.Id, ct);
        var uea = criteria.Single(c => c.Soort == CriteriumSoort.Eis);
        var kwaliteit = criteria.Single(c => c.Soort == CriteriumSoort.Kwaliteit);
        var beoordeeld = NlFormat.AlsAmsterdamseTijd(vandaag.AddDays(-38).AddHours(11));
        var inschrijvingen = await db.Inschrijvingen.Where(i => i.AanbestedingId == a.Id).OrderBy(i => i.Id).Select(i => i.Id).ToListAsync(ct);
        foreach (var (inschrijving, score) in inschrijvingen.Zip([8, 7]))
        {
            foreach (var wie in new[] { "beoordelaar@demo.zorginkoop.nl", "inkoper2@demo.zorginkoop.nl" })
            {
                Controleer(await Beoordelen.BewaarAsync(db, kluis, a, inschrijving, wie,
                    new Dictionary<int, Invoer> { [uea.Id] = new(1, null), [kwaliteit.Id] = new(score, "Het plan sluit aan bij de school en het sociaal team.") }, ct));
                Controleer(await Beoordelen.IndienenAsync(db, kluis, a, inschrijving, wie, beoordeeld, ct));
            }

            Controleer(await ConsensusVastleggen.HandleAsync(db, kluis, a, new(inschrijving, uea.Id, 1, "Verklaring aanwezig, geen uitsluitingsgronden."), "beoordelaar@demo.zorginkoop.nl", beoordeeld.AddHours(2), ct));
            Controleer(await ConsensusVastleggen.HandleAsync(db, kluis, a, new(inschrijving, kwaliteit.Id, score, "Beide beoordelaars kwamen op dezelfde score."), "beoordelaar@demo.zorginkoop.nl", beoordeeld.AddHours(2), ct));
        }

        var gegund = NlFormat.AlsAmsterdamseTijd(vandaag.AddDays(-30).AddHours(10));
        Controleer(await Beoordelen.VaststellenAsync(db, kluis, a, "inkoper@demo.zorginkoop.nl", gegund.AddHours(-1), ct));
        Controleer(await Gunnen.VoorlopigGunnenAsync(db, kluis, a, "inkoper@demo.zorginkoop.nl", gegund, ct));
        return true;
    }

    private static async Task<Aanbesteding?> Maak(ZorginkoopDbContext db, int regioId, string naam, string segmentCode, DateTime publicatie, DateTime deadline,
        string omschrijving, CancellationToken ct)
    {
        if (await db.Aanbestedingen.AnyAsync(a => a.RegioId == regioId && a.Naam == naam, ct))
        {
            return null;
        }

        var segment = await db.Segmenten.SingleAsync(s => s.RegioId == regioId && s.Code == segmentCode, ct);
        var a = Aanbesteding.Nieuw(regioId, naam, Procedurevorm.OpenbaarEuropees);
        a.Omschrijving = omschrijving;
        a.Publicatiedatum = DateOnly.FromDateTime(publicatie);
        a.VragenDeadline = NlFormat.AlsAmsterdamseTijd(deadline.AddDays(-14));
        a.Sluitingsmoment = NlFormat.AlsAmsterdamseTijd(deadline);
        a.ContractStart = new DateOnly(deadline.Year + 1, 1, 1);
        a.ContractEinde = a.ContractStart.Value.AddYears(3).AddDays(-1);
        a.Verlengingsopties = "2 × 1 jaar";
        a.Percelen.Add(new Perceel { Nummer = 1, Naam = segment.Naam, SegmentId = segment.Id });
        db.Aanbestedingen.Add(a);
        await db.SaveChangesAsync(ct);
        await EisenBeheer.StandaardToevoegenAsync(db, a, ct);
        // The criteria, so the practice can be run on to the award: the UEA as requirement, the plan and the price.
        Controleer(await CriteriumToevoegen.HandleAsync(db, a, new(CriteriumSoort.Eis, "UEA: geen uitsluitingsgronden", null, 0, 1, null), ct));
        Controleer(await CriteriumToevoegen.HandleAsync(db, a, new(CriteriumSoort.Kwaliteit, "Kwaliteitsplan", "Hulp dicht bij huis, integraal en samen met het sociaal team", 60, 10, null), ct));
        Controleer(await CriteriumToevoegen.HandleAsync(db, a, new(CriteriumSoort.Prijs, "Prijs per eenheid", null, 40, 1, null), ct));
        var weigering = await AanbestedingAanpassen.PasToeAsync(db, a, new Verzoek(Gebeurtenis.Publiceren), "demo", NlFormat.AlsAmsterdamseTijd(publicatie.AddHours(9)), ct);
        return weigering is null ? a : throw new InvalidOperationException($"Demo-aanbesteding {naam}: {weigering}");
    }

    private static async Task Inschrijving(ZorginkoopDbContext db, Kluis kluis, Aanbesteding a, IReadOnlyList<Inschrijvingseis> eisen, string aanbieder,
        string plan, long prijs, DateTimeOffset moment, CancellationToken ct)
    {
        var z = await db.Zorgaanbieders.FirstAsync(x => x.Naam == aanbieder, ct);
        var i = await Inschrijven.ConceptAsync(db, kluis, a.Id, z.Id, moment, ct);
        var kwaliteit = new Kwaliteitsdeel([1],
            eisen.Where(e => e.Soort == EisSoort.Verklaring).ToDictionary(e => e.Id, _ => true),
            eisen.Where(e => e.Soort == EisSoort.Vraag).ToDictionary(e => e.Id, _ => plan));
        Controleer(await Inschrijven.BewaarAsync(db, kluis, a, i, kwaliteit, new Prijsdeel(new Dictionary<int, long> { [1] = prijs }), moment, ct));
        foreach (var eis in eisen.Where(e => e.Soort == EisSoort.Bestand))
        {
            using var pdf = new MemoryStream(DemoPdf.Maak($"Kwaliteitscertificaat {aanbieder}", "Demobestand in een oefeninschrijving; geen echt certificaat."));
            Controleer(await Inschrijven.BewaarBestandAsync(db, kluis, a, i, eis, pdf, "kwaliteitscertificaat.pdf", moment, ct));
        }

        var uitkomst = await Inschrijven.IndienenAsync(db, kluis, a, i, Guid.NewGuid(), moment, ct);
        Controleer(uitkomst.Weigering);
    }

    /// <summary>Two questions of providers, answered and published as the first Nota van Inlichtingen.</summary>
    private static async Task NotaVanInlichtingen(ZorginkoopDbContext db, Aanbesteding a, DateTime dag, CancellationToken ct)
    {
        foreach (var (aanbieder, perceel, onderwerp, vraag, antwoord) in new (string, int?, string?, string, string)[]
        {
            ("Stichting Kwintes", 1, "Bestek, paragraaf 3.2", "Mag de begeleiding ook in een groep van twee cliënten worden gegeven, als beide cliënten daarmee instemmen?",
                "Nee. Dit perceel gaat over individuele begeleiding; begeleiding in een groep valt onder een ander product."),
            ("Reinaerde", null, null, "Wordt de tariefindexatie jaarlijks toegepast, en op welke index?",
                "Ja, per 1 januari van elk jaar met de OVA-index, zoals beschreven in de conceptovereenkomst."),
        })
        {
            var z = await db.Zorgaanbieders.FirstAsync(x => x.Naam == aanbieder, ct);
            var (v, fout) = await VraagStellen.HandleAsync(db, a, new(z.Id, vraag, perceel, onderwerp), "demo", NlFormat.AlsAmsterdamseTijd(dag.AddHours(10)), ct);
            Controleer(fout);
            Controleer(await VraagRegels.BeantwoordenAsync(db, v!, "demo", vraag, antwoord, ct));
        }

        Controleer((await VraagRegels.PublicerenAsync(db, a, "demo", NlFormat.AlsAmsterdamseTijd(dag.AddDays(2).AddHours(14)), ct)).Weigering);
    }

    private static void Controleer(Weigering? weigering) => Controleer(weigering?.Tekst);

    private static void Controleer(string? weigering)
    {
        if (weigering is not null)
        {
            throw new InvalidOperationException("Demo-inschrijving: " + weigering);
        }
    }
}
