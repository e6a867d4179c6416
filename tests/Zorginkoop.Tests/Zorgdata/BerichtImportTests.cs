using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Zorginkoop.Monitoring;
using Zorginkoop.Tests.Infrastructure;
using Zorginkoop.Zorgdata;

namespace Zorginkoop.Tests.Zorgdata;

/// <summary>
/// The iJw/iWmo 3.2 messages: the samples import, and broken or hostile variants of them are refused with a clear
/// message and store nothing. The samples use gemeente 0363, so each test database gets a region with Amsterdam.
/// </summary>
public abstract class BerichtImportTests<TDatabase>(TDatabase database) : DatabaseTests<TDatabase>(database)
    where TDatabase : TestDatabase
{
    private static string Voorbeeld(string naam) => BerichtVoorbeelden.Voorbeeld(naam);

    /// <param name="bereik">The municipalities the importer may import (her regions'), as the web passes them; null: all (the CLI).</param>
    protected async Task<ZorgdataImportResultaat> ImporteerAsync(string naam, string inhoud, IReadOnlySet<string>? bereik = null)
    {
        await using var db = NieuweContext();
        await BerichtVoorbeelden.ZorgVoorRegioAmsterdamAsync(db, Ct);
        var import = new ZorgdataImport(db, new Pseudonimisering(new byte[32]), new FakeTimeProvider());
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(inhoud));
        return await import.RunAsync(stream, naam, "tester", Guid.NewGuid(), null, Ct, bereik);
    }

    [Fact]
    public async Task Een_importeur_van_een_andere_regio_krijgt_elk_bericht_geweigerd()
    {
        // Amsterdam (0363) is not of a Lekstroom importer (0321): allocations, claims and starts alike (an answer, JW325,
        // is checked against its claim's municipality by the same rule; its claim would change this class's figures).
        IReadOnlySet<string> lekstroom = new HashSet<string> { "0321" };
        const string Uniek = "\n<!-- bereik -->\n";

        var geweigerd = new[]
        {
            await ImporteerAsync("jw301.xml", Voorbeeld("jw301_toewijzing_synthetic.xml") + Uniek, lekstroom),
            await ImporteerAsync("jw323.xml", Voorbeeld("jw323_declaratie_synthetic.xml") + Uniek, lekstroom),
            await ImporteerAsync("jw305.xml", Voorbeeld("jw305_start_synthetic.xml") + Uniek, lekstroom),
        };
        var eigen = await ImporteerAsync("wmo301.xml", Voorbeeld("wmo301_toewijzing_synthetic.xml") + Uniek, new HashSet<string> { "0363" });

        Assert.All(geweigerd, r =>
        {
            Assert.Equal(Resultaten.Geweigerd, r.Run.Resultaat);
            Assert.Equal(0, r.Run.Toegevoegd);
            Assert.Contains(r.Meldingen, m => m.Tekst.StartsWith("Gemeente 0363 hoort niet bij uw regio's", StringComparison.Ordinal));
            Assert.Equal(",0363,", r.Run.Gemeenten);
        });
        Assert.True(eigen.Gelukt, string.Join("\n", eigen.Meldingen));
        Assert.Equal(",0363,", eigen.Run.Gemeenten);
    }

    private async Task<MonitorCijfers> KostenAsync(int jaar, int maand)
    {
        await using var db = NieuweContext();
        var van = new DateOnly(jaar, maand, 1);
        return (await Zorgmonitor.BerekenAsync(db, new MonitorFilter(new MonitorPeriode(van, van.AddMonths(1).AddDays(-1)), Gemeente: "0363"), Ct)).Totaal;
    }

    [Fact]
    public async Task Jw323_en_daarna_jw325_geven_de_geaccepteerde_kosten()
    {
        var declaratie = await ImporteerAsync("jw323.xml", Voorbeeld("jw323_declaratie_synthetic.xml"));
        Assert.True(declaratie.Gelukt, string.Join("\n", declaratie.Meldingen));
        Assert.Equal(("jw323", 3, 3), (declaratie.Run.Formaat, declaratie.Run.Regels, declaratie.Run.Toegevoegd));
        // January 2025: 4 × 150,00 + 30 × 65,00; the credit of 900,00 belongs to December 2024, its ProductPeriode.
        Assert.Equal(new MonitorCijfers(2, 1, 255_000), await KostenAsync(2025, 1));
        Assert.Equal(-90_000, (await KostenAsync(2024, 12)).KostenCent);

        var antwoord = await ImporteerAsync("jw325.xml", Voorbeeld("jw325_declaratieantwoord_synthetic.xml"));
        Assert.True(antwoord.Gelukt, string.Join("\n", antwoord.Meldingen));
        // RN2025-01-002 (195000) was rejected: it leaves the accepted costs, and the traject with it.
        Assert.Equal(new MonitorCijfers(1, 1, 60_000), await KostenAsync(2025, 1));

        var nogmaals = await ImporteerAsync("jw325-kopie.xml", Voorbeeld("jw325_declaratieantwoord_synthetic.xml") + "\n");
        Assert.Equal((0, 1), (nogmaals.Run.Toegevoegd, nogmaals.Run.AlAanwezig));
    }

    [Fact]
    public async Task Wmo323_wordt_op_dezelfde_manier_ingelezen()
    {
        var r = await ImporteerAsync("wmo323.xml", Voorbeeld("wmo323_declaratie_synthetic.xml"));

        Assert.True(r.Gelukt, string.Join("\n", r.Meldingen));
        Assert.Equal("wmo323", r.Run.Formaat);
        Assert.Equal(82_200, (await KostenAsync(2025, 3)).KostenCent);
    }

    [Fact]
    public async Task Een_antwoord_op_een_onbekende_declaratie_wordt_geweigerd()
    {
        var inhoud = Voorbeeld("jw325_declaratieantwoord_synthetic.xml").Replace("RN2025-01-002", "RN-ONBEKEND", StringComparison.Ordinal);
        var r = await ImporteerAsync("jw325-onbekend.xml", inhoud);

        Assert.False(r.Gelukt);
        Assert.Contains("niet eerder geïmporteerd", Assert.Single(r.Meldingen).Tekst, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_bericht_dat_niet_aan_het_schema_voldoet_slaat_niets_op()
    {
        // Without ProductCode the prestatie breaks the XSD (the element is required).
        // The reference numbers are made unique to this test: the test class shares one database, and another test
        // imports the unbroken sample.
        var inhoud = Voorbeeld("jw323_declaratie_synthetic.xml")
            .Replace("<jw323:ProductCode>43B11</jw323:ProductCode>", "", StringComparison.Ordinal)
            .Replace("RN2025-01-", "RN-KAPOT-", StringComparison.Ordinal);
        Assert.Contains("RN-KAPOT-", inhoud, StringComparison.Ordinal);
        var r = await ImporteerAsync("kapot.xml", inhoud);

        Assert.False(r.Gelukt);
        Assert.Contains(r.Meldingen, m => m.Tekst.Contains("XSD 3.2", StringComparison.Ordinal) && m.Regel > 1);
        await using var db = NieuweContext();
        Assert.False(await db.Zorgdata.Zorgregels.AnyAsync(z => z.ReferentieNummer != null && z.ReferentieNummer.StartsWith("RN-KAPOT-"), Ct));
    }

    [Fact]
    public async Task Een_ongeldig_bsn_in_een_bericht_wordt_gemeld_zonder_het_bsn()
    {
        var inhoud = Voorbeeld("wmo323_declaratie_synthetic.xml").Replace("999900043", "999900044", StringComparison.Ordinal);
        var r = await ImporteerAsync("bsn.xml", inhoud);

        var m = Assert.Single(r.Meldingen);
        Assert.Contains("11-proef", m.Tekst, StringComparison.Ordinal);
        Assert.DoesNotContain("999900044", m.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Xml_met_entiteiten_wordt_veilig_geweigerd()
    {
        const string bom = """
            <?xml version="1.0"?>
            <!DOCTYPE lol [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
            <jw323:Bericht xmlns:jw323="http://www.istandaarden.nl/ijw/3_2/jw323/schema">&lol2;</jw323:Bericht>
            """;
        var r = await ImporteerAsync("bom.xml", bom);

        Assert.False(r.Gelukt);
        Assert.Contains("DTD", Assert.Single(r.Meldingen).Tekst, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_wmo325_wordt_met_uitleg_geweigerd_want_het_schema_ontbreekt()
    {
        var r = await ImporteerAsync("wmo325.xml", "<w:Bericht xmlns:w=\"http://www.istandaarden.nl/iwmo/3_2/wmo325/schema\"/>");

        Assert.False(r.Gelukt);
        Assert.Contains("WMO325", Assert.Single(r.Meldingen).Tekst, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_en_stop_leggen_de_werkelijke_levering_vast_en_status_3_trekt_hem_in()
    {
        await ImporteerAsync("jw301.xml", Voorbeeld("jw301_toewijzing_synthetic.xml"));

        var start = await ImporteerAsync("jw305.xml", Voorbeeld("jw305_start_synthetic.xml"));
        var stopt = await ImporteerAsync("jw307.xml", Voorbeeld("jw307_stop_synthetic.xml"));

        Assert.True(start.Gelukt, string.Join("\n", start.Meldingen));
        Assert.True(stopt.Gelukt, string.Join("\n", stopt.Meldingen));
        var t = await ToewijzingenAsync("500001", "500002");
        Assert.Equal(new DateOnly(2025, 1, 6), t[0].ZorgBegonnen);
        Assert.Equal((new DateOnly(2025, 6, 30), "31"), (t[1].ZorgGestopt, t[1].RedenBeeindiging));

        var intrekken = Voorbeeld("jw305_start_synthetic.xml").Replace("<jw305:StatusAanlevering>1</jw305:StatusAanlevering>", "<jw305:StatusAanlevering>3</jw305:StatusAanlevering>", StringComparison.Ordinal);
        Assert.True((await ImporteerAsync("jw305-intrekken.xml", intrekken)).Gelukt);
        Assert.Null((await ToewijzingenAsync("500001")).Single().ZorgBegonnen);
    }

    [Fact]
    public async Task Een_start_bij_een_onbekende_toewijzing_wordt_geweigerd()
    {
        var r = await ImporteerAsync("jw305-onbekend.xml", Voorbeeld("jw305_start_synthetic.xml").Replace("500001", "599999", StringComparison.Ordinal));

        Assert.False(r.Gelukt);
        Assert.Contains("importeer eerst de toewijzing", Assert.Single(r.Meldingen).Tekst, StringComparison.Ordinal);
    }

    private async Task<List<Toewijzing>> ToewijzingenAsync(params string[] nummers)
    {
        await using var db = NieuweContext();
        return await db.Zorgdata.Toewijzingen.AsNoTracking().Where(t => t.GemeenteCode == "0363" && nummers.Contains(t.ToewijzingNummer)).OrderBy(t => t.ToewijzingNummer).ToListAsync(Ct);
    }

    [Fact]
    public async Task Jw301_en_wmo301_worden_als_actuele_toewijzingen_opgeslagen()
    {
        var jeugd = await ImporteerAsync("jw301.xml", Voorbeeld("jw301_toewijzing_synthetic.xml"));
        var wmo = await ImporteerAsync("wmo301.xml", Voorbeeld("wmo301_toewijzing_synthetic.xml"));

        Assert.True(jeugd.Gelukt, string.Join("\n", jeugd.Meldingen));
        Assert.True(wmo.Gelukt, string.Join("\n", wmo.Meldingen));
        var t = await ToewijzingenAsync("500001", "500002", "700001");
        Assert.Equal(["500001:43B11:2025-12-31", "500002:50B32:2025-07-31", "700001:02A03:2026-03-02"],
            t.Select(x => $"{x.ToewijzingNummer}:{x.ProductCode}:{x.Einddatum:yyyy-MM-dd}"));
        Assert.All(t, x => Assert.Equal(64, x.Client.Length));
        Assert.All(t, x => Assert.NotNull(x.ProductId));
        Assert.DoesNotContain(t, x => x.Verwijderd);
    }

    [Fact]
    public async Task Een_latere_toewijzing_vervangt_de_vorige_en_een_oudere_verandert_niets()
    {
        var origineel = Voorbeeld("jw301_toewijzing_synthetic.xml").Replace("500001", "510001", StringComparison.Ordinal).Replace("500002", "510002", StringComparison.Ordinal);
        Assert.True((await ImporteerAsync("eerste.xml", origineel)).Gelukt);
        var later = origineel
            .Replace("<jw301:Toewijzingstijd>10:15:00</jw301:Toewijzingstijd>", "<jw301:Toewijzingstijd>11:00:00</jw301:Toewijzingstijd>", StringComparison.Ordinal)
            .Replace("<jw301:Einddatum>2025-12-31</jw301:Einddatum>", "<jw301:Einddatum>2025-06-30</jw301:Einddatum>", StringComparison.Ordinal);
        var ouder = origineel
            .Replace("<jw301:Toewijzingstijd>10:15:00</jw301:Toewijzingstijd>", "<jw301:Toewijzingstijd>09:00:00</jw301:Toewijzingstijd>", StringComparison.Ordinal)
            .Replace("<jw301:Einddatum>2025-12-31</jw301:Einddatum>", "<jw301:Einddatum>2025-02-28</jw301:Einddatum>", StringComparison.Ordinal);

        var r = await ImporteerAsync("later.xml", later);
        var o = await ImporteerAsync("ouder.xml", ouder);

        Assert.Equal((2, 0), (r.Run.Toegevoegd, r.Run.AlAanwezig));
        Assert.Equal((0, 2), (o.Run.Toegevoegd, o.Run.AlAanwezig));
        Assert.Equal(new DateOnly(2025, 6, 30), (await ToewijzingenAsync("510001")).Single().Einddatum);
    }

    [Fact]
    public async Task Een_verwijderde_toewijzing_wordt_als_verwijderd_gemarkeerd()
    {
        var verwijderd = Voorbeeld("jw301_toewijzing_synthetic.xml")
            .Replace("500001", "520001", StringComparison.Ordinal).Replace("500002", "520002", StringComparison.Ordinal)
            .Replace("<jw301:Einddatum>2025-12-31</jw301:Einddatum>", "<jw301:Einddatum>2025-01-06</jw301:Einddatum><jw301:RedenWijziging>13</jw301:RedenWijziging>", StringComparison.Ordinal);

        var r = await ImporteerAsync("verwijderd.xml", verwijderd);

        Assert.True(r.Gelukt, string.Join("\n", r.Meldingen));
        Assert.Equal([true, false], (await ToewijzingenAsync("520001", "520002")).Select(t => t.Verwijderd));
    }

    [Fact]
    public async Task Een_bericht_van_release_3_1_wordt_met_uitleg_geweigerd()
    {
        var r = await ImporteerAsync("oud.xml", Voorbeeld("jw323_declaratie_synthetic.xml").Replace("/3_2/", "/3_1/", StringComparison.Ordinal));

        Assert.Contains("release 3.0 of 3.1", Assert.Single(r.Meldingen).Tekst, StringComparison.Ordinal);
    }
}

public sealed class BerichtImportTestsSqlite(SqliteTestDatabase database) : BerichtImportTests<SqliteTestDatabase>(database);

public sealed class BerichtImportTestsPostgres(PostgresTestDatabase database) : BerichtImportTests<PostgresTestDatabase>(database);
