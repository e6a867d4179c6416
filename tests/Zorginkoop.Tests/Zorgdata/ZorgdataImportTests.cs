using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Zorginkoop.Tests.Infrastructure;
using Zorginkoop.Zorgdata;

namespace Zorginkoop.Tests.Zorgdata;

public abstract class ZorgdataImportTests<TDatabase>(TDatabase database) : DatabaseTests<TDatabase>(database)
    where TDatabase : TestDatabase, new()
{
    private const string Kop = "toewijzingnummer;bsn;gemeente;agb;productcode;begindatum;einddatum;volume;eenheid;bedrag_cent";
    private readonly FakeTimeProvider tijd = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));

    /// <summary>
    /// Runs <paramref name="test"/> on a database of its own: for the tests whose outcome depends on how many lines are
    /// stored, which the other tests of the class change.
    /// </summary>
    protected static async Task MetEigenDatabaseAsync<T>(Func<T, Task> test)
        where T : TestDatabase, new()
    {
        var eigen = new T();
        await eigen.InitializeAsync();
        try
        {
            eigen.VereisBeschikbaar();
            await test(eigen);
        }
        finally
        {
            await eigen.DisposeAsync();
        }
    }

    protected Task<ZorgdataImportResultaat> ImporteerAsync(string naam, params string[] regels) => ImporteerAsync(naam, new SqlRecorder(), regels);

    protected Task<ZorgdataImportResultaat> ImporteerAsync(string naam, SqlRecorder opname, string[] regels) => ImporteerAsync(naam, opname, null, regels);

    private Task<ZorgdataImportResultaat> ImporteerAsync(string naam, System.Collections.Concurrent.ConcurrentQueue<ImportProgress> voortgang, string[] regels) =>
        ImporteerAsync(naam, new SqlRecorder(), voortgang, regels);

    protected async Task<ZorgdataImportResultaat> ImporteerAsync(
        string naam, SqlRecorder opname, System.Collections.Concurrent.ConcurrentQueue<ImportProgress>? voortgang, string[] regels, TestDatabase? database = null)
    {
        await using var db = (database ?? Database).NieuweContext(opname);
        var import = new ZorgdataImport(db, new Pseudonimisering(new byte[32]), tijd, maxMeldingen: 3);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(string.Join("\n", regels.Prepend(Kop))));
        return await import.RunAsync(stream, naam, "tester", voortgang is null ? null : new SynchronousProgress<ImportProgress>(voortgang.Enqueue), Ct);
    }

    private async Task<(int Regels, long Som)> TelAsync(string agb)
    {
        await using var db = NieuweContext();
        var regels = await db.Zorgdata.Zorgregels.Where(z => z.AgbCode == agb).ToListAsync(Ct);
        return (regels.Count, regels.Sum(r => r.BedragCent));
    }

    protected static string Agb() => "97" + Random.Shared.Next(0, 999999).ToString("000000", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Een_goed_bestand_wordt_opgeslagen_en_de_run_vastgelegd()
    {
        var agb = Agb();
        var r = await ImporteerAsync("goed.csv",
            $"1;999900018;0632;{agb};45A51;2018-01-01;2018-01-31;10;uur;110000",
            $";999900031;0632;{agb};07A01;2018-03-01;2018-03-31;12;16;54000");

        Assert.True(r.Gelukt, string.Join("\n", r.Meldingen));
        Assert.Equal((Resultaten.Gelukt, 2, 2, 0), (r.Run.Resultaat, r.Run.Regels, r.Run.Toegevoegd, r.Run.AlAanwezig));
        Assert.Equal((2, 164000L), await TelAsync(agb));
        await using var db = NieuweContext();
        var run = await db.Zorgdata.Importruns.SingleAsync(x => x.Id == r.Run.Id, Ct);
        Assert.Equal(("goed.csv", "tester", tijd.GetUtcNow()), (run.Bestandsnaam, run.Gebruiker, run.Gestart));
        Assert.Equal(64, run.Sha256.Length);
    }

    [Fact]
    public async Task Elk_veld_van_elke_regel_wordt_opgeslagen_zoals_het_in_het_bestand_staat()
    {
        // Each line differs from the one before in a few fields and repeats the rest, with an empty allocation number
        // between filled ones: the SQLite writer binds only what changed, so a value left over from the previous
        // line would show here.
        var agb = Agb();
        var agb2 = Agb();
        string[] regels =
        [
            $"0500001;999900018;0632;{agb};45A51;2018-01-01;2018-01-31;10;uur;110000",
            $";999900018;0632;{agb};45A51;2018-01-01;2018-01-31;10;uur;110001",
            $"7;999900031;0632;{agb};45A51;2018-02-01;2018-02-28;10;uur;110002",
            $";999900031;0335;{agb2};07A01;2018-02-01;2018-02-28;12;16;54000",
            $";999900031;0335;{agb2};07A01;2018-02-01;2018-02-28;12;16;-54000",
            $"8;999900018;0632;{agb};45A51;2018-02-01;2018-03-31;3;uur;33000",
        ];
        var r = await ImporteerAsync("velden.csv", regels);

        Assert.True(r.Gelukt, string.Join("\n", r.Meldingen));
        await using var db = NieuweContext();
        // PostgreSQL stores the lines in key order, so they are compared as a set, each known by its amount.
        var opgeslagen = await db.Zorgdata.Zorgregels.Where(z => z.ImportrunId == r.Run.Id)
            .Select(z => new { z.ToewijzingNummer, z.GemeenteCode, z.AgbCode, z.Begindatum, z.Einddatum, z.Volume, z.EenheidCode, z.BedragCent, z.ClientSleutel, z.ReferentieNummer, z.Afgewezen })
            .ToListAsync(Ct);
        Assert.Equal(
            [
                $"500001|0632|{agb}|2018-01-01|2018-01-31|10|04|110000",
                $"|0632|{agb}|2018-01-01|2018-01-31|10|04|110001",
                $"7|0632|{agb}|2018-02-01|2018-02-28|10|04|110002",
                $"|0335|{agb2}|2018-02-01|2018-02-28|12|16|54000",
                $"|0335|{agb2}|2018-02-01|2018-02-28|12|16|-54000",
                $"8|0632|{agb}|2018-02-01|2018-03-31|3|04|33000",
            ],
            opgeslagen.OrderBy(z => Array.IndexOf([110000, 110001, 110002, 54000, -54000, 33000], z.BedragCent))
                .Select(z => string.Join('|', z.ToewijzingNummer, z.GemeenteCode, z.AgbCode, z.Begindatum.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    z.Einddatum.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), z.Volume, z.EenheidCode, z.BedragCent)));
        Assert.All(opgeslagen, z => Assert.Equal((null, false), (z.ReferentieNummer, z.Afgewezen)));
        var client = opgeslagen.ToDictionary(z => z.BedragCent, z => Convert.ToHexString(z.ClientSleutel));
        Assert.Equal([client[110000], client[110000], client[110002], client[110002], client[110002], client[110000]],
            new long[] { 110000, 110001, 110002, 54000, -54000, 33000 }.Select(b => client[b]));
        Assert.NotEqual(client[110000], client[110002]);
    }

    [Fact]
    public async Task De_trajectsleutel_is_de_toewijzing_en_de_migratie_berekent_dezelfde_voor_oudere_regels()
    {
        var agb = Agb();
        var r = await ImporteerAsync("trajecten.csv",
            $"0500001;999900018;0632;{agb};45A51;2018-01-01;2018-01-31;10;uur;110000",
            $"500001;999900018;0632;{agb};45A51;2018-02-01;2018-02-28;10;uur;110000",
            $"500001;999900031;0335;{agb};45A51;2018-02-01;2018-02-28;10;uur;110000",
            $";999900018;0632;{agb};45A51;2018-03-01;2018-03-31;10;uur;110000");
        Assert.True(r.Gelukt, string.Join("\n", r.Meldingen));

        await using var db = NieuweContext();
        // Ordered as in the file by date and municipality (PostgreSQL stores a file's lines in key order).
        var regels = db.Zorgdata.Zorgregels.Where(z => z.ImportrunId == r.Run.Id).OrderBy(z => z.Begindatum).ThenByDescending(z => z.GemeenteCode);
        var sleutels = await regels.Select(z => z.TrajectSleutel).ToListAsync(Ct);
        Assert.Equal(["t063200000500001", "t063200000500001", "t033500000500001"], sleutels.Take(3).Select(Encoding.ASCII.GetString));
        // A hashed key: never an allocation's shape ("t" and 15 digits). Its first byte alone may well be 't' (1 in 256).
        Assert.Equal(16, sleutels[3].Length);
        Assert.False(sleutels[3][0] == (byte)'t' && sleutels[3].Skip(1).All(b => b is >= (byte)'0' and <= (byte)'9'), Convert.ToHexString(sleutels[3]));

        // Lines stored before this key existed carry another one; the old chain's migration ToewijzingAlsTrajectsleutel
        // gave them the same key with its own SQL (now in its script, Data/OudeMigraties), so a database moved over from
        // that chain and a new import agree.
        await regels.Where(z => z.ToewijzingNummer != null).ExecuteUpdateAsync(u => u.SetProperty(z => z.TrajectSleutel, new byte[16]), Ct);
        var script = await File.ReadAllLinesAsync(Path.Combine(AppContext.BaseDirectory, "Data", "OudeMigraties", Database.Provider + ".sql"), Ct);
        var stap = Assert.Single(script, r => r.StartsWith("UPDATE \"Zorgregels\" SET \"TrajectSleutel\"", StringComparison.Ordinal));
        await db.Zorgdata.Database.ExecuteSqlRawAsync(stap, Ct);

        Assert.Equal(sleutels.Select(Convert.ToHexString), (await regels.Select(z => z.TrajectSleutel).ToListAsync(Ct)).Select(Convert.ToHexString));
    }

    [Fact]
    public async Task Een_foute_regel_slaat_niets_op_en_noemt_regel_en_veld_maar_nooit_het_bsn()
    {
        var agb = Agb();
        var r = await ImporteerAsync("fout.csv",
            $"1;999900018;0632;{agb};45A51;2018-01-01;2018-01-31;10;uur;110000",
            $"2;999900019;0632;{agb};45A51;2018-01-01;2018-01-31;10;uur;110000",
            $"3;999900031;0632;{agb};ONBEKEND;2018-01-01;2018-01-31;10;uur;110000",
            $"4;999900043;0632;{agb};45A51;2018-01-01;2018-01-31;10;dagdeel;110000");

        Assert.False(r.Gelukt);
        Assert.Equal(Resultaten.Geweigerd, r.Run.Resultaat);
        Assert.Equal(["3:bsn", "4:productcode", "5:eenheid"], r.Meldingen.Select(m => $"{m.Regel}:{m.Kolom}"));
        Assert.Contains("11-proef", r.Meldingen[0].Tekst, StringComparison.Ordinal);
        Assert.All(r.Meldingen, m => Assert.DoesNotContain("99990", m.Tekst, StringComparison.Ordinal));
        Assert.Equal((0, 0L), await TelAsync(agb));
        await using var db = NieuweContext();
        Assert.True(await db.Zorgdata.Importruns.AnyAsync(x => x.Bestandsnaam == "fout.csv" && x.Resultaat == Resultaten.Geweigerd, Ct));
    }

    [Fact]
    public async Task Meer_fouten_dan_de_grens_worden_geteld_maar_niet_allemaal_gemeld()
    {
        var regels = Enumerable.Range(0, 10).Select(i => $"{i};123;0632;98000001;45A51;2018-01-01;2018-01-31;1;uur;100").ToArray();
        var r = await ImporteerAsync("veel.csv", regels);

        Assert.Equal(10, r.AantalFouten);
        Assert.Equal(3, r.Meldingen.Count);
        Assert.Contains("en nog 7 fouten", r.Run.Meldingen, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hetzelfde_bestand_of_dezelfde_regels_opnieuw_veranderen_niets()
    {
        var agb = Agb();
        var regels = new[]
        {
            $"1;999900018;0632;{agb};45A51;2018-01-01;2018-01-31;10;uur;110000",
            $"2;999900031;0632;{agb};45A51;2018-02-01;2018-02-28;5;uur;55000",
        };
        Assert.True((await ImporteerAsync("a.csv", regels)).Gelukt);

        var nogmaals = await ImporteerAsync("a.csv", regels);
        var deels = await ImporteerAsync("b.csv", regels[1], $"3;999900043;0632;{agb};45A51;2018-03-01;2018-03-31;1;uur;11000");

        Assert.Equal(Resultaten.AlGeimporteerd, nogmaals.Run.Resultaat);
        Assert.Equal((1, 1), (deels.Run.Toegevoegd, deels.Run.AlAanwezig));
        Assert.Equal((3, 176000L), await TelAsync(agb));
    }

    [Fact]
    public async Task Een_groot_bestand_slaat_elke_regel_een_keer_op_ook_als_hij_er_al_was_of_twee_keer_in_staat()
    {
        // A database of its own: how many lines are stored decides whether SQLite rebuilds the key index, and the
        // other tests of this class store tens of thousands.
        await MetEigenDatabaseAsync<TDatabase>(async eigen =>
        {
            var agb = Agb();
            string Regel(int i) => $"{i};999900018;0632;{agb};45A51;2018-01-01;2018-01-31;10;uur;{100_000 + i}";
            var eerder = await ImporteerAsync("eerder.csv", new SqlRecorder(), null, [Regel(1), Regel(2)], eigen);
            Assert.True(eerder.Gelukt);

            // Three thousand lines: many more than the database stores, so SQLite drops the key index and builds it
            // again at the end (ZorgregelWriter.SleutelindexOpnieuwOpbouwen). Lines 1 and 2 are stored already; 3
            // and 3000 come twice.
            var opname = new SqlRecorder();
            var r = await ImporteerAsync("groot.csv", opname, null, [.. Enumerable.Range(1, 3000).Select(Regel), Regel(3), Regel(3000)], eigen);

            Assert.True(r.Gelukt, string.Join("\n", r.Meldingen));
            Assert.Equal((3002, 2998, 4), (r.Run.Regels, r.Run.Toegevoegd, r.Run.AlAanwezig));
            await using var db = eigen.NieuweContext();
            var regels = await db.Zorgdata.Zorgregels.Where(z => z.AgbCode == agb).Select(z => new { z.BedragCent, z.ImportrunId }).ToListAsync(Ct);
            Assert.Equal(Enumerable.Range(1, 3000).Select(i => 100_000L + i), regels.Select(z => z.BedragCent).Order());
            Assert.Equal([eerder.Run.Id, eerder.Run.Id], regels.Where(z => z.BedragCent <= 100_002).Select(z => z.ImportrunId));
            Assert.All(regels.Where(z => z.BedragCent > 100_002), z => Assert.Equal(r.Run.Id, z.ImportrunId));
            if (Database.Provider == Zorginkoop.Data.DatabaseOptions.Sqlite)
            {
                // The rebuild really ran, and found the repeated keys itself: otherwise this test would not cover it.
                Assert.Contains(opname.Sql, s => s.StartsWith("DROP INDEX \"IX_Zorgregels_Sleutel\"", StringComparison.Ordinal));
                Assert.Contains(opname.Sql, s => s.StartsWith("DELETE FROM \"Zorgregels\"", StringComparison.Ordinal));
            }
        });
    }

    [Fact]
    public async Task De_voortgang_meldt_het_deel_van_het_bestand_dat_gelezen_is_en_daarna_het_opslaan()
    {
        var agb = Agb();
        var meldingen = new System.Collections.Concurrent.ConcurrentQueue<ImportProgress>();

        var r = await ImporteerAsync("voortgang.csv", meldingen,
            [.. Enumerable.Range(1, 25_000).Select(i => $"{i};999900018;0632;{agb};45A51;2018-01-01;2018-01-31;10;uur;{i}")]);

        Assert.True(r.Gelukt, string.Join("\n", r.Meldingen));
        var lijst = meldingen.ToList();
        Assert.Equal([(10_000, false), (20_000, false), (25_000, true), (25_000, true)], lijst.Select(v => (v.Regels, v.Opslaan)));
        Assert.InRange(lijst[0].Procent, 1, lijst[1].Procent - 1);
        Assert.InRange(lijst[1].Procent, lijst[0].Procent + 1, 99);
        Assert.Equal("alle 25.000 regels gelezen en gecontroleerd; de regels worden opgeslagen", lijst[^1].Tekst);
        Assert.Equal($"10.000 regels gelezen ({lijst[0].Procent} %)", lijst[0].Tekst);
    }

    [Fact]
    public async Task Een_geweigerde_import_meldt_nooit_dat_hij_opslaat()
    {
        var agb = Agb();
        var meldingen = new System.Collections.Concurrent.ConcurrentQueue<ImportProgress>();
        string[] regels =
        [
            .. Enumerable.Range(1, 12_000).Select(i => $"{i};999900018;0632;{agb};45A51;2018-01-01;2018-01-31;10;uur;{i}"),
            $"12001;999900018;9999;{agb};45A51;2018-01-01;2018-01-31;10;uur;1",
        ];

        var r = await ImporteerAsync("geweigerd.csv", meldingen, regels);

        Assert.False(r.Gelukt);
        Assert.Equal([(10_000, false), (12_001, false)], meldingen.Select(v => (v.Regels, v.Opslaan)));
    }

    [Fact]
    public async Task Een_bestand_met_alleen_een_kopregel_wordt_geweigerd_en_meldt_geen_opslaan()
    {
        var meldingen = new System.Collections.Concurrent.ConcurrentQueue<ImportProgress>();

        var r = await ImporteerAsync("leeg.csv", meldingen, []);

        Assert.False(r.Gelukt);
        Assert.Equal("1: Het bestand bevat geen zorgregels.", $"{r.Meldingen.Single().Regel}: {r.Meldingen.Single().Tekst}");
        Assert.Equal([(0, false)], meldingen.Select(v => (v.Regels, v.Opslaan)));
    }

    [Fact]
    public async Task Een_creditregel_trekt_de_kosten_af()
    {
        var agb = Agb();
        var r = await ImporteerAsync("credit.csv",
            $"1;999900018;0632;{agb};45A51;2018-01-01;2018-01-31;10;uur;110000",
            $"1;999900018;0632;{agb};45A51;2018-01-01;2018-01-31;10;uur;-110000");

        Assert.True(r.Gelukt, string.Join("\n", r.Meldingen));
        Assert.Equal((2, 0L), await TelAsync(agb));
    }

    [Fact]
    public async Task Een_kopregel_met_een_onbekende_kolom_wordt_geweigerd()
    {
        await using var db = NieuweContext();
        var import = new ZorgdataImport(db, new Pseudonimisering(new byte[32]), tijd);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("toewijzingnummer,bsn,gemeente,agb,product,begindatum,einddatum,volume,eenheid,bedrag_cent\n"));
        var r = await import.RunAsync(stream, "kop.csv", "tester", ct: Ct);

        Assert.Equal(["1:productcode", "1:product"], r.Meldingen.Select(m => $"{m.Regel}:{m.Kolom}"));
    }
}

