using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Demo;
using Zorginkoop.Documenten;
using Zorginkoop.Formatting;
using Zorginkoop.Inkooptrajecten;
using Zorginkoop.Tests.Documenten;
using Zorginkoop.Tests.Infrastructure;

namespace Zorginkoop.Tests.Inkooptrajecten;

/// <summary>A trajectory's phases and the rules for what it holds.</summary>
public class InkooptrajectTests
{
    private static readonly DateTimeOffset Begin = NlFormat.AlsAmsterdamseTijd(new DateTime(2021, 10, 29, 9, 0, 0));

    [Fact]
    public void Een_nieuw_traject_heeft_vier_geplande_fasen_in_volgorde()
    {
        var t = Inkooptraject.Nieuw(7, "Inkoop Jeugd 2026");

        Assert.Equal((7, "Inkoop Jeugd 2026"), (t.RegioId, t.Naam));
        Assert.Equal([FaseSoort.Verkennen, FaseSoort.VerdiepenEnVertalen, FaseSoort.Kiezen, FaseSoort.Implementeren], t.Fasen.Select(f => f.Soort));
        Assert.All(t.Fasen, f => Assert.Equal((FaseStatus.Gepland, (DateOnly?)null, (DateOnly?)null), (f.Status, f.Van, f.Tot)));
        Assert.False(t.Openbaar);
    }

    [Fact]
    public void De_fasen_heten_zoals_de_bron_ze_noemt()
    {
        Assert.Equal(["Verkennen", "Verdiepen en vertalen", "Kiezen", "Implementeren"], Inkooptraject.Nieuw(1, "x").Fasen.Select(f => f.Soort.Naam()));
    }

