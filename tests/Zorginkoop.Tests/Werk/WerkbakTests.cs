using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Accounts;
using Zorginkoop.Data;
using Zorginkoop.Formatting;
using Zorginkoop.Inschrijvingen;
using Zorginkoop.Tests.Gunning;
using Zorginkoop.Tests.Infrastructure;
using Zorginkoop.Vragen;
using Zorginkoop.Werk;

namespace Zorginkoop.Tests.Werk;

/// <summary>The work list per role: what is on it, in which order, and that it is gone once done (issue 16).</summary>
public abstract class WerkbakTests<TDatabase>(TDatabase database) : DatabaseTests<TDatabase>(database)
    where TDatabase : TestDatabase
{
    private static readonly DateTimeOffset Nu = NlFormat.AlsAmsterdamseTijd(new DateTime(2027, 3, 1, 10, 0, 0));

    private static Medewerker Als(string naam, int regioId, params string[] rollen) => new($"id-{naam}", naam, [.. rollen.Select(r => (regioId, r))]);

    /// <summary>A published procedure of a region of its own: questions until 5 days from now, bids until 10.</summary>
    private async Task<Aanbesteding> GepubliceerdAsync(ZorginkoopDbContext db)
    {
        var code = await TestRegio.MaakAsync(db);
        var regio = await db.Regios.SingleAsync(r => r.Code == code, Ct);
        var a = Aanbesteding.Nieuw(regio.Id, "Werkbak Jeugd 2028", Procedurevorm.OpenbaarEuropees);
        a.Status = AanbestedingStatus.Gepubliceerd;
        a.Publicatiedatum = new DateOnly(2027, 2, 1);
        a.VragenDeadline = Nu.AddDays(5);
        a.Sluitingsmoment = Nu.AddDays(10);
        db.Aanbestedingen.Add(a);
        await db.SaveChangesAsync(Ct);
        return a;
    }

    private static Vraag Vraag(Aanbesteding a, int nummer, VraagStatus status) => new()
    {
        AanbestedingId = a.Id,
        Volgnummer = nummer,
        GesteldDoor = "aanbieder",
        GesteldOp = Nu.AddDays(-nummer),
        Tekst = $"Vraag {nummer}",
        Status = status,
    };

    [Fact]
    public async Task Een_inkoper_ziet_termijnen_vragen_en_kluisverzoeken_van_haar_regio_het_dringendste_eerst()
    {
        await using var db = NieuweContext();
        var a = await GepubliceerdAsync(db);
        db.Vragen.AddRange(Vraag(a, 1, VraagStatus.Nieuw), Vraag(a, 2, VraagStatus.InBehandeling), Vraag(a, 3, VraagStatus.Beantwoord), Vraag(a, 4, VraagStatus.Gepubliceerd));
        db.KluisOpeningen.Add(new KluisOpening { AanbestedingId = a.Id, AangevraagdDoor = "collega", AangevraagdOp = Nu.AddHours(-2) });
        await db.SaveChangesAsync(Ct);

        var ik = await Werkbak.VoorAsync(db, Als("ik", a.RegioId, Rollen.Inkoper), Nu, Ct);
        var collega = await Werkbak.VoorAsync(db, Als("collega", a.RegioId, Rollen.Inkoper), Nu, Ct);
        var analist = await Werkbak.VoorAsync(db, Als("analist", a.RegioId, Rollen.Analist), Nu, Ct);
        var elders = await Werkbak.VoorAsync(db, Als("elders", a.RegioId + 100_000, Rollen.Inkoper), Nu, Ct);

        Assert.Equal(
            [
                ("kluis", "Kluisopening wacht op een tweede inkoper", Urgentie.Dringend),
                ("termijn", $"Vragen stellen kan tot {NlFormat.DatumTijd(Nu.AddDays(5))}", Urgentie.Binnenkort),
                ("termijn", $"Uiterste inschrijfdatum {NlFormat.DatumTijd(Nu.AddDays(10))}", Urgentie.Binnenkort),
                ("nvi", "1 beantwoorde vraag wacht op de volgende Nota van Inlichtingen", Urgentie.Wacht),
                ("vragen", "2 vragen wachten op een antwoord", Urgentie.Wacht),
            ],
            ik.Select(i => (i.Soort, i.Titel, i.Urgentie)));
        Assert.All(ik, i => Assert.StartsWith($"/aanbestedingen/{a.Id}", i.Link, StringComparison.Ordinal));
        // Her own request waits for someone else: four eyes.
        Assert.DoesNotContain(collega, i => i.Soort == "kluis");
        Assert.Equal(4, Werkbak.Taken(collega));
        Assert.DoesNotContain(analist, i => i.Soort != "dekking" && i.Soort != "budget");
        Assert.Empty(elders);
    }

    [Fact]
    public async Task Een_taak_verdwijnt_als_zij_gedaan_is_en_een_nieuwe_aanleiding_krijgt_een_nieuwe_sleutel()
    {
        await using var db = NieuweContext();
        var a = await GepubliceerdAsync(db);
        var v = Vraag(a, 1, VraagStatus.Nieuw);
        db.Vragen.Add(v);
        await db.SaveChangesAsync(Ct);
        var ik = Als("ik", a.RegioId, Rollen.Inkoper);
        var eerst = (await Werkbak.VoorAsync(db, ik, Nu, Ct)).Single(i => i.Soort == "vragen");

        db.Vragen.Add(Vraag(a, 2, VraagStatus.Nieuw));
        await db.SaveChangesAsync(Ct);
        var tweede = (await Werkbak.VoorAsync(db, ik, Nu, Ct)).Single(i => i.Soort == "vragen");
        await db.Vragen.Where(x => x.AanbestedingId == a.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, VraagStatus.Gepubliceerd), Ct);
        var daarna = await Werkbak.VoorAsync(db, ik, Nu, Ct);

        Assert.Equal("1 vraag wacht op een antwoord", eerst.Titel);
        Assert.Equal("2 vragen wachten op een antwoord", tweede.Titel);
        Assert.NotEqual(eerst.Sleutel, tweede.Sleutel);
        Assert.DoesNotContain(daarna, i => i.Soort is "vragen" or "nvi");
    }

    [Fact]
    public async Task Een_concept_voorbij_zijn_publicatiedatum_en_een_verstreken_opschortingstermijn_zijn_te_laat()
    {
        await using var db = NieuweContext();
        var a = await GepubliceerdAsync(db);
        var concept = Aanbesteding.Nieuw(a.RegioId, "Vergeten concept", Procedurevorm.OpenHouse);
        concept.Publicatiedatum = new DateOnly(2027, 2, 20);
        var gegund = Aanbesteding.Nieuw(a.RegioId, "Voorlopig gegund", Procedurevorm.OpenbaarEuropees);
        gegund.Status = AanbestedingStatus.VoorlopigGegund;
        gegund.StandstillEinde = Nu.AddDays(-1);
        var lopend = Aanbesteding.Nieuw(a.RegioId, "Standstill loopt", Procedurevorm.OpenbaarEuropees);
        lopend.Status = AanbestedingStatus.VoorlopigGegund;
        lopend.StandstillEinde = Nu.AddDays(2);
        db.Aanbestedingen.AddRange(concept, gegund, lopend);
        await db.SaveChangesAsync(Ct);

        var lijst = await Werkbak.VoorAsync(db, Als("ik", a.RegioId, Rollen.Inkoper), Nu, Ct);

        var teLaat = lijst.Where(i => i.Urgentie == Urgentie.Verlopen).ToList();
        Assert.Equal(["Nog niet gepubliceerd: gepland op 20 februari 2027", "Opschortingstermijn voorbij: definitief gunnen"], teLaat.Select(i => i.Titel).Order(StringComparer.Ordinal));
        Assert.Equal([$"/aanbestedingen/{concept.Id}", $"/aanbestedingen/{gegund.Id}/gunning"], teLaat.Select(i => i.Link).Order(StringComparer.Ordinal));
        Assert.Equal(Urgentie.Dringend, lijst.Single(i => i.Link == $"/aanbestedingen/{lopend.Id}/gunning").Urgentie);
        // Nothing is past due that is not: the list starts with what is late.
        Assert.Equal(Urgentie.Verlopen, lijst[0].Urgentie);
    }

    [Fact]
    public async Task Een_geweigerde_import_staat_bij_de_analist_van_de_regio_tot_hetzelfde_bestand_wel_binnenkomt()
    {
        await using var db = NieuweContext();
        var klok = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Nu.AddHours(-2));
        var import = new Zorginkoop.Zorgdata.ZorgdataImport(db, new Zorginkoop.Zorgdata.Pseudonimisering(new byte[32]), klok);
        var naam = $"houten-{Guid.NewGuid():N}.csv";
        async Task<bool> ImporteerAsync(string regel)
        {
            using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(CsvImport.Kop + "\n" + regel));
            return (await import.RunAsync(stream, naam, "collega", ct: Ct)).Gelukt;
        }

        var lekstroom = await db.Regios.Where(r => r.Code == "lekstroom").Select(r => r.Id).SingleAsync(Ct);
        var analist = Als("analist", lekstroom, Rollen.Analist);
        // One good line of Houten (so the run is of Lekstroom) and one bad one: the whole file is refused.
        Assert.False(await ImporteerAsync("7101;999900018;0321;98000001;43B11;2024-03-01;2024-03-31;4;etmaal;98000\n" +
            "7102;999900018;0321;98000001;43B11;2024-04-01;2024-04-30;4;etmaal;niet-een-bedrag"));
        var geweigerd = (await Werkbak.VoorAsync(db, analist, Nu, Ct)).Where(i => i.Soort == "import" && i.Titel.EndsWith(naam, StringComparison.Ordinal)).ToList();
        var elders = await Werkbak.VoorAsync(db, Als("analist", lekstroom + 100_000, Rollen.Analist), Nu, Ct);
        klok.Advance(TimeSpan.FromMinutes(5));
        Assert.True(await ImporteerAsync("7101;999900018;0321;98000001;43B11;2024-03-01;2024-03-31;4;etmaal;98000"));
        var daarna = await Werkbak.VoorAsync(db, analist, Nu, Ct);

        var item = Assert.Single(geweigerd);
        Assert.Equal(($"Import geweigerd: {naam}", Urgentie.Dringend), (item.Titel, item.Urgentie));
        // A colleague's run: its status page is the starter's, so the link is the list of the region's runs.
        Assert.Equal("/zorgdata", item.Link);
        Assert.DoesNotContain(elders, i => i.Titel.EndsWith(naam, StringComparison.Ordinal));
        Assert.DoesNotContain(daarna, i => i.Titel.EndsWith(naam, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Een_beoordelaar_ziet_wat_op_haar_score_wacht_en_de_inkoper_wat_op_consensus_wacht()
    {
        Beoordelingsoefening o;
        await using (var db = NieuweContext())
        {
            o = await Beoordelingsoefening.MaakAsync(db, Database.Map.Pad, Ct);
        }

        await using var ctx = NieuweContext();
        var a = await o.AanbestedingAsync(ctx, Ct);
        var beoordelaar = Als("beoordelaar", a.RegioId, Rollen.Beoordelaar);
        var inkoper = Als("inkoper", a.RegioId, Rollen.Inkoper);
        var voor = await Werkbak.VoorAsync(ctx, beoordelaar, Beoordelingsoefening.Na, Ct);
        await o.ScoorAsync(ctx, o.InschrijvingA, "beoordelaar", 8, Ct);
        var naEen = await Werkbak.VoorAsync(ctx, beoordelaar, Beoordelingsoefening.Na, Ct);
        var geenConsensusNodig = await Werkbak.VoorAsync(ctx, inkoper, Beoordelingsoefening.Na, Ct);
        await o.ScoorAsync(ctx, o.InschrijvingA, "inkoper2", 7, Ct);
        var consensus = await Werkbak.VoorAsync(ctx, inkoper, Beoordelingsoefening.Na, Ct);

        Assert.Equal("2 inschrijvingen wachten op uw beoordeling", voor.Single(i => i.Soort == "beoordelen").Titel);
        Assert.Equal("1 inschrijving wacht op uw beoordeling", naEen.Single(i => i.Soort == "beoordelen").Titel);
        Assert.DoesNotContain(geenConsensusNodig, i => i.Soort == "consensus");
        Assert.Equal("1 inschrijving wacht op consensus", consensus.Single(i => i.Soort == "consensus").Titel);
        Assert.Equal($"/aanbestedingen/{a.Id}/beoordeling", consensus.Single(i => i.Soort == "consensus").Link);
    }
}

public sealed class WerkbakTestsSqlite(SqliteTestDatabase database) : WerkbakTests<SqliteTestDatabase>(database);

public sealed class WerkbakTestsPostgres(PostgresTestDatabase database) : WerkbakTests<PostgresTestDatabase>(database);
