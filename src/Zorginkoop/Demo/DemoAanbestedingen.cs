using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Data;
using Zorginkoop.Formatting;

namespace Zorginkoop.Demo;

/// <summary>
/// The procedures of the first source (Lekstroom's "Inkooptrajecten" page), run through the real lifecycle at the
/// moments the source gives. Where the source gives no date (a provisional award, a publication), a plausible one is
/// used and the description says so. Idempotent: a procedure that exists by name is left alone.
/// </summary>
public static class DemoAanbestedingen
{
    private const string Benaderd = " Datums die de bron niet noemt (publicatie, voorlopige gunning) zijn benaderd.";

    public static async Task<int> LoadAsync(ZorginkoopDbContext db, CancellationToken ct = default)
    {
        var lekstroom = await db.Regios.SingleAsync(r => r.Code == "lekstroom", ct);
        var bestaand = (await db.Aanbestedingen.Where(a => a.RegioId == lekstroom.Id).Select(a => a.Naam).ToListAsync(ct)).ToHashSet();
        var traject = await db.Inkooptrajecten.SingleAsync(t => t.RegioId == lekstroom.Id && t.Naam == DemoInkooptraject.Naam, ct);
        var segmenten = await db.Segmenten.Where(s => s.RegioId == lekstroom.Id).ToDictionaryAsync(s => s.Code, ct);
        var producten = await db.Producten.Where(p => p.RegioId == lekstroom.Id).ToDictionaryAsync(p => p.Code, ct);
        var nieuw = 0;

        // The lots: a segment code, or a product code for a re-opening.
        async Task<Aanbesteding?> Maak(string naam, Procedurevorm vorm, string? tn, string omschrijving, DateTime publicatie, DateTime deadline,
            DateOnly contractStart, string[] percelen, params (Verzoek Verzoek, DateTime Moment)[] verhaal)
        {
            if (bestaand.Contains(naam))
            {
                return null;
            }

            var a = Aanbesteding.Nieuw(lekstroom.Id, naam, vorm);
            a.InkooptrajectId = traject.Id;
            a.TenderNedKenmerk = tn;
            a.Omschrijving = omschrijving;
            a.Publicatiedatum = DateOnly.FromDateTime(publicatie);
            a.VragenDeadline = NlFormat.AlsAmsterdamseTijd(deadline.AddDays(-14));
            a.Sluitingsmoment = NlFormat.AlsAmsterdamseTijd(deadline);
            a.ContractStart = contractStart;
            a.ContractEinde = contractStart.AddYears(3).AddDays(-1);
            a.Verlengingsopties = vorm == Procedurevorm.DialoogEenGegadigde ? null : "2 × 1 jaar";
            var nummer = 1;
            foreach (var code in percelen)
            {
                a.Percelen.Add(segmenten.TryGetValue(code, out var segment)
                    ? new Perceel { Nummer = nummer++, Naam = segment.Naam, SegmentId = segment.Id }
                    : new Perceel { Nummer = nummer++, Naam = $"{code} {producten[code].Naam}", ProductId = producten[code].Id });
            }

            db.Aanbestedingen.Add(a);
            foreach (var (verzoek, moment) in verhaal.Prepend((new Verzoek(Gebeurtenis.Publiceren), publicatie)))
            {
                var weigering = await AanbestedingAanpassen.PasToeAsync(db, a, verzoek, "demo", NlFormat.AlsAmsterdamseTijd(moment), ct);
                if (weigering is not null)
                {
                    throw new InvalidOperationException($"Demo-aanbesteding {naam}: {weigering}");
                }
            }

            nieuw++;
            return a;
        }

        await Maak("Wmo Individuele Begeleiding regio Lekstroom", Procedurevorm.OpenbaarEuropees, null,
            "Gepubliceerd op 1 april 2022; inschrijven tot maandag 23 mei 2022 vóór 12:00 uur. Tussentijds toetreden is niet mogelijk. " +
            "Op 8 juli 2022 zijn 33 partijen definitief gegund; het nieuwe contract gaat per 1 oktober 2022 in." + Benaderd,
            new(2022, 4, 1, 9, 0, 0), new(2022, 5, 23, 12, 0, 0), new(2022, 10, 1), ["individuele-begeleiding"], (new Verzoek(Gebeurtenis.BeoordelingStarten), new DateTime(2022, 5, 24, 9, 0, 0)),
                (new Verzoek(Gebeurtenis.VoorlopigGunnen), new DateTime(2022, 6, 17, 9, 0, 0)),
                (new Verzoek(Gebeurtenis.DefinitiefGunnen), new DateTime(2022, 7, 8, 9, 0, 0)),
                (new Verzoek(Gebeurtenis.ContractStarten), new DateTime(2022, 10, 1, 0, 0, 0)));

        var ambulant = await Maak("Jeugdhulp Ambulant", Procedurevorm.OpenbaarEuropees, "TN469421",
            "Tijdelijk geschorst na veel vragen over het kostprijsonderzoek in de eerste Nota van Inlichtingen; de regio liet de tarieven " +
            "onafhankelijk toetsen, stelde de beoogde startdatum uit tot 1 juli 2023 en verplaatste de uiterste inschrijfdatum. " +
            "De overeenkomsten zijn op 1 augustus 2023 ingegaan." + Benaderd,
            new(2022, 10, 3, 9, 0, 0), new(2022, 11, 14, 12, 0, 0), new(2023, 1, 1), ["ambulant"],
            (new Verzoek(Gebeurtenis.Schorsen, "Onafhankelijke toets op de tarieven na vragen over het kostprijsonderzoek."), new DateTime(2022, 10, 31, 9, 0, 0)),
            (new Verzoek(Gebeurtenis.ContractstartUitstellen, "Uitstel voor een zorgvuldige toets van de tarieven.", NieuweContractStart: new DateOnly(2023, 7, 1)), new DateTime(2022, 10, 31, 9, 5, 0)),
            (new Verzoek(Gebeurtenis.DeadlineUitstellen, "Uiterste inschrijfdatum verplaatst in verband met de toets van de tarieven.", NlFormat.AlsAmsterdamseTijd(new DateTime(2023, 3, 6, 12, 0, 0))), new DateTime(2022, 10, 31, 9, 10, 0)),
            (new Verzoek(Gebeurtenis.Hervatten), new DateTime(2023, 1, 16, 9, 0, 0)),
            (new Verzoek(Gebeurtenis.BeoordelingStarten), new DateTime(2023, 3, 7, 9, 0, 0)),
            (new Verzoek(Gebeurtenis.VoorlopigGunnen), new DateTime(2023, 4, 14, 9, 0, 0)),
            (new Verzoek(Gebeurtenis.DefinitiefGunnen), new DateTime(2023, 5, 12, 9, 0, 0)),
            (new Verzoek(Gebeurtenis.ContractStarten), new DateTime(2023, 8, 1, 0, 0, 0)));

        if (ambulant is not null)
        {
            await EersteNotaAsync(db, ambulant, ct);
        }

        await Maak("Jeugdhulp in Onderwijstijd", Procedurevorm.OpenbaarEuropees, "TN469379",
            "Gepubliceerd op TenderNed. De overeenkomsten zijn op 1 augustus 2023 ingegaan. Tussentijds toetreden is niet mogelijk." + Benaderd,
            new(2022, 10, 3, 9, 0, 0), new(2023, 2, 27, 12, 0, 0), new(2023, 8, 1), ["onderwijstijd"], (new Verzoek(Gebeurtenis.BeoordelingStarten), new DateTime(2023, 2, 28, 9, 0, 0)),
                (new Verzoek(Gebeurtenis.VoorlopigGunnen), new DateTime(2023, 4, 14, 9, 0, 0)),
                (new Verzoek(Gebeurtenis.DefinitiefGunnen), new DateTime(2023, 5, 12, 9, 0, 0)),
                (new Verzoek(Gebeurtenis.ContractStarten), new DateTime(2023, 8, 1, 0, 0, 0)));
        await Maak("Jeugdhulp Crisis", Procedurevorm.SasProcedure, null,
            "SAS-procedure samen met Zuid Oost Utrecht, met een innovatieopgave 'integrale crisisdienst'. Publicatie voorzien in " +
            "januari 2023, nieuwe contracten per 1 juli 2023; definitief gegund." + Benaderd,
            new(2023, 1, 16, 9, 0, 0), new(2023, 3, 6, 12, 0, 0), new(2023, 7, 1), ["crisis"],
            (new Verzoek(Gebeurtenis.BeoordelingStarten), new DateTime(2023, 3, 7, 9, 0, 0)),
            (new Verzoek(Gebeurtenis.VoorlopigGunnen), new DateTime(2023, 4, 14, 9, 0, 0)),
            (new Verzoek(Gebeurtenis.DefinitiefGunnen), new DateTime(2023, 5, 12, 9, 0, 0)),
            (new Verzoek(Gebeurtenis.ContractStarten), new DateTime(2023, 7, 1, 0, 0, 0)));

        await Maak("Forensische ambulante jeugdhulp", Procedurevorm.SasProcedure, null,
            "SAS-procedure samen met Zuid Oost Utrecht en Gooi- en Vechtstreek, na een marktconsultatie door een extern bureau. " +
            "Publicatie voorzien in januari 2023, nieuwe contracten per 1 juli 2023; definitief gegund." + Benaderd,
            new(2023, 1, 16, 9, 0, 0), new(2023, 3, 6, 12, 0, 0), new(2023, 7, 1), ["forensisch"],
            (new Verzoek(Gebeurtenis.BeoordelingStarten), new DateTime(2023, 3, 7, 9, 0, 0)),
            (new Verzoek(Gebeurtenis.VoorlopigGunnen), new DateTime(2023, 4, 14, 9, 0, 0)),
            (new Verzoek(Gebeurtenis.DefinitiefGunnen), new DateTime(2023, 5, 12, 9, 0, 0)),
            (new Verzoek(Gebeurtenis.ContractStarten), new DateTime(2023, 7, 1, 0, 0, 0)));

        await Maak("Gezinsvormen", Procedurevorm.DialoogEenGegadigde, null,
            "Na de selectie in dialoog met één geselecteerde deelnemer: 'de Combinatie' (Stichting Timon, Stichting de Rading, " +
            "Stichting Leger des Heils en Stichting Youké), met een transformatieplan en -budget. Contract per 1 juli 2023." + Benaderd,
            new(2022, 1, 17, 9, 0, 0), new(2022, 2, 28, 12, 0, 0), new(2023, 7, 1), ["gezinsvormen"],
            (new Verzoek(Gebeurtenis.BeoordelingStarten), new DateTime(2022, 3, 1, 9, 0, 0)),
            (new Verzoek(Gebeurtenis.VoorlopigGunnen), new DateTime(2023, 4, 14, 9, 0, 0)),
            (new Verzoek(Gebeurtenis.DefinitiefGunnen), new DateTime(2023, 5, 12, 9, 0, 0)),
            (new Verzoek(Gebeurtenis.ContractStarten), new DateTime(2023, 7, 1, 0, 0, 0)));

        var heropening = await Maak("Heropening 43B11 Logeren en 50B32 Schoolvervangende (dag)behandeling groep", Procedurevorm.OpenbaarEuropees, null,
            "Na de aanbesteding Jeugdhulp Ambulant en Jeugdhulp in Onderwijs bleek er onvoldoende dekking (aanbod) voor 43B11 Logeren " +
            "en 50B32 Schoolvervangende (dag)behandeling groep. De gemeenten zetten deze producten opnieuw open; de uiterste " +
            "inschrijfdatum is 28 juni 2024, 12:00 uur." + Benaderd,
            new(2024, 5, 13, 9, 0, 0), new(2024, 6, 28, 12, 0, 0), new(2024, 10, 1), ["43B11", "50B32"]);
        if (heropening is not null && ambulant is not null)
        {
            // The source names both Ambulant and Onderwijstijd; the re-opening is linked to Ambulant, where 43B11 was bought.
            heropening.HeropeningVanId = ambulant.Id;
            heropening.ContractEinde = ambulant.ContractEinde;
            await db.SaveChangesAsync(ct);
        }

        return nieuw;
    }

