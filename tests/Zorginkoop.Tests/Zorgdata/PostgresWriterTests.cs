using System.Buffers.Binary;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Tests.Infrastructure;
using Zorginkoop.Zorgdata;
using PostgresWriter = Zorginkoop.Zorgdata.ZorgregelWriter.PostgresWriter;

namespace Zorginkoop.Tests.Zorgdata;

/// <summary>
/// The PostgreSQL writer on a real server: its own COPY encoding read back field by field, blocks straight into the
/// care lines, and the fallback through the temporary table when a key repeats. Each test writes lines of a run
/// number of its own, so the tests sharing the database do not see each other's lines.
/// </summary>
public sealed class PostgresWriterTests(PostgresTestDatabase database) : DatabaseTests<PostgresTestDatabase>(database)
{
    [Fact]
    public async Task Elk_veld_komt_terug_zoals_het_geschreven_is()
    {
        var run = Run();
        Zorgregel[] regels =
        [
            Regel(run, 1, r =>
            {
                (r.ToewijzingNummer, r.GemeenteCode, r.AgbCode, r.ProductId) = ("999999999", "1783", "01234567", int.MaxValue);
                (r.Begindatum, r.Einddatum, r.Volume, r.EenheidCode) = (new DateOnly(1999, 12, 31), new DateOnly(2099, 12, 31), long.MaxValue, "16");
                (r.BedragCent, r.ReferentieNummer, r.VorigReferentieNummer, r.Afgewezen) = (long.MinValue, "Ærø-漢字-€", "a\tb\nc\\d", true);
            }),
            Regel(run, 2, r => (r.ToewijzingNummer, r.ReferentieNummer, r.VorigReferentieNummer, r.Volume, r.BedragCent) = (null, null, null, -1, 0)),
            Regel(run, 3, r => (r.Begindatum, r.Einddatum, r.ReferentieNummer) = (new DateOnly(2000, 1, 1), new DateOnly(1, 1, 1), "")),
        ];

        var (toegevoegd, alAanwezig, rechtstreeks) = await WriteAsync(regels);

        Assert.Equal((3, 0, true), (toegevoegd, alAanwezig, rechtstreeks));
        await using var db = NieuweContext();
        var terug = await db.Zorgdata.Zorgregels.AsNoTracking().Where(z => z.ImportrunId == run).ToListAsync(Ct);
        foreach (var verwacht in regels)
        {
            var r = terug.Single(z => z.Sleutel.SequenceEqual(verwacht.Sleutel));
            verwacht.Id = r.Id;
            Assert.Equivalent(verwacht, r, strict: true);
        }
    }

    [Fact]
    public async Task Nieuwe_regels_gaan_in_blokken_op_sleutelvolgorde_rechtstreeks_in_de_tabel()
    {
        var run = Run();
        var regels = Enumerable.Range(1, 10_000).Select(i => Regel(run, i)).ToArray();

        var (toegevoegd, alAanwezig, rechtstreeks) = await WriteAsync(regels);

        Assert.Equal((10_000, 0, true), (toegevoegd, alAanwezig, rechtstreeks));
        await using var db = NieuweContext();
        var opgeslagen = await db.Zorgdata.Zorgregels.Where(z => z.ImportrunId == run).OrderBy(z => z.Id).Select(z => z.Sleutel).ToListAsync(Ct);
        Assert.Equal(regels.Select(r => Convert.ToHexString(r.Sleutel)).Order(), opgeslagen.Select(Convert.ToHexString).Order());
        // The first block (EersteBlok lines) went in ordered by key, which is what makes the index insert fast.
        var eersteBlok = opgeslagen.Take(PostgresWriter.EersteBlok).Select(Getal).ToList();
        Assert.Equal(eersteBlok.Order(), eersteBlok);
        Assert.Equal(regels.Take(PostgresWriter.EersteBlok).Select(r => Getal(r.Sleutel)).Order(), eersteBlok);
    }

    [Fact]
    public async Task Een_herhaalde_sleutel_in_een_later_blok_gaat_via_de_tijdelijke_tabel_en_de_eerste_regel_blijft()
    {
        var run = Run();
        // Blocks of 4,096 and 8,192 lines: the first goes in straight, the second holds a key of the first again
        // (another amount, so the test sees which one stayed) and a key that comes twice within it.
        var regels = Enumerable.Range(1, 9_000).Select(i => Regel(run, i)).ToList();
        regels[5_000] = Kopie(regels[10], r => r.BedragCent = -1);
        regels[6_000] = Kopie(regels[5_500], r => r.BedragCent = -2);

        var (toegevoegd, alAanwezig, rechtstreeks) = await WriteAsync(regels);

        Assert.Equal((8_998, 2, false), (toegevoegd, alAanwezig, rechtstreeks));
        await using var db = NieuweContext();
        var bedragen = await db.Zorgdata.Zorgregels.Where(z => z.ImportrunId == run).Select(z => z.BedragCent).ToListAsync(Ct);
        Assert.Equal(8_998, bedragen.Count);
        Assert.DoesNotContain(-1L, bedragen);
        Assert.DoesNotContain(-2L, bedragen);
    }

