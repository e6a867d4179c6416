using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;
using Zorginkoop.Documenten;
using Zorginkoop.Formatting;
using Zorginkoop.Inkooptrajecten;

namespace Zorginkoop.Demo;

/// <summary>
/// The trajectory "Inkoop Jeugd Wmo 2022" of the first source (Lekstroom's "Inkooptrajecten" page): its four phases,
/// its dated updates from December 2020 to December 2022, its meetings and Q&amp;A hours, and its documents. The texts
/// are the source's; where the source names only a month, the first working day is used, and documents the source
/// links to are replaced by a one-page PDF that says it is a demo. Idempotent: an existing trajectory is left alone.
/// </summary>
public static class DemoInkooptraject
{
    public const string Naam = "Inkoop Jeugd Wmo 2022";

    public static async Task<int> LoadAsync(ZorginkoopDbContext db, DocumentStore opslag, CancellationToken ct = default)
    {
        var lekstroom = await db.Regios.SingleAsync(r => r.Code == "lekstroom", ct);
        if (await db.Inkooptrajecten.AnyAsync(t => t.RegioId == lekstroom.Id && t.Naam == Naam, ct))
        {
            return 0;
        }

        var segmenten = await db.Segmenten.Where(s => s.RegioId == lekstroom.Id).ToDictionaryAsync(s => s.Code, ct);
        var t = Inkooptraject.Nieuw(lekstroom.Id, Naam);
        t.Jeugd = true;
        t.Wmo = true;
        t.Openbaar = true;
        t.Omschrijving =
            "In 2020 is de Regionale Backoffice Lekstroom gestart met het inkooptraject Jeugdhulp en Wmo, samen met beleid, " +
            "de sociale teams en inkoop van de Lekstroomgemeenten, de aanbieders van zorg en ondersteuning en onze " +
            "maatschappelijke partners.\n\n" +
            "**Wat willen we bereiken?**\n\n" +
            "- Ontwikkeling nieuwe inkoopstrategie\n- Voor hulp die het best helpt\n- Integraal, effectief en betaalbaar.\n" +
            "- Altijd beschikbaar, nu en in de toekomst.\n\n" +
            "Het traject inkoop Wmo is afgesloten, ook de implementatie is afgerond. Het traject Jeugdhulp heeft zijn " +
            "afsluitende fase bereikt.";
        Fase(t, FaseSoort.Verkennen, FaseStatus.Afgerond, new(2020, 10, 1), new(2021, 1, 31),
            "De vragen die we samen beantwoorden:\n\n" +
            "1. Welke ambities hebben we voor het doorontwikkelen van Jeugdhulp en Wmo?\n" +
            "2. Hoe ziet best passende hulp eruit?\n" +
            "3. Hoe maken we samen van kwalitatief goede hulp de best passende hulp?\n" +
            "4. Hoe kunnen we (Lekstroomgemeenten en aanbieders) ervoor zorgen dat we onze basisvoorzieningen beter benutten?");
        Fase(t, FaseSoort.VerdiepenEnVertalen, FaseStatus.Afgerond, new(2021, 2, 1), new(2021, 4, 30),
            "Draait om het vinden van antwoorden op deze vraag: wat moeten we (gemeenten, maatschappelijk partners en " +
            "aanbieders) organiseren en afspreken om de basisvoorzieningen beter te benutten en best passende hulp te bieden?");
        Fase(t, FaseSoort.Kiezen, FaseStatus.Afgerond, new(2021, 5, 1), new(2021, 10, 31),
            "In deze fase wordt een keuze gemaakt ten aanzien van de Werkwijze, het Model voor sturing en de " +
            "Bekostigingssystematiek. Er wordt bepaald wanneer wat wordt ingekocht. Alle colleges van de " +
            "Lekstroomgemeenten hebben de inkoopstrategie Jeugdhulp 2022 aangenomen.");
        Fase(t, FaseSoort.Implementeren, FaseStatus.Actief, new(2021, 11, 1), null,
            "Als de keuzes gemaakt zijn ten aanzien van de Werkwijze, het Model voor sturing en de bekostigingssystematiek, " +
            "kunnen we starten met de inkoopprocedure. In fase 4 vindt de implementatie van de gekozen werkwijze en het " +
            "model plaats.");

        foreach (var (datum, titel, tekst) in Berichten)
        {
            t.Berichten.Add(new Voortgangsbericht { Datum = datum, Titel = titel, Tekst = tekst, Bijgewerkt = Moment(datum, 9, 0) });
        }

        foreach (var (soort, titel, begin, einde, segment, omschrijving) in Bijeenkomsten)
        {
            t.Bijeenkomsten.Add(new Bijeenkomst
            {
                Soort = soort,
                Titel = titel,
                Begin = NlFormat.AlsAmsterdamseTijd(begin),
                Einde = einde is { } e ? NlFormat.AlsAmsterdamseTijd(e) : null,
                SegmentId = segment is null ? null : segmenten[segment].Id,
                Omschrijving = omschrijving,
            });
        }

        db.Inkooptrajecten.Add(t);
        await db.SaveChangesAsync(ct);

        foreach (var (titel, bestandsnaam, datum, toelichting) in Documenten)
        {
            using var inhoud = new MemoryStream(DemoPdf.Maak(titel, toelichting));
            var uitkomst = await InkooptrajectDocumentToevoegen.HandleAsync(db, opslag, t, new(inhoud, bestandsnaam, titel), "demo", Moment(datum, 9, 0), ct);
            if (!uitkomst.Gelukt)
            {
                throw new InvalidOperationException($"Demodocument {bestandsnaam}: {uitkomst.Weigering!.Tekst}");
            }
        }

        return 1;
    }