public sealed class ZorgdataImportTestsSqlite(SqliteTestDatabase database) : ZorgdataImportTests<SqliteTestDatabase>(database)
{
    [Fact]
    public async Task Het_databasebestand_bevat_na_import_geen_enkel_bsn()
    {
        var agb = "96" + Random.Shared.Next(0, 999999).ToString("000000", System.Globalization.CultureInfo.InvariantCulture);
        var r = await ImporteerAsync("privacy.csv",
            $"1;999900018;0632;{agb};45A51;2018-01-01;2018-01-31;10;uur;110000",
            $";999900031;0632;{agb};07A01;2018-03-01;2018-03-31;12;16;54000");
        Assert.True(r.Gelukt);

        SqliteConnection.ClearAllPools();
        await using (var db = NieuweContext())
        {
            // Fold the write-ahead log into the file, so the file holds everything that was written.
            await db.Zorgdata.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", Ct);
        }

        SqliteConnection.ClearAllPools();
        // The care data is in its own file beside the main one.
        var bestand = Database.NieuweContext().Zorgdata.Database.GetDbConnection().DataSource;
        var inhoud = Encoding.ASCII.GetString(await File.ReadAllBytesAsync(bestand, Ct));
        Assert.DoesNotContain("999900018", inhoud, StringComparison.Ordinal);
        Assert.DoesNotContain("999900031", inhoud, StringComparison.Ordinal);
        Assert.Contains(agb, inhoud, StringComparison.Ordinal); // the file is readable: the check can fail
    }