    [Fact]
    public void Een_traject_zonder_domein_wordt_geweigerd()
    {
        var t = Inkooptraject.Nieuw(1, "Inkoop Jeugd Wmo 2022");

        var melding = Assert.Single(InkooptrajectRegels.Valideer(t));

        Assert.Equal((nameof(Inkooptraject.Jeugd), "Kies ten minste één domein: Jeugd of Wmo."), (melding.Veld, melding.Tekst));
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void Een_traject_met_een_domein_is_goed(bool jeugd, bool wmo)
    {
        var t = Inkooptraject.Nieuw(1, "Inkoop Jeugd Wmo 2022");
        (t.Jeugd, t.Wmo) = (jeugd, wmo);

        Assert.Empty(InkooptrajectRegels.Valideer(t));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Een_traject_zonder_naam_wordt_geweigerd(string naam)
    {
        var t = Inkooptraject.Nieuw(1, naam);
        t.Jeugd = true;

        Assert.Equal(nameof(Inkooptraject.Naam), Assert.Single(InkooptrajectRegels.Valideer(t)).Veld);
    }

    [Fact]
    public void Een_te_lange_naam_wordt_geweigerd()
    {
        var t = Inkooptraject.Nieuw(1, new string('x', 301));
        t.Wmo = true;

        Assert.Equal("De naam is te lang: ten hoogste 300 tekens.", Assert.Single(InkooptrajectRegels.Valideer(t)).Tekst);
    }

    [Fact]
    public void Een_afgeronde_fase_zonder_einddatum_wordt_geweigerd()
    {
        var f = new Fase { Soort = FaseSoort.Kiezen, Status = FaseStatus.Afgerond, Van = new DateOnly(2021, 5, 1) };

        var melding = Assert.Single(InkooptrajectRegels.Valideer(f));

        Assert.Equal((nameof(Fase.Tot), "Een afgeronde fase heeft een einddatum."), (melding.Veld, melding.Tekst));
    }

    [Theory]
    [InlineData(FaseStatus.Actief)]
    [InlineData(FaseStatus.Afgerond)]
    public void Een_begonnen_fase_zonder_begindatum_wordt_geweigerd(FaseStatus status)
    {
        var f = new Fase { Soort = FaseSoort.Kiezen, Status = status, Tot = new DateOnly(2021, 10, 31) };

        Assert.Equal(nameof(Fase.Van), Assert.Single(InkooptrajectRegels.Valideer(f)).Veld);
    }

    [Fact]
    public void Een_einddatum_voor_de_begindatum_wordt_geweigerd()
    {
        var f = new Fase { Soort = FaseSoort.Kiezen, Status = FaseStatus.Afgerond, Van = new DateOnly(2021, 5, 1), Tot = new DateOnly(2021, 4, 30) };

        var melding = Assert.Single(InkooptrajectRegels.Valideer(f));

        Assert.Equal((nameof(Fase.Tot), "De einddatum ligt vóór de begindatum."), (melding.Veld, melding.Tekst));
    }

    [Theory]
    [InlineData(FaseStatus.Gepland, null, null)]
    [InlineData(FaseStatus.Actief, "2021-11-01", null)]
    [InlineData(FaseStatus.Afgerond, "2021-05-01", "2021-05-01")] // one day
    [InlineData(FaseStatus.Afgerond, "2021-05-01", "2021-10-31")]
    public void Goede_fasen_geven_geen_meldingen(FaseStatus status, string? van, string? tot)
    {
        var f = new Fase
        {
            Status = status,
            Van = van is null ? null : DateOnly.Parse(van, CultureInfo.InvariantCulture),
            Tot = tot is null ? null : DateOnly.Parse(tot, CultureInfo.InvariantCulture),
        };

        Assert.Empty(InkooptrajectRegels.Valideer(f));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-30)]
    public void Een_bijeenkomst_die_niet_na_haar_begin_eindigt_wordt_geweigerd(int minuten)
    {
        var b = new Bijeenkomst { Soort = BijeenkomstSoort.Vragenuur, Titel = "Vragenuur segment Gezinsvormen", Begin = Begin, Einde = Begin.AddMinutes(minuten) };

        var melding = Assert.Single(InkooptrajectRegels.Valideer(b));

        Assert.Equal((nameof(Bijeenkomst.Einde), "Het einde ligt niet na het begin."), (melding.Veld, melding.Tekst));
    }

    [Fact]
    public void Een_bijeenkomst_zonder_einde_of_met_een_later_einde_is_goed()
    {
        Assert.Empty(InkooptrajectRegels.Valideer(new Bijeenkomst { Titel = "Schriftelijke consultatie", Begin = Begin }));
        Assert.Empty(InkooptrajectRegels.Valideer(new Bijeenkomst { Titel = "Vragenuur", Begin = Begin, Einde = Begin.AddHours(1) }));
    }

    [Fact]
    public void Een_bijeenkomst_zonder_titel_wordt_geweigerd()
    {
        Assert.Equal(nameof(Bijeenkomst.Titel), Assert.Single(InkooptrajectRegels.Valideer(new Bijeenkomst { Titel = " ", Begin = Begin })).Veld);
    }

    [Fact]
    public void Een_update_zonder_titel_wordt_geweigerd()
    {
        var b = new Voortgangsbericht { Datum = new DateOnly(2022, 12, 1), Titel = "  ", Tekst = "Segment Ambulant is geschorst." };

        var melding = Assert.Single(InkooptrajectRegels.Valideer(b));

        Assert.Equal((nameof(Voortgangsbericht.Titel), "Vul een titel in, zoals 'Update december 2022'."), (melding.Veld, melding.Tekst));
    }

    [Fact]
    public void Een_update_zonder_tekst_wordt_geweigerd()
    {
        var b = new Voortgangsbericht { Datum = new DateOnly(2022, 12, 1), Titel = "Update december 2022", Tekst = "" };

        Assert.Equal(nameof(Voortgangsbericht.Tekst), Assert.Single(InkooptrajectRegels.Valideer(b)).Veld);
    }

    [Fact]
    public void Een_update_met_titel_en_tekst_is_goed()
    {
        Assert.Empty(InkooptrajectRegels.Valideer(new Voortgangsbericht { Titel = "Update december 2022", Tekst = "Geschorst." }));
    }
}

/// <summary>The demo trajectory "Inkoop Jeugd Wmo 2022" as stored, with its documents in the store, and its procedures.</summary>
public abstract class DemoInkooptrajectTests<TDatabase>(TDatabase database) : DatabaseTests<TDatabase>(database)
    where TDatabase : TestDatabase
{
    private async Task<Inkooptraject> TrajectAsync()
    {
        await using var db = NieuweContext();
        return await db.Inkooptrajecten.AsNoTracking().AsSplitQuery()
            .Include(t => t.Regio).Include(t => t.Fasen).Include(t => t.Berichten).Include(t => t.Documenten)
            .Include(t => t.Bijeenkomsten).ThenInclude(b => b.Segment)
            .SingleAsync(t => t.Naam == DemoInkooptraject.Naam, Ct);
    }

    [Fact]
    public async Task Het_demotraject_heeft_vier_fasen_waarvan_drie_afgerond()
    {
        var t = await TrajectAsync();

        Assert.Equal(("lekstroom", true, true, true), (t.Regio!.Code, t.Jeugd, t.Wmo, t.Openbaar));
        Assert.Empty(InkooptrajectRegels.Valideer(t));
        var fasen = t.Fasen.OrderBy(f => f.Soort).ToList();
        Assert.Equal([FaseSoort.Verkennen, FaseSoort.VerdiepenEnVertalen, FaseSoort.Kiezen, FaseSoort.Implementeren], fasen.Select(f => f.Soort));
        Assert.Equal([FaseStatus.Afgerond, FaseStatus.Afgerond, FaseStatus.Afgerond, FaseStatus.Actief], fasen.Select(f => f.Status));
        Assert.All(fasen, f => Assert.Empty(InkooptrajectRegels.Valideer(f)));
        // The phases follow each other without overlap.
        for (var i = 1; i < fasen.Count; i++)
        {
            Assert.True(fasen[i].Van > fasen[i - 1].Tot, $"{fasen[i].Soort} begint niet na {fasen[i - 1].Soort}.");
        }
    }

    [Fact]
    public async Task Het_demotraject_heeft_ten_minste_tien_geldige_updates()
    {
        var t = await TrajectAsync();

        Assert.True(t.Berichten.Count >= 10, $"{t.Berichten.Count} updates");
        Assert.All(t.Berichten, b => Assert.Empty(InkooptrajectRegels.Valideer(b)));
        Assert.Contains(t.Berichten, b => b.Datum == new DateOnly(2022, 12, 1) && b.Tekst.Contains("geschorst", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Op_29_oktober_2021_waren_er_drie_vragenuren_per_segment()
    {
        var t = await TrajectAsync();

        var vragenuren = t.Bijeenkomsten.Where(b => b.Soort == BijeenkomstSoort.Vragenuur).OrderBy(b => b.Begin).ToList();

        Assert.Equal(3, vragenuren.Count);
        Assert.All(vragenuren, b => Assert.Equal(new DateOnly(2021, 10, 29), NlFormat.DatumInAmsterdam(b.Begin)));
        Assert.Equal(["gezinsvormen", "onderwijstijd", "ambulant"], vragenuren.Select(b => b.Segment?.Code));
        Assert.Equal("29 oktober 2021, 09:00 uur", NlFormat.DatumTijd(vragenuren[0].Begin));
        Assert.All(vragenuren, b => Assert.Equal(TimeSpan.FromHours(1), b.Einde - b.Begin));
        Assert.All(t.Bijeenkomsten, b => Assert.Empty(InkooptrajectRegels.Valideer(b)));
    }

    [Fact]
    public async Task De_vijf_documenten_staan_in_de_opslag_met_hun_vingerafdruk()
    {
        var t = await TrajectAsync();

        Assert.Equal(5, t.Documenten.Count);
        Assert.Equal(5, t.Documenten.Select(d => d.Opslagnaam).Distinct().Count());
        foreach (var d in t.Documenten)
        {
            await using var bestand = Database.Opslag.Open(d.Opslagnaam);
            using var inhoud = new MemoryStream();
            await bestand.CopyToAsync(inhoud, Ct);
            var bytes = inhoud.ToArray();

            Assert.Equal(d.Sha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
            Assert.Equal(d.Grootte, bytes.Length);
            Assert.Same(DocumentSoort.Pdf, DocumentSoort.Herken(inhoud));
            Assert.Equal(("application/pdf", ".pdf"), (d.ContentType, Path.GetExtension(d.Bestandsnaam)));
            Assert.Null(d.Ingetrokken);
        }

        Assert.Contains(t.Documenten, d => d.Bestandsnaam == "FAQ segment Gezinsvormen.pdf" && d.Titel == "FAQ segment Gezinsvormen");
    }

    [Fact]
    public async Task De_demo_aanbestedingen_horen_bij_het_traject_en_hebben_percelen()
    {
        var t = await TrajectAsync();
        await using var db = NieuweContext();

        var aanbestedingen = await db.Aanbestedingen.AsNoTracking().Include(a => a.Percelen)
            .Where(a => a.RegioId == t.RegioId).ToListAsync(Ct);

        Assert.Equal(
            ["Forensische ambulante jeugdhulp", "Gezinsvormen", "Heropening 43B11 Logeren en 50B32 Schoolvervangende (dag)behandeling groep",
             "Jeugdhulp Ambulant", "Jeugdhulp Crisis", "Jeugdhulp in Onderwijstijd", "Wmo Individuele Begeleiding regio Lekstroom"],
            aanbestedingen.Select(a => a.Naam).Order(StringComparer.Ordinal));
        Assert.All(aanbestedingen, a => Assert.Equal(t.Id, a.InkooptrajectId));
        Assert.All(aanbestedingen, a => Assert.NotEmpty(a.Percelen));
    }

    [Fact]
    public async Task De_heropening_verwijst_naar_Ambulant_en_heeft_twee_productpercelen()
    {
        await using var db = NieuweContext();
        var ambulant = await db.Aanbestedingen.AsNoTracking().Include(a => a.Heropeningen).SingleAsync(a => a.Naam == "Jeugdhulp Ambulant", Ct);

        var heropening = await db.Aanbestedingen.AsNoTracking().Include(a => a.Percelen).ThenInclude(p => p.Product)
            .SingleAsync(a => a.Naam.StartsWith("Heropening 43B11"), Ct);

        Assert.Equal(ambulant.Id, heropening.HeropeningVanId);
        Assert.Equal(heropening.Id, Assert.Single(ambulant.Heropeningen).Id);
        Assert.Equal([(1, "43B11"), (2, "50B32")], heropening.Percelen.OrderBy(p => p.Nummer).Select(p => (p.Nummer, p.Product!.Code)));
        Assert.All(heropening.Percelen, p => Assert.Null(p.SegmentId));
        Assert.Equal(ambulant.ContractEinde, heropening.ContractEinde);
    }

    [Fact]
    public async Task Een_trajectdocument_intrekken_vraagt_een_reden_en_blijft_bewaard()
    {
        int trajectId, documentId;
        var moment = NlFormat.AlsAmsterdamseTijd(new DateTime(2025, 3, 3, 10, 0, 0));
        await using (var db = NieuweContext())
        {
            var code = await TestRegio.MaakAsync(db);
            var t = Inkooptraject.Nieuw(await db.Regios.Where(r => r.Code == code).Select(r => r.Id).SingleAsync(Ct), "Inkoop Wmo 2026");
            t.Wmo = true;
            db.Inkooptrajecten.Add(t);
            await db.SaveChangesAsync(Ct);
            using var docx = new MemoryStream(Testbestanden.Docx());

            var (document, fout) = await InkooptrajectDocumentToevoegen.HandleAsync(db, Database.Opslag, t, new(docx, "C:\\Stukken\\Marktconsultatie.docx", "  "), "inkoper", moment, Ct);

            Assert.Empty(fout);
            Assert.Equal(("Marktconsultatie", "Marktconsultatie.docx", DocumentSoort.Docx.ContentType), (document!.Titel, document.Bestandsnaam, document.ContentType));
            (trajectId, documentId) = (t.Id, document.Id);
        }

        await using (var db = NieuweContext())
        {
            var t = await db.Inkooptrajecten.SingleAsync(x => x.Id == trajectId, Ct);

            Assert.Equal("Vul de reden in waarom het document wordt ingetrokken.", (await InkooptrajectDocumentIntrekken.HandleAsync(db, t, new(documentId, " "), moment.AddDays(1), Ct)).Weigering?.Tekst);
            Assert.Null((await InkooptrajectDocumentIntrekken.HandleAsync(db, t, new(documentId, " Verouderd "), moment.AddDays(1), Ct)).Weigering);
            Assert.Equal("Dit document hoort niet (meer) bij dit inkooptraject.", (await InkooptrajectDocumentIntrekken.HandleAsync(db, t, new(documentId, "nogmaals"), moment.AddDays(2), Ct)).Weigering?.Tekst);
        }

        await using var lees = NieuweContext();
        var d = await lees.Documenten.AsNoTracking().SingleAsync(x => x.Id == documentId, Ct);
        Assert.Equal((moment.AddDays(1), "Verouderd"), (d.Ingetrokken!.Value, d.IntrekkingsReden));
        // Withdrawn, but on record: the file stays.
        await using var bestand = Database.Opslag.Open(d.Opslagnaam);
        Assert.Equal(d.Grootte, bestand.Length);
    }
}

public sealed class DemoInkooptrajectTestsSqlite(SqliteTestDatabase database) : DemoInkooptrajectTests<SqliteTestDatabase>(database);

public sealed class DemoInkooptrajectTestsPostgres(PostgresTestDatabase database) : DemoInkooptrajectTests<PostgresTestDatabase>(database);