    [Fact]
    public async Task Een_sleutel_die_al_was_opgeslagen_wordt_overgeslagen()
    {
        var run = Run();
        var eerder = Enumerable.Range(1, 10).Select(i => Regel(run, i)).ToArray();
        await WriteAsync(eerder);
        var later = Enumerable.Range(11, 100).Select(i => Regel(run, i)).Append(Kopie(eerder[3], r => r.BedragCent = -1)).ToArray();

        var (toegevoegd, alAanwezig, rechtstreeks) = await WriteAsync(later);

        Assert.Equal((100, 1, false), (toegevoegd, alAanwezig, rechtstreeks));
        await using var db = NieuweContext();
        Assert.Equal(110, await db.Zorgdata.Zorgregels.CountAsync(z => z.ImportrunId == run, Ct));
        Assert.Equal(eerder[3].BedragCent, await db.Zorgdata.Zorgregels.Where(z => z.Sleutel == eerder[3].Sleutel).Select(z => z.BedragCent).SingleAsync(Ct));
    }

    [Fact]
    public async Task Een_afgebroken_import_laat_niets_achter_en_de_verbinding_blijft_bruikbaar()
    {
        var run = Run();
        using var afbreken = new CancellationTokenSource();
        await using var hoofd = NieuweContext();
        var db = hoofd.Zorgdata;
        await using var transactie = await db.Database.BeginTransactionAsync(Ct);
        var schrijver = await ZorgregelWriter.CreateAsync(db, transactie, "csv", 1_000_000, Ct);
        var fout = await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await using (schrijver)
            {
                foreach (var i in Enumerable.Range(1, 20_000))
                {
                    if (i == 5_000)
                    {
                        await afbreken.CancelAsync();
                    }

                    await schrijver.WriteAsync(Regel(run, i), afbreken.Token);
                }
            }
        });
        await transactie.RollbackAsync(Ct);

        Assert.NotNull(fout);
        Assert.Equal(0, await db.Zorgregels.CountAsync(z => z.ImportrunId == run, Ct));
    }

    [Theory]
    [InlineData(0L, 65_536)]
    [InlineData(70_000_000L, 68_359)]
    [InlineData(720_000_000L, 296_053)]
    [InlineData(5_000_000_000L, 2_055_922)]
    public void De_blokken_groeien_met_het_bestand_en_een_bestand_neemt_nooit_meer_dan_zo_n_vijftig_savepoints(long bytes, int verwacht)
    {
        // A sixteenth of the file's lines (64 bytes a line estimated), between 65,536 and 262,144, and larger only to
        // keep a huge file under the savepoints PostgreSQL keeps in shared memory (64): a file of the smallest CSV
        // lines (62 bytes) must stay well under that. Blocks double from the first up to the limit.
        var grens = PostgresWriter.Blokgrens(bytes);
        var (over, blokken, grootte) = (bytes / 62, 0, (long)PostgresWriter.EersteBlok);
        for (; over > 0; over -= grootte, grootte = Math.Min(2 * grootte, grens))
        {
            blokken++;
        }

        Assert.Equal(verwacht, grens);
        Assert.InRange(blokken, 0, PostgresWriter.MaxBlokken + 2);
    }

    private static int Run() => Random.Shared.Next(1_000_000, int.MaxValue);

    private static UInt128 Getal(byte[] sleutel) => BinaryPrimitives.ReadUInt128BigEndian(sleutel);

    private static Zorgregel Regel(int run, int i, Action<Zorgregel>? aanpassen = null)
    {
        var r = new Zorgregel
        {
            ImportrunId = run,
            Sleutel = ZorgregelSleutel.Van($"test:{run}:{i}"),
            ToewijzingNummer = i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ClientSleutel = ZorgregelSleutel.Van($"client:{i % 97}"),
            TrajectSleutel = ZorgregelSleutel.Toewijzing("0632", i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            GemeenteCode = "0632",
            AgbCode = "98000003",
            ProductId = 1,
            Begindatum = new DateOnly(2018, 1, 1),
            Einddatum = new DateOnly(2018, 1, 31),
            Volume = 10,
            EenheidCode = "04",
            BedragCent = 100_000 + i,
        };
        aanpassen?.Invoke(r);
        return r;
    }

    private static Zorgregel Kopie(Zorgregel r, Action<Zorgregel> aanpassen)
    {
        var kopie = new Zorgregel
        {
            ImportrunId = r.ImportrunId,
            Sleutel = r.Sleutel,
            ToewijzingNummer = r.ToewijzingNummer,
            ClientSleutel = r.ClientSleutel,
            TrajectSleutel = r.TrajectSleutel,
            GemeenteCode = r.GemeenteCode,
            AgbCode = r.AgbCode,
            ProductId = r.ProductId,
            Begindatum = r.Begindatum,
            Einddatum = r.Einddatum,
            Volume = r.Volume,
            EenheidCode = r.EenheidCode,
            BedragCent = r.BedragCent,
            ReferentieNummer = r.ReferentieNummer,
            VorigReferentieNummer = r.VorigReferentieNummer,
            Afgewezen = r.Afgewezen,
        };
        aanpassen(kopie);
        return kopie;
    }

    /// <summary>Writes the lines in a transaction of their own, as the import does, and commits.</summary>
    private async Task<(int Toegevoegd, int AlAanwezig, bool Rechtstreeks)> WriteAsync(IEnumerable<Zorgregel> regels)
    {
        await using var hoofd = NieuweContext();
        var db = hoofd.Zorgdata;
        await using var transactie = await db.Database.BeginTransactionAsync(Ct);
        var schrijver = (PostgresWriter)await ZorgregelWriter.CreateAsync(db, transactie, "csv", 1_000_000, Ct);
        await using (schrijver)
        {
            foreach (var r in regels)
            {
                await schrijver.WriteAsync(r, Ct);
            }

            var (toegevoegd, alAanwezig) = await schrijver.AfrondenAsync(Ct);
            await transactie.CommitAsync(Ct);
            return (toegevoegd, alAanwezig, schrijver.Rechtstreeks);
        }
    }
}