    [Fact]
    public async Task Een_klein_bestand_in_een_gevulde_database_houdt_de_sleutelindex()
    {
        var agb = Agb();
        string Regel(int i) => $"{i};999900018;0632;{agb};45A51;2018-01-01;2018-01-31;10;uur;{100_000 + i}";
        Assert.True((await ImporteerAsync("eerst.csv", [.. Enumerable.Range(1, 40).Select(Regel)])).Gelukt);
        var opname = new SqlRecorder();

        var r = await ImporteerAsync("klein.csv", opname, [Regel(40), Regel(41), Regel(41)]);

        Assert.Equal((3, 1, 2), (r.Run.Regels, r.Run.Toegevoegd, r.Run.AlAanwezig));
        Assert.DoesNotContain(opname.Sql, s => s.Contains("INDEX", StringComparison.Ordinal));
        Assert.Equal(SleutelindexVolgensMigratie, await SleutelindexAsync());
    }

    [Theory]
    // A second year: none of the first lines was there, so the index is dropped after them and built again.
    [InlineData(0, false, 6_000, 0, true)]
    // A file that starts with the stored lines (an export that overlaps the previous one) keeps the index.
    [InlineData(3_000, false, 3_000, 3_000, false)]
    // A stored line after the trial lines is still found, by the rebuild, and counted once.
    [InlineData(0, true, 6_000, 1, true)]
    public async Task Naast_een_gevulde_database_beslissen_de_eerste_regels_over_de_sleutelindex(
        int herhaaldAanHetBegin, bool herhaaldAanHetEind, int toegevoegd, int alAanwezig, bool opnieuwOpgebouwd)
    {
        // A database of its own holding 3,000 lines; the file has 6,000 more (and the repeats), about 6,500 lines by
        // its size: more than a quarter of it is stored, not more than all of it (ZorgregelWriter.SleutelindexKeuze).
        await MetEigenDatabaseAsync<SqliteTestDatabase>(async eigen =>
        {
            var agb = Agb();
            string Regel(int i) => $"{i};999900018;0632;{agb};45A51;2019-01-01;2019-01-31;10;uur;{100_000 + i}";
            var eerder = await ImporteerAsync("eerder.csv", new SqlRecorder(), null, [.. Enumerable.Range(1, 3_000).Select(Regel)], eigen);
            Assert.True(eerder.Gelukt);
            string[] bestand =
            [
                .. Enumerable.Range(1, herhaaldAanHetBegin).Select(Regel),
                .. Enumerable.Range(3_001, 6_000 - herhaaldAanHetBegin).Select(Regel),
                .. herhaaldAanHetEind ? [Regel(1)] : Array.Empty<string>(),
            ];
            Assert.Equal(ZorgregelWriter.KeyIndex.Proberen, ZorgregelWriter.SleutelindexKeuze(
                "csv", Encoding.UTF8.GetByteCount(string.Join("\n", bestand)), 3_000));
            var opname = new SqlRecorder();

            var r = await ImporteerAsync("later.csv", opname, null, bestand, eigen);

            Assert.True(r.Gelukt, string.Join("\n", r.Meldingen));
            Assert.Equal((bestand.Length, toegevoegd, alAanwezig), (r.Run.Regels, r.Run.Toegevoegd, r.Run.AlAanwezig));
            Assert.Equal(opnieuwOpgebouwd, opname.Sql.Any(s => s.StartsWith("DROP INDEX \"IX_Zorgregels_Sleutel\"", StringComparison.Ordinal)));
            Assert.Equal(SleutelindexVolgensMigratie, await SleutelindexAsync(eigen));
            await using var db = eigen.NieuweContext();
            var runs = await db.Zorgdata.Zorgregels.Where(z => z.AgbCode == agb).GroupBy(z => z.ImportrunId).Select(g => new { g.Key, Aantal = g.Count() }).ToListAsync(Ct);
            Assert.Equal(3_000, runs.Single(x => x.Key == eerder.Run.Id).Aantal);
            Assert.Equal(toegevoegd, runs.Single(x => x.Key == r.Run.Id).Aantal);
        });
    }