    private static void Fase(Inkooptraject t, FaseSoort soort, FaseStatus status, DateOnly van, DateOnly? tot, string samenvatting)
    {
        var f = t.Fasen.Single(f => f.Soort == soort);
        (f.Status, f.Van, f.Tot, f.Samenvatting) = (status, van, tot, samenvatting);
    }

    private static DateTimeOffset Moment(DateOnly datum, int uur, int minuut) =>
        NlFormat.AlsAmsterdamseTijd(datum.ToDateTime(new TimeOnly(uur, minuut)));

    private static readonly (DateOnly Datum, string Titel, string Tekst)[] Berichten =
    [
        (new(2020, 12, 1), "Verkennende gesprekken (december 2020)",
            "Diverse verkennende gesprekken binnen regionale projecten met jeugdhulpaanbieders, partners en scholen, " +
            "en voor aanbieders van Wmo-begeleiding: hoe kunnen we de basisvoorzieningen beter benutten? Hoe komen we " +
            "samen van kwalitatief goede hulp naar best passende hulp?\n\n" +
            "De inbreng van drie verschillende gesprekken is gedeeld met alle Wmo-aanbieders. Ieder kan daarop reageren en aanvullen."),
        (new(2021, 7, 1), "Update project Inkoop Jeugdhulp - Wmo 4 (juli 2021)",
            "Op de schriftelijke consultatie van april 2021 hebben **48 organisaties** gereageerd. In de verslagen geven " +
            "wij een samenvatting van de reacties en de verwerking daarvan.\n\n" +
            "Op 4 juni is de concept inkoopstrategie Jeugdhulp aan aanbieders gepresenteerd. Mede aan de hand van de " +
            "feedback die tijdens deze bijeenkomst is verkregen, wordt de inkoopstrategie definitief opgesteld."),
        (new(2021, 10, 1), "Update Project Inkoop Jeugdhulp – Wmo (oktober 2021)",
            "Alle colleges van de Lekstroomgemeenten hebben de **inkoopstrategie Jeugdhulp 2022** aangenomen. Om u op de " +
            "hoogte te brengen van deze definitieve inkoopstrategie en de vervolgstappen, hebben we een presentatie en " +
            "een filmopname gemaakt."),
        (new(2021, 12, 1), "Update Project Inkoop Jeugdhulp – Wmo (december 2021)",
            "De vragenuren per segment van 29 oktober zijn gehouden. De inkoopdocumenten voor de segmenten worden " +
            "uitgewerkt; voor Wmo Individuele Begeleiding zijn de concept maandtarieven gedeeld."),
        (new(2022, 1, 3), "Extra informatie Inkoop Jeugdhulp segment Gezinsvormen (januari 2022)",
            "Voor het segment Gezinsvormen is een FAQ gepubliceerd met antwoorden op de vragen uit het vragenuur."),
        (new(2022, 2, 1), "Update Project Inkoop Jeugdhulp – Wmo (februari 2022)",
            "Op 24 februari 2022 is er een bijeenkomst voor aanbieders van Wmo Individuele Begeleiding over de aanbesteding."),
        (new(2022, 3, 1), "Update project Inkoop Jeugdhulp (maart 2022)",
            "Op 24 maart 2022 is er een consultatiebijeenkomst en op 31 maart 2022 een bijeenkomst over het kostprijsonderzoek."),
        (new(2022, 5, 2), "Update Project Inkoop Jeugdhulp (mei 2022)",
            "Op vrijdag 1 april 2022 heeft de Regionale Backoffice Lekstroom de aanbesteding Wmo Individuele Begeleiding " +
            "regio Lekstroom gepubliceerd op TenderNed. Inschrijven kan tot uiterlijk maandag 23 mei 2022 vóór 12:00 uur. " +
            "Tussentijds toetreden is niet mogelijk."),
        (new(2022, 7, 1), "Update juli 2022",
            "De werkgroep Jeugdhulp geeft een korte update over de voorbereidingen van de inkoop voor de verschillende " +
            "segmenten Jeugdhulp.\n\n" +
            "**Segment Gezinsvormen.** Na de selectie zijn we met één geselecteerde deelnemer in dialoog gegaan: een " +
            "samenwerking van Stichting Timon, Stichting de Rading, Stichting Leger des Heils en Stichting Youké ('de " +
            "Combinatie'). We streven naar ingang van het contract per 1 juli 2023.\n\n" +
            "**Segment Crisis.** In juni is een feedbackbijeenkomst gehouden met gecontracteerde crisiszorgaanbieders. " +
            "Publicatie van de inkoopdocumenten is voorzien in januari 2023, met als ingangsdatum 1 juli 2023, in een " +
            "SAS-procedure samen met Zuid Oost Utrecht.\n\n" +
            "**Segment Forensisch.** De marktconsultatie door een extern bureau is afgerond. Ook hier een SAS-procedure, " +
            "samen met Zuid Oost Utrecht en Gooi- en Vechtstreek.\n\n" +
            "Op 8 juli 2022 zijn voor Wmo Individuele Begeleiding 33 partijen definitief gegund; het nieuwe contract gaat " +
            "per 1 oktober 2022 in."),
        (new(2022, 8, 1), "Update augustus 2022",
            "Het verslag van de consultatiesessie forensische jeugdhulp is gepubliceerd."),
        (new(2022, 9, 1), "Update september 2022",
            "De nieuwsbrief Inkoop Jeugdhulp van september 2022 is verschenen, met per segment het proces en de planning."),
        (new(2022, 10, 3), "Update oktober 2022",
            "De aanbestedingen Jeugdhulp in Onderwijstijd (TN469379) en Ambulant (TN469421) zijn gepubliceerd op TenderNed. " +
            "Het verslag van de consultatiebijeenkomst inkoop jeugdhulp Lekstroom staat bij de documenten."),
        (new(2022, 12, 1), "Update december 2022",
            "**Segment Ambulant: de aanbestedingsprocedure is tijdelijk geschorst.** In de eerste Nota van Inlichtingen " +
            "zijn veel vragen over het kostprijsonderzoek gesteld. Regio Lekstroom heeft daarom besloten een onafhankelijke " +
            "toets uit te voeren op de tarieven. De beoogde startdatum van de overeenkomst is uitgesteld tot 1 juli 2023 en " +
            "de uiterste inschrijfdatum is verplaatst."),
    ];