    /// <summary>
    /// TN469421's first Nota van Inlichtingen. The source says only that it held many questions about the cost-price
    /// research, after which the region had the tariffs checked independently; these three questions and answers are
    /// written for the demo in that spirit and say so, and they go through the real publishing path.
    /// </summary>
    private static async Task EersteNotaAsync(ZorginkoopDbContext db, Aanbesteding ambulant, CancellationToken ct)
    {
        var vrager = await db.Zorgaanbieders.OrderBy(z => z.Id).Select(z => (int?)z.Id).FirstOrDefaultAsync(ct);
        var gesteld = NlFormat.AlsAmsterdamseTijd(new DateTime(2022, 10, 17, 10, 0, 0));
        (string Onderwerp, string Vraag, string Antwoord)[] items =
        [
            ("Kostprijsonderzoek", "Op welke uitgangspunten (cao, productiviteit, overhead) zijn de tarieven van het kostprijsonderzoek gebaseerd?",
                "De tarieven volgen uit het kostprijsonderzoek van 2022 op basis van de cao Jeugdzorg. Naar aanleiding van de vragen laat de regio de tarieven onafhankelijk toetsen; u hoort de uitkomst in een volgende nota. (Voorbeeldtekst: de bron geeft de vragen en antwoorden niet letterlijk.)"),
            ("Tarieven", "Worden de tarieven jaarlijks geïndexeerd, en zo ja met welke index?",
                "Ja, jaarlijks per 1 januari met de OVA-index. (Voorbeeldtekst: de bron geeft de vragen en antwoorden niet letterlijk.)"),
            ("Planning", "Blijft de beoogde startdatum van 1 januari 2023 staan nu de tarieven worden getoetst?",
                "Nee. De regio stelt de beoogde startdatum uit en verplaatst de uiterste inschrijfdatum; dat wordt via TenderNed bekendgemaakt. (Voorbeeldtekst: de bron geeft de vragen en antwoorden niet letterlijk.)"),
        ];
        for (var i = 0; i < items.Length; i++)
        {
            db.Vragen.Add(new Vragen.Vraag
            {
                AanbestedingId = ambulant.Id,
                Volgnummer = i + 1,
                ZorgaanbiederId = vrager,
                GesteldDoor = "demo",
                GesteldOp = gesteld.AddHours(i),
                PerceelNummer = 1,
                Onderwerp = items[i].Onderwerp,
                Tekst = items[i].Vraag,
                PubliekeVraag = items[i].Vraag,
                Antwoord = items[i].Antwoord,
                BeantwoordDoor = "demo",
                ToegewezenAan = "demo",
                Status = Vragen.VraagStatus.Beantwoord,
            });
        }

        await db.SaveChangesAsync(ct);
        var (_, weigering) = await Vragen.VraagRegels.PublicerenAsync(db, ambulant, "demo", NlFormat.AlsAmsterdamseTijd(new DateTime(2022, 10, 27, 12, 0, 0)), ct);
        if (weigering is not null)
        {
            throw new InvalidOperationException($"Demo-nota {ambulant.Naam}: {weigering}");
        }
    }
}