    [Fact]
    public async Task Een_geweigerde_grote_import_laat_de_sleutelindex_zoals_hij_was()
    {
        // A database of its own, without lines, so the import certainly drops the key index before it is refused.
        await MetEigenDatabaseAsync<SqliteTestDatabase>(async eigen =>
        {
            var agb = Agb();
            var opname = new SqlRecorder();
            string[] regels =
            [
                .. Enumerable.Range(1, 20_000).Select(i => $"{i};999900018;0632;{agb};45A51;2018-01-01;2018-01-31;10;uur;{i}"),
                $"20001;999900018;9999;{agb};45A51;2018-01-01;2018-01-31;10;uur;1",
            ];

            var r = await ImporteerAsync("geweigerd.csv", opname, null, regels, eigen);

            Assert.False(r.Gelukt);
            Assert.Equal("20002:gemeente", $"{r.Meldingen.Single().Regel}:{r.Meldingen.Single().Kolom}");
            Assert.Contains(opname.Sql, s => s.StartsWith("DROP INDEX", StringComparison.Ordinal));
            Assert.Equal(SleutelindexVolgensMigratie, await SleutelindexAsync(eigen));
            await using var db = eigen.NieuweContext();
            Assert.False(await db.Zorgdata.Zorgregels.AnyAsync(z => z.AgbCode == agb, Ct));
        });
    }

