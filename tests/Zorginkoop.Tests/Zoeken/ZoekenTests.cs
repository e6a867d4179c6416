using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Accounts;
using Zorginkoop.Catalogus;
using Zorginkoop.Documenten;
using Zorginkoop.Inkooptrajecten;
using Zorginkoop.Tests.Documenten;
using Zorginkoop.Tests.Infrastructure;
using Zorginkoop.Vragen;
using Zorginkoop.Zoeken;

namespace Zorginkoop.Tests.Zoeken;

/// <summary>
/// Search on a real database, per provider: the index follows every change in the same transaction, finds Dutch words
/// by their stem and beginning, and shows each viewer what the pages show them.
/// </summary>
public abstract class ZoekenTests<TDatabase>(TDatabase database) : DatabaseTests<TDatabase>(database)
    where TDatabase : TestDatabase
{
    private static readonly DateTimeOffset Nu = new(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A word no other test uses (a digit in it, so it is never stemmed), so tests sharing the database stay apart.</summary>
    private readonly string uniek = $"z{Guid.NewGuid().ToString("N")[..8]}".Replace('a', '1');

    /// <summary>The store the demo data of this database went into, so a rebuild reads the same files.</summary>
    private DocumentStore Opslag => Database.Opslag;

    private sealed record Opzet(int RegioId, int AndereRegioId, int AanbestedingId);

    private async Task<Opzet> OpzetAsync()
    {
        await using var db = NieuweContext();
        var code = await TestRegio.MaakAsync(db);
        var andereCode = await TestRegio.MaakAsync(db);
        var regio = await db.Regios.SingleAsync(r => r.Code == code, Ct);
        var andere = await db.Regios.SingleAsync(r => r.Code == andereCode, Ct);
        var a = Aanbesteding.Nieuw(regio.Id, $"Inkoop Jeugdhulpaanbieders {uniek}", Procedurevorm.OpenbaarEuropees);
        a.Omschrijving = "Begeleiding en behandeling voor cliënten van de regio.";
        var segment = await db.Segmenten.Where(x => x.RegioId == regio.Id).Select(x => x.Id).FirstAsync(Ct);
        a.Percelen.Add(new Perceel { Nummer = 1, Naam = $"Dagbesteding {uniek}", SegmentId = segment });
        db.Aanbestedingen.Add(a);
        await db.SaveChangesAsync(Ct);
        return new Opzet(regio.Id, andere.Id, a.Id);
    }

    private async Task<Zoekresultaat> ZoekAsync(Kijker kijker, string vraag, string? soort = null, int? regio = null)
    {
        await using var db = NieuweContext();
        return await Zoekopdracht.ZoekAsync(db, kijker, new Zoekvraag($"{vraag} {uniek}", soort, regio), Ct);
    }

    private static List<string> Titels(Zoekresultaat r) => [.. r.Treffers.Select(t => t.Titel.Tekst)];

    /// <summary>A document of the procedure, uploaded as an officer does; its title carries the test's own word.</summary>
    private async Task<Document> DocumentAsync(int aanbestedingId, byte[] inhoud, string naam, string titel)
    {
        titel = $"{titel} {uniek}";
        await using var db = NieuweContext();
        using var stroom = new MemoryStream(inhoud);
        var (document, weigering) = await Documentbeheer.OpslaanAsync(db, Opslag, stroom, naam, titel, "inkoper@regio.test", Nu,
            d => { d.AanbestedingId = aanbestedingId; db.Documenten.Add(d); }, Ct);
        Assert.Null(weigering);
        return document!;
    }

    [Fact]
    public async Task Een_concept_vindt_alleen_de_eigen_regio_na_publicatie_vindt_iedereen_het()
    {
        var o = await OpzetAsync();

        var publiekVoor = await ZoekAsync(Kijker.Publiek, "jeugdhulp");
        var andereRegio = await ZoekAsync(Kijker.Medewerker([o.AndereRegioId]), "jeugdhulp");
        var eigenRegio = await ZoekAsync(Kijker.Medewerker([o.RegioId]), "jeugdhulp", Zoeksoorten.Aanbesteding);
        await using (var db = NieuweContext())
        {
            var a = await db.Aanbestedingen.SingleAsync(x => x.Id == o.AanbestedingId, Ct);
            a.Status = AanbestedingStatus.Gepubliceerd;
            await db.SaveChangesAsync(Ct);
        }

        var publiekNa = await ZoekAsync(Kijker.Publiek, "jeugdhulp", Zoeksoorten.Aanbesteding);
        var allesNa = await ZoekAsync(Kijker.Publiek, "jeugdhulp");

        Assert.Equal(0, publiekVoor.Totaal);
        Assert.Equal(0, andereRegio.Totaal);
        Assert.Equal([$"Inkoop Jeugdhulpaanbieders {uniek}"], Titels(eigenRegio));
        Assert.Equal([$"Inkoop Jeugdhulpaanbieders {uniek}"], Titels(publiekNa));
        Assert.Equal($"/aanbestedingen/{o.AanbestedingId}", publiekNa.Treffers[0].Url);
        Assert.Equal(["Jeugdhulpaanbieders", uniek], publiekNa.Treffers[0].Titel.Stukken().Where(s => s.Gemarkeerd).Select(s => s.Stuk));
        Assert.Equal(2, publiekNa.PerSoort.Values.Sum());
        Assert.Equal([Zoeksoorten.Aanbesteding, Zoeksoorten.Perceel], allesNa.Treffers.Select(t => t.Soort));
        Assert.Equal(1, publiekNa.PerSoort[Zoeksoorten.Perceel]);
    }

    [Fact]
    public async Task Stam_hoofdletters_en_accenten_maken_niet_uit_en_elk_woord_moet_passen()
    {
        var o = await OpzetAsync();
        var kijker = Kijker.Medewerker([o.RegioId]);

        var begeleiding = await ZoekAsync(kijker, "begeleiding");
        var clienten = await ZoekAsync(kijker, "CLIENTEN");
        var beide = await ZoekAsync(kijker, "dagbesteding jeugdhulpaanbieders");
        var geen = await ZoekAsync(kijker, "dagbesteding begeleiding");
        var perceel = await ZoekAsync(kijker, "dagbesteding");

        Assert.Equal([Zoeksoorten.Aanbesteding], begeleiding.Treffers.Select(t => t.Soort));
        Assert.Equal(["Begeleiding", "cliënten"], [.. begeleiding.Treffers[0].Fragment.Stukken().Where(s => s.Gemarkeerd).Select(s => s.Stuk).Take(1),
            .. clienten.Treffers[0].Fragment.Stukken().Where(s => s.Gemarkeerd).Select(s => s.Stuk).Take(1)]);
        Assert.Equal([$"Perceel 1: Dagbesteding {uniek}"], Titels(beide));
        Assert.Equal(0, geen.Totaal);
        Assert.Equal([$"Perceel 1: Dagbesteding {uniek}"], Titels(perceel));
    }

    [Fact]
    public async Task Een_document_wordt_op_zijn_inhoud_gevonden_en_verdwijnt_als_het_wordt_ingetrokken()
    {
        var o = await OpzetAsync();
        var kijker = Kijker.Medewerker([o.RegioId]);
        var pdf = await DocumentAsync(o.AanbestedingId, Testbestanden.Pdf("Reistijd en reiskosten van de aanbieder"), "Bestek.pdf", "Bestek");
        await DocumentAsync(o.AanbestedingId, Testbestanden.Docx("<w:p><w:r><w:t>Indexering van tarieven</w:t></w:r></w:p>"), "Tarieven.docx", "Tarievenblad");

        var reistijd = await ZoekAsync(kijker, "reiskosten");
        var indexering = await ZoekAsync(kijker, "tarieven indexering");
        await using (var db = NieuweContext())
        {
            var d = await db.Documenten.SingleAsync(x => x.Id == pdf.Id, Ct);
            d.Ingetrokken = Nu;
            await db.SaveChangesAsync(Ct);
        }

        var na = await ZoekAsync(kijker, "reiskosten");

        Assert.Equal([$"Bestek {uniek}"], Titels(reistijd));
        Assert.Equal($"/documenten/{pdf.Id}/Bestek.pdf", reistijd.Treffers[0].Url);
        Assert.Contains("reiskosten", reistijd.Treffers[0].Fragment.Stukken().Where(s => s.Gemarkeerd).Select(s => s.Stuk));
        Assert.Equal([$"Tarievenblad {uniek}"], Titels(indexering));
        Assert.Equal(0, na.Totaal);
    }

    [Fact]
    public async Task Een_nieuwe_aanbesteding_met_haar_document_in_een_keer_bewaard_wordt_op_de_tekst_van_het_document_gevonden()
    {
        var o = await OpzetAsync();
        var pdf = Testbestanden.Pdf($"Woonplaatsbeginsel en {uniek}");
        using var bron = new MemoryStream(pdf);
        var bestand = (await Opslag.StoreAsync(bron, "Leidraad.pdf", Ct)).Bestand!;
        await using (var db = NieuweContext())
        {
            // The new document's foreign key exists only after the save: the index must still take its text.
            var a = Aanbesteding.Nieuw(o.RegioId, $"Samen bewaard {uniek}", Procedurevorm.OpenHouse);
            a.Documenten.Add(new Document
            {
                Titel = "Leidraad",
                Bestandsnaam = bestand.Bestandsnaam,
                ContentType = bestand.Soort.ContentType,
                Sha256 = bestand.Sha256,
                Opslagnaam = bestand.Opslagnaam,
                Door = "inkoper",
                Moment = Nu,
                Zoektekst = Tekstextractie.Lees(new MemoryStream(pdf), bestand.Bestandsnaam),
            });
            db.Aanbestedingen.Add(a);
            await db.SaveChangesAsync(Ct);
        }

        var gevonden = await ZoekAsync(Kijker.Medewerker([o.RegioId]), "woonplaatsbeginsel", Zoeksoorten.Document);

        Assert.Equal(["Leidraad"], Titels(gevonden));
    }

    [Fact]
    public async Task Nota_van_inlichtingen_trajecten_updates_producten_en_zorgaanbieders_worden_gevonden_met_filter_per_soort_en_regio()
    {
        var o = await OpzetAsync();
        await using (var db = NieuweContext())
        {
            List<NvIItem> items = [new(1, null, "Tarieven", $"Geldt de indexering {uniek}?", "Ja, jaarlijks.", false)];
            db.NvIRondes.Add(new NvIRonde { AanbestedingId = o.AanbestedingId, Nummer = 1, GepubliceerdOp = Nu, GepubliceerdDoor = "inkoper", InhoudJson = JsonSerializer.Serialize(items), Sha256 = new string('0', 64) });
            var t = new Inkooptraject { RegioId = o.AndereRegioId, Naam = $"Traject {uniek}", Openbaar = true, Jeugd = true };
            t.Berichten.Add(new Voortgangsbericht { Datum = new DateOnly(2027, 2, 1), Titel = "Stand van zaken", Tekst = $"De **consultatie** over {uniek} is gesloten.", Bijgewerkt = Nu });
            db.Inkooptrajecten.Add(t);
            db.Producten.Add(new Product { RegioId = o.RegioId, Code = "45A64", Naam = $"Ambulante jeugdhulp {uniek}", Domein = Domein.Jeugd, CategorieCode = "45", Monitorgroep = "Begeleiding", EenheidCode = "04" });
            db.Zorgaanbieders.Add(new Zorgaanbieder { Naam = $"Zorg {uniek} BV", KvkNummer = "87654321", AgbCode = "75759999" });
            await db.SaveChangesAsync(Ct);
        }

        var regio = Kijker.Medewerker([o.RegioId]);
        var nvi = await ZoekAsync(regio, "indexering");
        var update = await ZoekAsync(Kijker.Publiek, "consultatie");
        var product = await ZoekAsync(Kijker.Publiek, "45a64");
        var aanbieder = await ZoekAsync(Kijker.Publiek, "87654321");
        var alles = await ZoekAsync(regio, "");
        var alleenTrajecten = await ZoekAsync(regio, "", Zoeksoorten.Inkooptraject);
        var andereRegio = await ZoekAsync(regio, "", regio: o.AndereRegioId);

        Assert.Equal(["Nota van Inlichtingen 1, vraag 1: Tarieven"], Titels(nvi));
        Assert.Equal($"/aanbestedingen/{o.AanbestedingId}/nvi/1#vraag-1", nvi.Treffers[0].Url);
        Assert.Equal(["Stand van zaken"], Titels(update));
        Assert.Matches("^/inkooptrajecten/[0-9]+#bericht-[0-9]+$", update.Treffers[0].Url);
        Assert.DoesNotContain("**", update.Treffers[0].Fragment.Tekst, StringComparison.Ordinal);
        Assert.Equal([$"45A64 Ambulante jeugdhulp {uniek}"], Titels(product));
        Assert.Equal([$"Zorg {uniek} BV"], Titels(aanbieder));
        Assert.Equal(1, alles.PerSoort[Zoeksoorten.Inkooptraject]);
        Assert.Equal(1, alles.PerSoort[Zoeksoorten.Product]);
        Assert.Equal(alles.PerSoort.Values.Sum(), alles.Totaal);
        Assert.Equal([$"Traject {uniek}"], Titels(alleenTrajecten));
        Assert.Equal(alles.Totaal, alleenTrajecten.PerSoort.Values.Sum());
        Assert.Equal([$"Stand van zaken", $"Traject {uniek}"], Titels(andereRegio).Order());
    }

    [Fact]
    public async Task Een_wijziging_die_niet_wordt_bewaard_laat_de_index_zoals_hij_was()
    {
        var o = await OpzetAsync();
        await using (var db = NieuweContext())
        {
            await using var tx = await db.Database.BeginTransactionAsync(Ct);
            var a = await db.Aanbestedingen.SingleAsync(x => x.Id == o.AanbestedingId, Ct);
            a.Naam = $"Hernoemd {uniek}";
            a.Status = AanbestedingStatus.Gepubliceerd;
            await db.SaveChangesAsync(Ct);
            await tx.RollbackAsync(Ct);
        }

        var hernoemd = await ZoekAsync(Kijker.Medewerker([o.RegioId]), "hernoemd");
        var publiek = await ZoekAsync(Kijker.Publiek, "jeugdhulp");
        var oud = await ZoekAsync(Kijker.Medewerker([o.RegioId]), "jeugdhulp");

        Assert.Equal(0, hernoemd.Totaal);
        Assert.Equal(0, publiek.Totaal);
        Assert.Equal([$"Inkoop Jeugdhulpaanbieders {uniek}", $"Perceel 1: Dagbesteding {uniek}"], Titels(oud).Order());
    }

    [Fact]
    public async Task Herbouwen_levert_dezelfde_index_en_leest_de_documenten_opnieuw_uit_de_opslag()
    {
        var o = await OpzetAsync();
        await DocumentAsync(o.AanbestedingId, Testbestanden.Pdf("Woonplaatsbeginsel en reistijd"), "Notitie.pdf", "Notitie");
        await using var db = NieuweContext();
        var voor = await db.Zoekitems.AsNoTracking().OrderBy(z => z.Sleutel).Select(z => new { z.Sleutel, z.Titel, z.Tekst, z.Openbaar, z.Regios }).ToListAsync(Ct);
        var meldingen = new List<(int, int)>();

        var aantal = await Zoekindex.HerbouwenAsync(db, Opslag, new SynchroneVoortgang(meldingen.Add), Ct);

        var na = await db.Zoekitems.AsNoTracking().OrderBy(z => z.Sleutel).Select(z => new { z.Sleutel, z.Titel, z.Tekst, z.Openbaar, z.Regios }).ToListAsync(Ct);
        Assert.Equal(voor.Count, aantal);
        Assert.Equal(voor, na);
        Assert.Contains(na, z => z.Sleutel.StartsWith("document", StringComparison.Ordinal) && z.Tekst.Contains("Woonplaatsbeginsel", StringComparison.Ordinal));
        Assert.Equal(1, (await ZoekAsync(Kijker.Medewerker([o.RegioId]), "woonplaatsbeginsel")).Totaal);
        Assert.NotEmpty(meldingen);
        Assert.Equal(meldingen[^1].Item1, meldingen[^1].Item2);
    }

    /// <summary>Progress reported on the caller's thread (Progress&lt;T&gt; would post it to the thread pool, after the assertion).</summary>
    private sealed class SynchroneVoortgang(Action<(int, int)> melding) : IProgress<(int Klaar, int Totaal)>
    {
        public void Report((int Klaar, int Totaal) value) => melding(value);
    }
}

public sealed class ZoekenTestsSqlite(SqliteTestDatabase database) : ZoekenTests<SqliteTestDatabase>(database);

public sealed class ZoekenTestsPostgres(PostgresTestDatabase database) : ZoekenTests<PostgresTestDatabase>(database);