    private static readonly (BijeenkomstSoort Soort, string Titel, DateTime Begin, DateTime? Einde, string? Segment, string Omschrijving)[] Bijeenkomsten =
    [
        (BijeenkomstSoort.Consultatie, "Consultatie concept regiovisie Jeugdhulp (schriftelijk)", new(2021, 1, 11, 9, 0, 0), null, null,
            "Jeugdhulpaanbieders in de regio zijn persoonlijk uitgenodigd om schriftelijk te reageren op de concept regiovisie en de concept doelen en ambities."),
        (BijeenkomstSoort.Bijeenkomst, "Kleinschalige bijeenkomst (digitaal) met zorgaanbieders, partners en ervaringsdeskundigen", new(2021, 2, 18, 14, 0, 0), new(2021, 2, 18, 16, 30, 0), null,
            "Op uitnodiging. Op de agenda: de reacties op de concept regiovisie en de Praatplaat Doelen en Ambities."),
        (BijeenkomstSoort.Consultatie, "Schriftelijke consultatie toegangsmanagement en bekostiging", new(2021, 4, 1, 9, 0, 0), new(2021, 4, 22, 17, 0, 0), null,
            "Een eerste aanzet voor een segmentindeling met bijpassende vorm van toegangsmanagement en bekostiging. 48 organisaties reageerden."),
        (BijeenkomstSoort.Bijeenkomst, "Overleg segment Ambulant", new(2021, 5, 17, 13, 0, 0), new(2021, 5, 17, 15, 0, 0), "ambulant",
            "Met een beperkt aantal aanbieders zijn de eerste denkbeelden over het segment Ambulant getoetst."),
        (BijeenkomstSoort.Bijeenkomst, "Bijeenkomst aanbieders: resultaten consultatie en concept inkoopstrategie", new(2021, 6, 4, 9, 30, 0), new(2021, 6, 4, 12, 0, 0), null,
            "Presentatie van de resultaten van de schriftelijke consultatie en de concept inkoopstrategie, met de mogelijkheid om vragen te stellen."),
        (BijeenkomstSoort.Vragenuur, "Vragenuur segment Gezinsvormen", new(2021, 10, 29, 9, 0, 0), new(2021, 10, 29, 10, 0, 0), "gezinsvormen", ""),
        (BijeenkomstSoort.Vragenuur, "Vragenuur segment Onderwijstijd", new(2021, 10, 29, 10, 30, 0), new(2021, 10, 29, 11, 30, 0), "onderwijstijd", ""),
        (BijeenkomstSoort.Vragenuur, "Vragenuur segment Ambulant en Crisis", new(2021, 10, 29, 12, 0, 0), new(2021, 10, 29, 13, 0, 0), "ambulant", ""),
        (BijeenkomstSoort.Bijeenkomst, "Bijeenkomst Wmo Individuele Begeleiding", new(2022, 2, 24, 13, 0, 0), new(2022, 2, 24, 15, 0, 0), "individuele-begeleiding",
            "Over de aanbesteding Wmo Individuele Begeleiding en de concept maandtarieven."),
        (BijeenkomstSoort.Consultatie, "Consultatiebijeenkomst inkoop jeugdhulp", new(2022, 3, 24, 9, 30, 0), new(2022, 3, 24, 12, 0, 0), null, ""),
        (BijeenkomstSoort.Bijeenkomst, "Bijeenkomst kostprijsonderzoek", new(2022, 3, 31, 13, 30, 0), new(2022, 3, 31, 15, 30, 0), null, ""),
        (BijeenkomstSoort.Bijeenkomst, "Feedbackbijeenkomst crisiszorg", new(2022, 6, 15, 13, 0, 0), new(2022, 6, 15, 15, 0, 0), "crisis",
            "Met gecontracteerde crisiszorgaanbieders, om te reflecteren op de gesignaleerde knelpunten en ontwikkelopgaven."),
    ];