    [Fact]
    public async Task Na_een_import_heeft_de_verbinding_weer_haar_eigen_instellingen()
    {
        // A database of its own, without lines, so the import certainly rebuilds the key index (and sets threads).
        await MetEigenDatabaseAsync<SqliteTestDatabase>(async eigen =>
        {
            var opname = new SqlRecorder();
            await using var hoofd = eigen.NieuweContext(opname);
            var db = hoofd.Zorgdata;
            // One connection for the whole test: it is what goes back to the pool after an import.
            await db.Database.OpenConnectionAsync(Ct);
            var voor = await PragmaAsync(db, "cache_size");
            var import = new ZorgdataImport(hoofd, new Pseudonimisering(new byte[32]), TimeProvider.System);
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(
                "toewijzingnummer;bsn;gemeente;agb;productcode;begindatum;einddatum;volume;eenheid;bedrag_cent\n" +
                "1;999900018;0632;97000001;45A51;2018-01-01;2018-01-31;10;uur;110000\n"));

            var r = await import.RunAsync(stream, "instellingen.csv", "tester", ct: Ct);

            Assert.True(r.Gelukt, string.Join("\n", r.Meldingen));
            Assert.Contains(opname.Sql, s => s.StartsWith("PRAGMA threads", StringComparison.Ordinal));
            Assert.Equal((voor, 0L), (await PragmaAsync(db, "cache_size"), await PragmaAsync(db, "threads")));
        });
    }

    private static Task<long> PragmaAsync(ZorgdataDbContext db, string naam) =>
        db.Database.SqlQueryRaw<long>(naam == "threads"
            ? "SELECT \"threads\" AS \"Value\" FROM pragma_threads()"
            : "SELECT \"cache_size\" AS \"Value\" FROM pragma_cache_size()").SingleAsync(Ct);

    // What the migration Eerste made; the rebuilt index must be exactly this.
    private const string SleutelindexVolgensMigratie = "CREATE UNIQUE INDEX \"IX_Zorgregels_Sleutel\" ON \"Zorgregels\" (\"Sleutel\")";

    private async Task<string?> SleutelindexAsync(TestDatabase? database = null)
    {
        await using var db = (database ?? Database).NieuweContext();
        return await db.Zorgdata.Database.SqlQueryRaw<string>(
            "SELECT \"sql\" AS \"Value\" FROM sqlite_master WHERE \"type\" = 'index' AND \"name\" = 'IX_Zorgregels_Sleutel'").SingleOrDefaultAsync(Ct);
    }
}

public sealed class ZorgdataImportTestsPostgres(PostgresTestDatabase database) : ZorgdataImportTests<PostgresTestDatabase>(database);
