using System.IO.Compression;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Zorginkoop.Catalogus.Import;
using Zorginkoop.Monitoring;
using Zorginkoop.Tests.Infrastructure;
using Zorginkoop.Zorgdata;
using static Zorginkoop.Tests.Zorgdata.BerichtVoorbeelden;

namespace Zorginkoop.Tests.Zorgdata;

/// <summary>
/// A ZIP of messages is one import (issue 20, item 3): every message goes in, in the order their kinds need, or none
/// does; a problem names the message it is in; hostile archives are refused without harm.
/// </summary>
public abstract class ZipImportTests<TDatabase>(TDatabase database) : DatabaseTests<TDatabase>(database)
    where TDatabase : TestDatabase
{
    private static byte[] Zip(params (string Naam, string Inhoud)[] bestanden) => Zip(bestanden.Select(b => (b.Naam, Encoding.UTF8.GetBytes(b.Inhoud))).ToArray());

    private static byte[] Zip(params (string Naam, byte[] Inhoud)[] bestanden)
    {
        using var m = new MemoryStream();
        using (var zip = new ZipArchive(m, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (naam, inhoud) in bestanden)
            {
                using var s = zip.CreateEntry(naam).Open();
                s.Write(inhoud);
            }
        }

        return m.ToArray();
    }

    private async Task<ZorgdataImportResultaat> ImporteerAsync(string naam, byte[] inhoud)
    {
        await using var db = NieuweContext();
        await ZorgVoorRegioAmsterdamAsync(db, Ct);
        var import = new ZorgdataImport(db, new Pseudonimisering(new byte[32]), new FakeTimeProvider());
        using var stream = new MemoryStream(inhoud);
        return await import.RunAsync(stream, naam, "tester", Guid.NewGuid(), null, Ct);
    }

    private async Task<MonitorCijfers> KostenAsync(int jaar, int maand)
    {
        await using var db = NieuweContext();
        var van = new DateOnly(jaar, maand, 1);
        return (await Zorgmonitor.BerekenAsync(db, new MonitorFilter(new MonitorPeriode(van, van.AddMonths(1).AddDays(-1)), Gemeente: "0363"), Ct)).Totaal;
    }

    private async Task<List<Toewijzing>> ToewijzingenAsync(params string[] nummers)
    {
        await using var db = NieuweContext();
        return await db.Zorgdata.Toewijzingen.AsNoTracking().Where(t => t.GemeenteCode == "0363" && nummers.Contains(t.ToewijzingNummer))
            .OrderBy(t => t.ToewijzingNummer).ToListAsync(Ct);
    }

    [Fact]
    public async Task Een_zip_van_alle_soorten_berichten_gaat_in_de_juiste_volgorde_als_een_import_in()
    {
        // Named so that name order is the wrong order: the answer first, the allocations last. A directory entry and a
        // name with a path trick are in it too; the name is only a label.
        var zip = Zip(
            ("1-jw325.xml", Voorbeeld("jw325_declaratieantwoord_synthetic.xml")),
            ("2-jw323.xml", Voorbeeld("jw323_declaratie_synthetic.xml")),
            ("map/3-jw307.xml", Voorbeeld("jw307_stop_synthetic.xml")),
            ("../../4-jw305.xml", Voorbeeld("jw305_start_synthetic.xml")),
            ("map/", ""),
            ("5-jw301.xml", Voorbeeld("jw301_toewijzing_synthetic.xml")),
            ("6-wmo323.xml", Voorbeeld("wmo323_declaratie_synthetic.xml")));

        var r = await ImporteerAsync("berichten.zip", zip);

        Assert.True(r.Gelukt, string.Join("\n", r.Meldingen));
        Assert.Equal("zip+jw325", r.Run.Formaat);
        Assert.Equal("berichten.zip", r.Run.Bestandsnaam);
        // Two allocations, a start, a stop, three claim lines and the WMO claim's, one rejection.
        Assert.Equal(r.Run.Regels, r.Run.Toegevoegd);
        var t = await ToewijzingenAsync("500001", "500002");
        Assert.Equal(new DateOnly(2025, 1, 6), t[0].ZorgBegonnen);
        Assert.Equal((new DateOnly(2025, 6, 30), "31"), (t[1].ZorgGestopt, t[1].RedenBeeindiging));
        // RN2025-01-002 was claimed and rejected in the same ZIP: only the first prestatie of January counts.
        Assert.Equal(new MonitorCijfers(1, 1, 60_000), await KostenAsync(2025, 1));
        Assert.Equal(82_200, (await KostenAsync(2025, 3)).KostenCent);

        var nogmaals = await ImporteerAsync("berichten-kopie.zip", zip);
        Assert.Equal(Resultaten.AlGeimporteerd, nogmaals.Run.Resultaat);
    }

    [Fact]
    public async Task Een_declaratieantwoord_in_een_zip_haalt_een_eerder_geladen_regel_uit_de_monitor()
    {
        // The sample moved to 2026, so its lines are this test's own (the class shares one database).
        static string In2026(string s) => s.Replace("2025-01-", "2026-01-", StringComparison.Ordinal);
        var declaratie = await ImporteerAsync("jw323.xml", Encoding.UTF8.GetBytes(In2026(Voorbeeld("jw323_declaratie_synthetic.xml"))));
        Assert.True(declaratie.Gelukt, string.Join("\n", declaratie.Meldingen));
        // The monitor's index holds the line now.
        Assert.Equal(new MonitorCijfers(2, 1, 255_000), await KostenAsync(2026, 1));

        var antwoord = await ImporteerAsync("antwoord.zip", Zip(("jw325.xml", In2026(Voorbeeld("jw325_declaratieantwoord_synthetic.xml")))));

        Assert.True(antwoord.Gelukt, string.Join("\n", antwoord.Meldingen));
        Assert.Equal(new MonitorCijfers(1, 1, 60_000), await KostenAsync(2026, 1));
    }

    [Fact]
    public async Task Een_fout_in_een_bericht_weigert_de_hele_zip_en_noemt_het_bericht()
    {
        var toewijzing = Voorbeeld("jw301_toewijzing_synthetic.xml").Replace("500001", "530001", StringComparison.Ordinal).Replace("500002", "530002", StringComparison.Ordinal);
        var kapot = Voorbeeld("jw323_declaratie_synthetic.xml")
            .Replace("<jw323:ProductCode>43B11</jw323:ProductCode>", "", StringComparison.Ordinal)
            .Replace("RN2025-01-", "RN-ZIPKAPOT-", StringComparison.Ordinal);
        var goed = Voorbeeld("wmo323_declaratie_synthetic.xml").Replace("999900043", "999900044", StringComparison.Ordinal);

        var r = await ImporteerAsync("deels-kapot.zip", Zip(("jw301.xml", toewijzing), ("kapot.xml", kapot), ("bsn.xml", goed)));

        Assert.Equal(Resultaten.Geweigerd, r.Run.Resultaat);
        Assert.Contains(r.Meldingen, m => m.Bestand == "kapot.xml" && m.Tekst.Contains("XSD 3.2", StringComparison.Ordinal));
        var bsn = Assert.Single(r.Meldingen, m => m.Bestand == "bsn.xml");
        Assert.StartsWith("bsn.xml, regel ", bsn.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("999900044", bsn.ToString(), StringComparison.Ordinal);
        Assert.Empty(await ToewijzingenAsync("530001", "530002"));
        await using var db = NieuweContext();
        Assert.False(await db.Zorgdata.Zorgregels.AnyAsync(z => z.ReferentieNummer != null && z.ReferentieNummer.StartsWith("RN-ZIPKAPOT-"), Ct));
    }

    [Fact]
    public async Task Vijandige_en_kapotte_zips_worden_met_uitleg_geweigerd()
    {
        var genest = await ImporteerAsync("genest.zip", Zip(("binnen.zip", Zip(("jw323.xml", Voorbeeld("jw323_declaratie_synthetic.xml"))))));
        var kapot = await ImporteerAsync("kapot.zip", [.. "PK\u0003\u0004"u8, .. new byte[100]]);
        var leeg = await ImporteerAsync("leeg.zip", Zip(("map/", "")));
        var pad = await ImporteerAsync("pad.zip", Zip(("../../etc/jw305.xml", Voorbeeld("jw305_start_synthetic.xml").Replace("500001", "599999", StringComparison.Ordinal))));

        Assert.Contains("ZIP-bestand in een ZIP-bestand", Assert.Single(genest.Meldingen).Tekst, StringComparison.Ordinal);
        Assert.Equal("binnen.zip", genest.Meldingen[0].Bestand);
        Assert.Contains("beschadigd", Assert.Single(kapot.Meldingen).Tekst, StringComparison.Ordinal);
        Assert.Contains("geen berichten", Assert.Single(leeg.Meldingen).Tekst, StringComparison.Ordinal);
        Assert.Equal("jw305.xml", Assert.Single(pad.Meldingen).Bestand);
        Assert.All(new[] { genest, kapot, leeg, pad }, r => Assert.Equal((Resultaten.Geweigerd, 0), (r.Run.Resultaat, r.Run.Toegevoegd)));
    }

    [Fact]
    public void Een_zip_waarvan_de_inhoudsopgave_te_groot_is_wordt_geweigerd_voordat_die_gelezen_wordt()
    {
        var zip = Zip(("a.csv", "x"));
        // The end record (the last 22 bytes, no comment) says the table of contents is 200 MB.
        Assert.Equal(0x06054b50u, System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(zip.Length - 22)));
        Assert.True(ZipInhoudsopgave.Grootte(new MemoryStream(zip)) is > 0 and < 200);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(zip.Length - 22 + 12), 200 * 1024 * 1024);
        var meldingen = new List<ImportMelding>();

        var bundel = Berichtenbundel.Open(new MemoryStream(zip), meldingen.Add);

        Assert.Null(bundel);
        Assert.Contains("inhoudsopgave", Assert.Single(meldingen).Tekst, StringComparison.Ordinal);
    }

    [Fact]
    public void Wat_een_zip_uitpakt_wordt_geteld_wat_de_kop_ook_zegt()
    {
        // A megabyte of zeros compresses to a kilobyte; with a limit of 64 kB it is refused while it is read.
        var zip = Zip(("nullen.csv", new byte[1024 * 1024]));
        var meldingen = new List<ImportMelding>();
        using var bundel = Berichtenbundel.Open(new MemoryStream(zip), meldingen.Add, maxUitgepakt: 64 * 1024);

        var deel = Assert.Single(Assert.IsType<Berichtenbundel>(bundel).Delen);
        using var s = deel.Open();
        var e = Assert.Throws<InvalidDataException>(() => s.CopyTo(Stream.Null));

        Assert.Contains("pakt uit tot meer dan 64 kB", Berichtenbundel.OnleesbaarDeel(e), StringComparison.Ordinal);
        Assert.Empty(meldingen);
    }
}

public sealed class ZipImportTestsSqlite(SqliteTestDatabase database) : ZipImportTests<SqliteTestDatabase>(database);

public sealed class ZipImportTestsPostgres(PostgresTestDatabase database) : ZipImportTests<PostgresTestDatabase>(database);