    private static readonly (string Titel, string Bestandsnaam, DateOnly Datum, string Toelichting)[] Documenten =
    [
        ("FAQ segment Gezinsvormen", "FAQ segment Gezinsvormen.pdf", new(2022, 1, 3),
            "Veelgestelde vragen over het segment Gezinsvormen, uit het vragenuur van 29 oktober 2021."),
        ("FAQ segmenten Jeugdhulp in Onderwijstijd, Ambulant, Crisis en Forensisch", "FAQ segmenten Onderwijstijd Ambulant Crisis Forensisch.pdf", new(2022, 1, 3),
            "Veelgestelde vragen over de segmenten Jeugdhulp in Onderwijstijd, Ambulant, Crisis en Forensisch."),
        ("Verslag consultatiesessie forensische jeugdhulp", "Verslag consultatiesessie forensische jeugdhulp.pdf", new(2022, 8, 1),
            "Verslag van de consultatiesessie over forensische jeugdhulp."),
        ("Nieuwsbrief Inkoop Jeugdhulp september 2022", "Nieuwsbrief Inkoop Jeugdhulp september 2022.pdf", new(2022, 9, 1),
            "Per segment het proces en de planning van de inkoop Jeugdhulp."),
        ("Verslag consultatie bijeenkomst inkoop jeugdhulp Lekstroom", "Verslag consultatie bijeenkomst inkoop jeugdhulp Lekstroom.pdf", new(2022, 10, 3),
            "Verslag van de consultatiebijeenkomst inkoop jeugdhulp Lekstroom."),
    ];
}
