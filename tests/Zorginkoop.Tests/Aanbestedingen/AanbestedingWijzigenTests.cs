using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Data;
using Zorginkoop.Demo;
using Zorginkoop.Formatting;
using Zorginkoop.Tests.Documenten;
using Zorginkoop.Tests.Infrastructure;

namespace Zorginkoop.Tests.Aanbestedingen;

/// <summary>
/// Creating a procedure and changing it: a concept changes freely, a published one only by a numbered rectification
/// with a reason, and never its deadline or contract start; lots and documents follow the same rules.
/// </summary>
public abstract class AanbestedingWijzigenTests<TDatabase>(TDatabase database) : DatabaseTests<TDatabase>(database)
    where TDatabase : TestDatabase
{
    /// <summary>The moment of publication in these tests; every later step passes a later instant.</summary>
    private static readonly DateTimeOffset Nu = NlFormat.AlsAmsterdamseTijd(new DateTime(2024, 5, 13, 9, 0, 0));

    private static readonly DateTimeOffset Deadline = NlFormat.AlsAmsterdamseTijd(new DateTime(2024, 6, 28, 12, 0, 0));

    private static string UniekeNaam(string naam) => $"{naam} {Guid.NewGuid():N}";

    private static Voorwaarden Basis(string naam) => new(
        naam, Procedurevorm.OpenbaarEuropees,
        Omschrijving: "Inkoop van ambulante jeugdhulp.",
        Publicatiedatum: new DateOnly(2024, 5, 13),
        VragenDeadline: Deadline.AddDays(-14),
        Sluitingsmoment: Deadline,
        ContractStart: new DateOnly(2024, 10, 1),
        ContractEinde: new DateOnly(2027, 9, 30),
        Verlengingsopties: "2 × 1 jaar");

    private static Task<int> RegioIdAsync(ZorginkoopDbContext db, string code) =>
        db.Regios.Where(r => r.Code == code).Select(r => r.Id).SingleAsync(Ct);

    private static Task<int> SegmentIdAsync(ZorginkoopDbContext db, string regio, string code) =>
        db.Segmenten.Where(s => s.Regio!.Code == regio && s.Code == code).Select(s => s.Id).SingleAsync(Ct);

    private async Task<int> ConceptAsync(string naam)
    {
        await using var db = NieuweContext();
        var (a, meldingen) = await AanbestedingAanmaken.HandleAsync(db, new(await RegioIdAsync(db, "lekstroom"), Basis(naam)), Ct);
        Assert.Empty(meldingen);
        return a!.Id;
    }

    /// <summary>A new procedure of Lekstroom with the lot Ambulant, published at <see cref="Nu"/>.</summary>
    private async Task<int> GepubliceerdAsync(string naam)
    {
        var id = await ConceptAsync(naam);
        await using var db = NieuweContext();
        var a = await db.Aanbestedingen.SingleAsync(x => x.Id == id, Ct);
        Assert.Null(await Percelen.VoegToeAsync(db, a, await SegmentIdAsync(db, "lekstroom", "ambulant"), null, null, Ct));
        Assert.Null(await AanbestedingAanpassen.PasToeAsync(db, a, new Verzoek(Gebeurtenis.Publiceren), "inkoper", Nu, Ct));
        return id;
    }

    private async Task<Aanbesteding> LeesAsync(int id)
    {
        await using var db = NieuweContext();
        return await db.Aanbestedingen.AsNoTracking()
            .Include(a => a.Rectificaties).Include(a => a.Percelen).Include(a => a.Documenten).Include(a => a.Overgangen)
            .SingleAsync(a => a.Id == id, Ct);
    }

    /// <summary>Changes procedure <paramref name="id"/> in a context of its own, as a page request does.</summary>
    private async Task<IReadOnlyList<Weigering>> WijzigAsync(
        int id, Func<Voorwaarden, Voorwaarden> wijziging, string? reden, DateTimeOffset nu, Action<Aanbesteding>? daarna = null)
    {
        await using var db = NieuweContext();
        var a = await db.Aanbestedingen.Include(x => x.Percelen).SingleAsync(x => x.Id == id, Ct);
        var meldingen = (await AanbestedingWijzigen.HandleAsync(db, a, new(wijziging(Voorwaarden.Van(a)), reden), "inkoper", nu, Ct)).Weigeringen;
        daarna?.Invoke(a);
        return meldingen;
    }

    [Fact]
    public async Task AanbestedingAanmaken_maakt_een_concept_met_de_genormaliseerde_voorwaarden()
    {
        var naam = UniekeNaam("Jeugdhulp Ambulant");
        int id;
        await using (var db = NieuweContext())
        {
            var (a, meldingen) = await AanbestedingAanmaken.HandleAsync(db, new(await RegioIdAsync(db, "lekstroom"), Basis("  " + naam + "  ") with { TenderNedKenmerk = "tn 469421" }), Ct);
            Assert.Empty(meldingen);
            id = a!.Id;
        }

        var gelezen = await LeesAsync(id);

        Assert.Equal((naam, AanbestedingStatus.Concept, "TN469421", 20), (gelezen.Naam, gelezen.Status, gelezen.TenderNedKenmerk, gelezen.StandstillDagen));
        Assert.Equal(Deadline, gelezen.Sluitingsmoment);
        Assert.Empty(gelezen.Overgangen);
        Assert.Empty(gelezen.Rectificaties);
    }

    [Fact]
    public async Task AanbestedingAanmaken_weigert_foute_voorwaarden_en_bewaart_niets()
    {
        var naam = UniekeNaam("Fout");
        await using (var db = NieuweContext())
        {
            var (a, meldingen) = await AanbestedingAanmaken.HandleAsync(db, new(await RegioIdAsync(db, "lekstroom"), Basis(naam) with { TenderNedKenmerk = "TNabc", StandstillDagen = 19 }), Ct);

            Assert.Null(a);
            Assert.Equal([nameof(Voorwaarden.TenderNedKenmerk), nameof(Voorwaarden.StandstillDagen)], meldingen.Select(m => m.Veld));
        }

        await using var lees = NieuweContext();
        Assert.False(await lees.Aanbestedingen.AnyAsync(a => a.Naam == naam, Ct));
    }

    [Fact]
    public async Task AanbestedingAanmaken_weigert_een_inkooptraject_van_een_andere_regio()
    {
        var naam = UniekeNaam("Ander traject");
        await using (var db = NieuweContext())
        {
            var traject = await db.Inkooptrajecten.Where(t => t.Naam == DemoInkooptraject.Naam).Select(t => t.Id).SingleAsync(Ct);

            var (a, meldingen) = await AanbestedingAanmaken.HandleAsync(db, new(await RegioIdAsync(db, "utrecht-west"), Basis(naam) with { InkooptrajectId = traject }), Ct);

            Assert.Null(a);
            var melding = Assert.Single(meldingen);
            Assert.Equal((nameof(Voorwaarden.InkooptrajectId), "Kies een inkooptraject van dezelfde regio."), (melding.Veld, melding.Tekst));
        }

        await using var lees = NieuweContext();
        Assert.False(await lees.Aanbestedingen.AnyAsync(a => a.Naam == naam, Ct));
    }

    [Fact]
    public async Task AanbestedingAanmaken_koppelt_een_inkooptraject_van_dezelfde_regio()
    {
        await using var db = NieuweContext();
        var traject = await db.Inkooptrajecten.Where(t => t.Naam == DemoInkooptraject.Naam).Select(t => t.Id).SingleAsync(Ct);

        var (a, meldingen) = await AanbestedingAanmaken.HandleAsync(db, new(await RegioIdAsync(db, "lekstroom"), Basis(UniekeNaam("Eigen traject")) with { InkooptrajectId = traject }), Ct);

        Assert.Empty(meldingen);
        Assert.Equal(traject, (await LeesAsync(a!.Id)).InkooptrajectId);
    }

    [Fact]
    public async Task Een_concept_verandert_vrij_zonder_reden_en_zonder_rectificatie()
    {
        var id = await ConceptAsync(UniekeNaam("Concept"));
        var nieuweNaam = UniekeNaam("Concept hernoemd");
        var nieuweDeadline = Deadline.AddDays(7);

        var meldingen = await WijzigAsync(id, v => v with
        {
            Naam = nieuweNaam,
            Sluitingsmoment = nieuweDeadline,
            ContractStart = new DateOnly(2025, 1, 1),
            Vorm = Procedurevorm.SasProcedure,
        }, reden: null, Nu);

        Assert.Empty(meldingen);
        var a = await LeesAsync(id);
        Assert.Equal((nieuweNaam, nieuweDeadline, new DateOnly(2025, 1, 1), Procedurevorm.SasProcedure), (a.Naam, a.Sluitingsmoment!.Value, a.ContractStart!.Value, a.Vorm));
        Assert.Empty(a.Rectificaties);
    }

    [Fact]
    public async Task Publiceren_zonder_perceel_wordt_geweigerd()
    {
        var id = await ConceptAsync(UniekeNaam("Zonder perceel"));

        await using (var db = NieuweContext())
        {
            var a = await db.Aanbestedingen.Include(x => x.Percelen).SingleAsync(x => x.Id == id, Ct);
            var weigering = await AanbestedingAanpassen.PasToeAsync(db, a, new Verzoek(Gebeurtenis.Publiceren), "inkoper", Nu, Ct);

            Assert.Contains("ten minste één perceel", weigering?.Tekst, StringComparison.Ordinal);
        }

        var gelezen = await LeesAsync(id);
        Assert.Equal(AanbestedingStatus.Concept, gelezen.Status);
        Assert.Empty(gelezen.Overgangen);
    }

    [Fact]
    public async Task Publiceren_met_een_perceel_lukt_en_legt_de_overgang_vast()
    {
        var id = await GepubliceerdAsync(UniekeNaam("Gepubliceerd"));

        var a = await LeesAsync(id);

        Assert.Equal(AanbestedingStatus.Gepubliceerd, a.Status);
        var perceel = Assert.Single(a.Percelen);
        Assert.Equal((1, "Ambulant"), (perceel.Nummer, perceel.Naam));
        var overgang = Assert.Single(a.Overgangen);
        Assert.Equal((Gebeurtenis.Publiceren, AanbestedingStatus.Concept, AanbestedingStatus.Gepubliceerd, Nu), (overgang.Gebeurtenis, overgang.Van, overgang.Naar, overgang.Moment));
    }

    [Fact]
    public async Task Na_publicatie_wordt_een_wijziging_zonder_reden_geweigerd_en_verandert_er_niets()
    {
        var id = await GepubliceerdAsync(UniekeNaam("Zonder reden"));

        foreach (var reden in new string?[] { null, "", "   " })
        {
            var meldingen = await WijzigAsync(id, v => v with { Omschrijving = "Gewijzigd zonder reden" }, reden, Nu.AddDays(1));

            var melding = Assert.Single(meldingen);
            Assert.Equal("Reden", melding.Veld);
            Assert.Contains("rectificatie", melding.Tekst, StringComparison.Ordinal);
        }

        var a = await LeesAsync(id);
        Assert.Equal("Inkoop van ambulante jeugdhulp.", a.Omschrijving);
        Assert.Empty(a.Rectificaties);
    }

    [Fact]
    public async Task Na_publicatie_wordt_een_wijziging_met_reden_rectificatie_1_en_de_volgende_2()
    {
        var id = await GepubliceerdAsync(UniekeNaam("Rectificaties"));

        var eerste = await WijzigAsync(id, v => v with { Verlengingsopties = "1 × 2 jaar" }, "  Nota van Inlichtingen 1  ", Nu.AddDays(2));
        var tweede = await WijzigAsync(id, v => v with { Omschrijving = "Inkoop van ambulante jeugdhulp, met Logeren.", GeplandeGunning = new DateOnly(2024, 7, 19) },
            "Nota van Inlichtingen 2", Nu.AddDays(9));

        Assert.Empty(eerste);
        Assert.Empty(tweede);
        var a = await LeesAsync(id);
        Assert.Equal(("1 × 2 jaar", "Inkoop van ambulante jeugdhulp, met Logeren."), (a.Verlengingsopties, a.Omschrijving));
        Assert.Equal([1, 2], a.Rectificaties.OrderBy(r => r.Moment).Select(r => r.Nummer));
        var r1 = a.Rectificaties.Single(r => r.Nummer == 1);
        Assert.Equal(("Nota van Inlichtingen 1", "inkoper", Nu.AddDays(2)), (r1.Reden, r1.Wie, r1.Moment));
        Assert.Equal([new Wijziging("Verlengingsopties", "2 × 1 jaar", "1 × 2 jaar")], r1.Wijzigingen);
        var r2 = a.Rectificaties.Single(r => r.Nummer == 2);
        Assert.Equal(
            [
                new Wijziging("Omschrijving", "Inkoop van ambulante jeugdhulp.", "Inkoop van ambulante jeugdhulp, met Logeren."),
                new Wijziging("Geplande gunning", "(leeg)", "19 juli 2024"),
            ],
            r2.Wijzigingen);
        Assert.Equal(AanbestedingStatus.Gepubliceerd, a.Status);
    }

    [Fact]
    public async Task Na_publicatie_zonder_verschil_komt_er_geen_rectificatie()
    {
        var id = await GepubliceerdAsync(UniekeNaam("Niets gewijzigd"));

        var meldingen = await WijzigAsync(id, v => v, "toch een reden", Nu.AddDays(1));

        Assert.Equal("Er is niets gewijzigd, dus er is geen rectificatie gemaakt.", Assert.Single(meldingen).Tekst);
        Assert.Empty((await LeesAsync(id)).Rectificaties);
    }

    [Fact]
    public async Task Na_publicatie_verschuift_de_deadline_alleen_met_uitstellen()
    {
        var id = await GepubliceerdAsync(UniekeNaam("Deadline vast"));

        var meldingen = await WijzigAsync(id, v => v with { Sluitingsmoment = Deadline.AddDays(14), Omschrijving = "Met uitstel" }, "meer tijd", Nu.AddDays(1));

        var melding = Assert.Single(meldingen);
        Assert.Equal(nameof(Voorwaarden.Sluitingsmoment), melding.Veld);
        Assert.Contains("'uitstellen'", melding.Tekst, StringComparison.Ordinal);
        var a = await LeesAsync(id);
        Assert.Equal((Deadline, "Inkoop van ambulante jeugdhulp."), (a.Sluitingsmoment!.Value, a.Omschrijving));
        Assert.Empty(a.Rectificaties);
    }

    [Fact]
    public async Task Na_publicatie_liggen_contractstart_publicatiedatum_en_vorm_vast()
    {
        var id = await GepubliceerdAsync(UniekeNaam("Vaste velden"));

        var meldingen = await WijzigAsync(id, v => v with
        {
            ContractStart = new DateOnly(2025, 1, 1),
            Publicatiedatum = new DateOnly(2024, 5, 14),
            Vorm = Procedurevorm.SasProcedure,
        }, "herzien", Nu.AddDays(1));

        Assert.Equal(
            [nameof(Voorwaarden.Vorm), nameof(Voorwaarden.Publicatiedatum), nameof(Voorwaarden.ContractStart)],
            meldingen.Select(m => m.Veld));
        Assert.Contains("'uitstellen'", meldingen.Single(m => m.Veld == nameof(Voorwaarden.ContractStart)).Tekst, StringComparison.Ordinal);
        var a = await LeesAsync(id);
        Assert.Equal((new DateOnly(2024, 10, 1), Procedurevorm.OpenbaarEuropees), (a.ContractStart!.Value, a.Vorm));
    }

    [Fact]
    public async Task Een_verstreken_vragendeadline_verandert_niet_meer()
    {
        var id = await GepubliceerdAsync(UniekeNaam("Vragen verstreken"));

        // The question deadline (14 June 2024, 12:00) has passed, the submission deadline not yet.
        var meldingen = await WijzigAsync(id, v => v with { VragenDeadline = Deadline.AddDays(-7) }, "meer vragen", Deadline.AddDays(-10));

        Assert.Equal(nameof(Voorwaarden.VragenDeadline), Assert.Single(meldingen).Veld);
        Assert.Equal(Deadline.AddDays(-14), (await LeesAsync(id)).VragenDeadline);
    }

    [Fact]
    public async Task Na_de_deadline_weigert_AanbestedingWijzigen_omdat_de_inschrijving_gesloten_is()
    {
        var id = await GepubliceerdAsync(UniekeNaam("Na deadline"));
        var status = AanbestedingStatus.Gepubliceerd;

        var meldingen = await WijzigAsync(id, v => v with { Omschrijving = "Te laat" }, "rectificatie na de deadline", Deadline.AddMinutes(1), a => status = a.Status);

        var melding = Assert.Single(meldingen);
        Assert.Contains("inschrijving gesloten", melding.Tekst, StringComparison.Ordinal);
        Assert.Contains("kan niet meer worden gewijzigd", melding.Tekst, StringComparison.Ordinal);
        Assert.Equal(AanbestedingStatus.InschrijvingGesloten, status);
        var a = await LeesAsync(id);
        Assert.Equal("Inkoop van ambulante jeugdhulp.", a.Omschrijving);
        Assert.Empty(a.Rectificaties);
    }

    [Fact]
    public async Task Een_tik_voor_de_deadline_kan_nog_een_rectificatie()
    {
        var id = await GepubliceerdAsync(UniekeNaam("Net op tijd"));

        var meldingen = await WijzigAsync(id, v => v with { Omschrijving = "Net op tijd" }, "laatste rectificatie", Deadline.AddTicks(-1));

        Assert.Empty(meldingen);
        Assert.Equal(1, Assert.Single((await LeesAsync(id)).Rectificaties).Nummer);
    }

    [Fact]
    public async Task Een_perceel_toevoegen_kan_niet_meer_na_publicatie()
    {
        var id = await GepubliceerdAsync(UniekeNaam("Percelen vast"));

        await using (var db = NieuweContext())
        {
            var a = await db.Aanbestedingen.SingleAsync(x => x.Id == id, Ct);
            var weigering = await Percelen.VoegToeAsync(db, a, await SegmentIdAsync(db, "lekstroom", "crisis"), null, null, Ct);

            Assert.Equal("Percelen liggen vast sinds de publicatie: bij een andere indeling hoort een nieuwe aanbesteding.", weigering?.Tekst);
        }

        Assert.Single((await LeesAsync(id)).Percelen);
    }

    [Fact]
    public async Task Een_segment_van_een_andere_regio_wordt_geen_perceel()
    {
        var id = await ConceptAsync(UniekeNaam("Ander segment"));

        await using (var db = NieuweContext())
        {
            var andereRegio = await TestRegio.MaakAsync(db);
            var a = await db.Aanbestedingen.SingleAsync(x => x.Id == id, Ct);

            var weigering = await Percelen.VoegToeAsync(db, a, await SegmentIdAsync(db, andereRegio, "ambulant"), null, null, Ct);

            Assert.Equal("Kies een segment van de regio van deze aanbesteding.", weigering?.Tekst);
        }

        Assert.Empty((await LeesAsync(id)).Percelen);
    }

    [Fact]
    public async Task Een_product_van_een_andere_regio_wordt_geen_perceel()
    {
        var id = await ConceptAsync(UniekeNaam("Ander product"));

        await using (var db = NieuweContext())
        {
            var a = await db.Aanbestedingen.SingleAsync(x => x.Id == id, Ct);
            var product = await db.Producten.Where(p => p.Regio!.Code == "utrecht-west" && p.Code == "43A03").Select(p => p.Id).SingleAsync(Ct);

            Assert.Equal("Kies een product van de regio van deze aanbesteding.", (await Percelen.VoegToeAsync(db, a, null, product, null, Ct))?.Tekst);
        }

        Assert.Empty((await LeesAsync(id)).Percelen);
    }

    [Fact]
    public async Task Percelen_worden_genummerd_en_een_segment_komt_maar_een_keer_voor()
    {
        var id = await ConceptAsync(UniekeNaam("Twee percelen"));

        await using (var db = NieuweContext())
        {
            var a = await db.Aanbestedingen.SingleAsync(x => x.Id == id, Ct);
            var ambulant = await SegmentIdAsync(db, "lekstroom", "ambulant");
            var product = await db.Producten.Where(p => p.Regio!.Code == "lekstroom" && p.Code == "50B32").Select(p => p.Id).SingleAsync(Ct);

            Assert.Null(await Percelen.VoegToeAsync(db, a, ambulant, null, null, Ct));
            Assert.Null(await Percelen.VoegToeAsync(db, a, null, product, "  Dagbehandeling groep  ", Ct));
            Assert.Equal("Segment Ambulant is al een perceel van deze aanbesteding.", (await Percelen.VoegToeAsync(db, a, ambulant, null, null, Ct))?.Tekst);
            Assert.Equal("Kies een segment óf een product voor het perceel.", (await Percelen.VoegToeAsync(db, a, ambulant, product, null, Ct))?.Tekst);
            Assert.Equal("Kies een segment óf een product voor het perceel.", (await Percelen.VoegToeAsync(db, a, null, null, null, Ct))?.Tekst);
        }

        Assert.Equal([(1, "Ambulant"), (2, "Dagbehandeling groep")], (await LeesAsync(id)).Percelen.OrderBy(p => p.Nummer).Select(p => (p.Nummer, p.Naam)));
    }

    private async Task<(string? Fout, int? DocumentId)> VoegDocumentToeAsync(int id, string? reden, DateTimeOffset nu, string titel = "Nota van Inlichtingen 1")
    {
        await using var db = NieuweContext();
        var a = await db.Aanbestedingen.Include(x => x.Percelen).SingleAsync(x => x.Id == id, Ct);
        using var pdf = new MemoryStream(Testbestanden.Pdf(titel));
        var (document, fout) = await AanbestedingDocumentToevoegen.HandleAsync(db, Database.Opslag, a, new(pdf, $"{titel}.pdf", titel, reden), "inkoper", nu, Ct);
        return (fout.Count > 0 ? fout[0].Tekst : null, document?.Id);
    }

    private async Task<string?> TrekInAsync(int id, int documentId, string? reden, DateTimeOffset nu)
    {
        await using var db = NieuweContext();
        var a = await db.Aanbestedingen.Include(x => x.Percelen).SingleAsync(x => x.Id == id, Ct);
        return (await AanbestedingDocumentIntrekken.HandleAsync(db, a, new(documentId, reden), "inkoper", nu, Ct)).Weigering?.Tekst;
    }

    private int BestandenInOpslag() => Directory.Exists(Database.Opslag.Map) ? Directory.GetFiles(Database.Opslag.Map).Length : 0;

    [Fact]
    public async Task Een_document_bij_een_concept_vraagt_geen_reden_en_geen_rectificatie()
    {
        var id = await ConceptAsync(UniekeNaam("Concept met document"));

        var (fout, documentId) = await VoegDocumentToeAsync(id, null, Nu);

        Assert.Null(fout);
        var a = await LeesAsync(id);
        Assert.Equal(documentId, Assert.Single(a.Documenten).Id);
        Assert.Empty(a.Rectificaties);
    }

    [Fact]
    public async Task Een_document_bij_een_gepubliceerde_aanbesteding_zonder_reden_wordt_geweigerd()
    {
        var id = await GepubliceerdAsync(UniekeNaam("Document zonder reden"));
        var bestanden = BestandenInOpslag();

        var (fout, documentId) = await VoegDocumentToeAsync(id, "  ", Nu.AddDays(1));

        Assert.Null(documentId);
        Assert.Contains("is een rectificatie", fout, StringComparison.Ordinal);
        var a = await LeesAsync(id);
        Assert.Empty(a.Documenten);
        Assert.Empty(a.Rectificaties);
        Assert.Equal(bestanden, BestandenInOpslag());
    }

    [Fact]
    public async Task Een_document_met_reden_wordt_bewaard_met_een_rectificatie_Document_toegevoegd()
    {
        var id = await GepubliceerdAsync(UniekeNaam("Document met reden"));

        var (fout, documentId) = await VoegDocumentToeAsync(id, "Nota van Inlichtingen gepubliceerd", Nu.AddDays(3), "NvI 1");

        Assert.Null(fout);
        var a = await LeesAsync(id);
        var document = Assert.Single(a.Documenten);
        Assert.Equal((documentId, "NvI 1", "NvI 1.pdf", "application/pdf"), ((int?)document.Id, document.Titel, document.Bestandsnaam, document.ContentType));
        await using (var bestand = Database.Opslag.Open(document.Opslagnaam))
        {
            Assert.Same(Zorginkoop.Documenten.DocumentSoort.Pdf, Zorginkoop.Documenten.DocumentSoort.Herken(bestand));
        }

        var r = Assert.Single(a.Rectificaties);
        Assert.Equal((1, "Nota van Inlichtingen gepubliceerd", Nu.AddDays(3)), (r.Nummer, r.Reden, r.Moment));
        Assert.Equal([new Wijziging("Document toegevoegd", "", "NvI 1 (NvI 1.pdf)")], r.Wijzigingen);
    }

    [Fact]
    public async Task Een_document_intrekken_vraagt_een_reden_en_wordt_rectificatie_Document_ingetrokken()
    {
        var id = await GepubliceerdAsync(UniekeNaam("Document intrekken"));
        var (_, documentId) = await VoegDocumentToeAsync(id, "NvI", Nu.AddDays(1), "Prijsblad");

        var zonderReden = await TrekInAsync(id, documentId!.Value, null, Nu.AddDays(2));
        var zonderRedenGelezen = await LeesAsync(id);
        var metReden = await TrekInAsync(id, documentId.Value, "Vervangen door een nieuwe versie", Nu.AddDays(2));
        var nogmaals = await TrekInAsync(id, documentId.Value, "nogmaals", Nu.AddDays(3));

        Assert.NotNull(zonderReden);
        Assert.Null(Assert.Single(zonderRedenGelezen.Documenten).Ingetrokken);
        Assert.Single(zonderRedenGelezen.Rectificaties);
        Assert.Null(metReden);
        Assert.Equal("Dit document hoort niet (meer) bij deze aanbesteding.", nogmaals);
        var a = await LeesAsync(id);
        var document = Assert.Single(a.Documenten);
        Assert.Equal((Nu.AddDays(2), "Vervangen door een nieuwe versie"), (document.Ingetrokken!.Value, document.IntrekkingsReden));
        Assert.Equal([1, 2], a.Rectificaties.OrderBy(r => r.Nummer).Select(r => r.Nummer));
        var r2 = a.Rectificaties.Single(r => r.Nummer == 2);
        Assert.Equal(("Vervangen door een nieuwe versie", Nu.AddDays(2)), (r2.Reden, r2.Moment));
        Assert.Equal([new Wijziging("Document ingetrokken", "Prijsblad (Prijsblad.pdf)", "")], r2.Wijzigingen);
    }

    [Fact]
    public async Task Een_document_van_een_andere_aanbesteding_kan_hier_niet_worden_ingetrokken()
    {
        var een = await ConceptAsync(UniekeNaam("Eigenaar"));
        var twee = await ConceptAsync(UniekeNaam("Ander"));
        var (_, documentId) = await VoegDocumentToeAsync(een, null, Nu);

        var weigering = await TrekInAsync(twee, documentId!.Value, "weg ermee", Nu);

        Assert.Equal("Dit document hoort niet (meer) bij deze aanbesteding.", weigering);
        Assert.Null(Assert.Single((await LeesAsync(een)).Documenten).Ingetrokken);
    }
}

public sealed class AanbestedingWijzigenTestsSqlite(SqliteTestDatabase database) : AanbestedingWijzigenTests<SqliteTestDatabase>(database);

public sealed class AanbestedingWijzigenTestsPostgres(PostgresTestDatabase database) : AanbestedingWijzigenTests<PostgresTestDatabase>(database);
