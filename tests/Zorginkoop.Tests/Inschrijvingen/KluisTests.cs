using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Inschrijvingen;
using Zorginkoop.Tests.Infrastructure;

namespace Zorginkoop.Tests.Inschrijvingen;

/// <summary>The vault: files sealed in chunks, nothing in the clear at rest or in the audit log, four eyes to open.</summary>
public abstract class KluisTests<TDatabase>(TDatabase database) : DatabaseTests<TDatabase>(database)
    where TDatabase : TestDatabase
{
    private async Task<Oefening> OefeningAsync()
    {
        await using var db = NieuweContext();
        return await Oefening.MaakAsync(db, Database.Map.Pad, Ct);
    }

    /// <summary>Random bytes behind a PDF header (the vault takes only what its name says it is), with a mark halfway.</summary>
    private static byte[] Willekeurig(int lengte, string merk)
    {
        var inhoud = RandomNumberGenerator.GetBytes(lengte);
        "%PDF-1.4\n"u8.CopyTo(inhoud);
        Encoding.UTF8.GetBytes(merk).CopyTo(inhoud, lengte / 2);
        return inhoud;
    }

    [Fact]
    public async Task Een_bestand_van_meerdere_blokken_gaat_versleuteld_de_kluis_in_en_komt_er_gelijk_uit()
    {
        var o = await OefeningAsync();
        var merk = $"GEHEIM-BESTAND-{Guid.NewGuid():N}";
        var inhoud = Willekeurig(200_000 + 17, merk);
        await using var db = NieuweContext();
        var i = await o.CompleetConceptAsync(db, o.AanbiederA, "plan", Ct, inhoud);
        var b = i.Bestanden.Single();

        var opDisk = await File.ReadAllBytesAsync(Path.Combine(o.Kluis.Map, b.Opslagnaam), Ct);
        Assert.Equal(-1, opDisk.AsSpan().IndexOf(Encoding.UTF8.GetBytes(merk)));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(inhoud)), b.Sha256);
        using var uit = new MemoryStream();
        await o.Kluis.OpenAsync(i.Sleutel, b.Opslagnaam, Inschrijven.BestandContext(i, b), uit, Ct);
        Assert.Equal(inhoud, uit.ToArray());
    }

    [Fact]
    public async Task Een_gewijzigd_ingekort_of_verwisseld_kluisbestand_gaat_niet_open()
    {
        var o = await OefeningAsync();
        await using var db = NieuweContext();
        var i = await o.CompleetConceptAsync(db, o.AanbiederA, "plan", Ct, Willekeurig(150_000, "x"));
        var b = i.Bestanden.Single();
        var pad = Path.Combine(o.Kluis.Map, b.Opslagnaam);
        var origineel = await File.ReadAllBytesAsync(pad, Ct);

        async Task Open() => await o.Kluis.OpenAsync(i.Sleutel, b.Opslagnaam, Inschrijven.BestandContext(i, b), Stream.Null, Ct);

        var gewijzigd = (byte[])origineel.Clone();
        gewijzigd[100_000] ^= 1;
        await File.WriteAllBytesAsync(pad, gewijzigd, Ct);
        await Assert.ThrowsAnyAsync<CryptographicException>(Open);

        // Cut after the first full chunk: without the last chunk the file is refused, not shortened in silence.
        await File.WriteAllBytesAsync(pad, origineel[..(4 + 8 + 4 + 16 + (64 * 1024))], Ct);
        await Assert.ThrowsAnyAsync<CryptographicException>(Open);

        await File.WriteAllBytesAsync(pad, origineel, Ct);
        await Open();
        await Assert.ThrowsAnyAsync<CryptographicException>(() => o.Kluis.OpenAsync(i.Sleutel, b.Opslagnaam, "inschrijving:0:0:0:bestand:ander", Stream.Null, Ct));
    }

    [Fact]
    public async Task Meer_dan_100_MB_samen_wordt_geweigerd_en_laat_geen_bestand_achter()
    {
        var o = await OefeningAsync();
        await using var db = NieuweContext();
        var a = await o.AanbestedingAsync(db, Ct);
        var i = await Inschrijven.ConceptAsync(db, o.Kluis, o.AanbestedingId, o.AanbiederA, Oefening.Voor, Ct);
        var voor = Directory.Exists(o.Kluis.Map) ? Directory.GetFiles(o.Kluis.Map).Length : 0;

        // A stream that is one byte too large, generated as it is read: never in memory as a whole.
        await using var teGroot = new NullenStroom(Inschrijven.MaxBytesPerInschrijving + 1);
        var weigering = await Inschrijven.BewaarBestandAsync(db, o.Kluis, a, i, o.Eis(EisSoort.Bestand), teGroot, "groot.pdf", Oefening.Voor, Ct);

        Assert.Contains("ten hoogste 100 MB", weigering?.Tekst, StringComparison.Ordinal);
        Assert.Equal(voor, Directory.GetFiles(o.Kluis.Map).Length);
        await using var lees = NieuweContext();
        Assert.False(await lees.InschrijvingBestanden.AnyAsync(b => b.InschrijvingId == i.Id, Ct));
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><script>alert(1)</script></html>", "kwaliteitsplan.pdf", "'kwaliteitsplan.pdf' is geen PDF: de inhoud is van een ander soort bestand.")]
    [InlineData("MZ\u0090\u0000\u0003 programma", "kwaliteitsplan.pdf", "'kwaliteitsplan.pdf' is geen PDF")]
    [InlineData("%PDF-1.7 echt een pdf", "kwaliteitsplan.docx", "'kwaliteitsplan.docx' heeft de naam van een Word-document, maar de inhoud is een PDF.")]
    [InlineData("%PDF-1.7 echt een pdf", "kwaliteitsplan.html", "'kwaliteitsplan.html': dit soort bestand wordt niet aangenomen.")]
    public async Task Een_bestand_wordt_aan_de_inhoud_gecontroleerd_voordat_het_verzegeld_wordt(string inhoud, string naam, string melding)
    {
        var o = await OefeningAsync();
        await using var db = NieuweContext();
        var a = await o.AanbestedingAsync(db, Ct);
        var i = await Inschrijven.ConceptAsync(db, o.Kluis, o.AanbestedingId, o.AanbiederB, Oefening.Voor, Ct);
        var voor = Directory.Exists(o.Kluis.Map) ? Directory.GetFiles(o.Kluis.Map).Length : 0;
        using var stroom = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(inhoud));

        var weigering = await Inschrijven.BewaarBestandAsync(db, o.Kluis, a, i, o.Eis(EisSoort.Bestand), stroom, naam, Oefening.Voor, Ct);

        Assert.StartsWith(melding, weigering?.Tekst, StringComparison.Ordinal);
        Assert.Equal(voor, Directory.Exists(o.Kluis.Map) ? Directory.GetFiles(o.Kluis.Map).Length : 0);
        await using var lees = NieuweContext();
        Assert.False(await lees.InschrijvingBestanden.AnyAsync(b => b.InschrijvingId == i.Id, Ct));
    }

    [Fact]
    public async Task Een_bestandsnaam_met_een_pad_wordt_alleen_de_naam_en_de_opslagnaam_is_nooit_een_pad()
    {
        var o = await OefeningAsync();
        await using var db = NieuweContext();
        var a = await o.AanbestedingAsync(db, Ct);
        var i = await Inschrijven.ConceptAsync(db, o.Kluis, o.AanbestedingId, o.AanbiederA, Oefening.Voor, Ct);
        using var inhoud = new MemoryStream("%PDF-1.4 abc"u8.ToArray());

        Assert.Null(await Inschrijven.BewaarBestandAsync(db, o.Kluis, a, i, o.Eis(EisSoort.Bestand), inhoud, "../../etc/passwd.pdf", Oefening.Voor, Ct));

        Assert.Equal("passwd.pdf", Inschrijven.Naam(o.Kluis, i, i.Bestanden.Single()));
        Assert.Throws<ArgumentException>(() => o.Kluis.Verwijder("../zorginkoop.db"));
    }

    [Fact]
    public async Task Het_auditlog_legt_elke_stap_vast_zonder_iets_van_de_inhoud()
    {
        var o = await OefeningAsync();
        var merk = $"AUDITMERK{Guid.NewGuid():N}";
        int id;
        await using (var db = NieuweContext())
        {
            var i = await o.CompleetConceptAsync(db, o.AanbiederA, merk, Ct);
            Assert.Null((await Inschrijven.IndienenAsync(db, o.Kluis, await o.AanbestedingAsync(db, Ct), i, Guid.NewGuid(), Oefening.Voor, Ct)).Weigering);
            id = i.Id;
        }

        await using var lees = NieuweContext();
        var regels = await lees.AuditRegels.Where(r => (r.Entiteit == nameof(Inschrijving) && r.Sleutel == id.ToString(System.Globalization.CultureInfo.InvariantCulture)) || r.Entiteit == nameof(Ontvangstbewijs)).ToListAsync(Ct);
        Assert.Contains(regels, r => r.Entiteit == nameof(Ontvangstbewijs));
        Assert.True(regels.Count(r => r.Entiteit == nameof(Inschrijving)) >= 3);
        Assert.All(regels, r => Assert.DoesNotContain(merk, (r.Voor ?? "") + r.Na, StringComparison.Ordinal));
        Assert.Contains(regels, r => r.Na?.Contains("[versleuteld,", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task De_kluis_gaat_pas_na_de_deadline_en_met_twee_verschillende_inkopers_open()
    {
        var o = await OefeningAsync();
        await using var db = NieuweContext();
        var a = await o.AanbestedingAsync(db, Ct);
        var na = Oefening.Deadline.AddMinutes(5);

        Assert.Contains("pas open na de uiterste inschrijfdatum", (await KluisOpenen.AanvragenAsync(db, a, "inkoper-a", Oefening.Deadline.AddTicks(-1), Ct))?.Tekst, StringComparison.Ordinal);
        Assert.Equal("Er is nog geen opening aangevraagd.", (await KluisOpenen.BevestigenAsync(db, a, "inkoper-b", na, Ct))?.Tekst);
        Assert.Null(await KluisOpenen.AanvragenAsync(db, a, "inkoper-a", na, Ct));
        Assert.Contains("al aangevraagd", (await KluisOpenen.AanvragenAsync(db, a, "inkoper-b", na, Ct))?.Tekst, StringComparison.Ordinal);
        Assert.Contains("vier-ogenprincipe", (await KluisOpenen.BevestigenAsync(db, a, "INKOPER-A", na, Ct))?.Tekst, StringComparison.Ordinal);
        Assert.False(await KluisOpenen.IsOpenAsync(db, o.AanbestedingId, Ct));

        Assert.Null(await KluisOpenen.BevestigenAsync(db, a, "inkoper-b", na.AddMinutes(1), Ct));

        Assert.True(await KluisOpenen.IsOpenAsync(db, o.AanbestedingId, Ct));
        Assert.Equal("De kluis is al geopend.", (await KluisOpenen.BevestigenAsync(db, a, "inkoper-c", na.AddMinutes(2), Ct))?.Tekst);
        var opening = (await KluisOpenen.OpeningAsync(db, o.AanbestedingId, Ct))!;
        Assert.Equal(("inkoper-a", "inkoper-b", na.AddMinutes(1)), (opening.AangevraagdDoor, opening.BevestigdDoor, opening.BevestigdOp));
        Assert.Equal(2, await db.AuditRegels.CountAsync(r => r.Entiteit == nameof(KluisOpening) && r.Sleutel == opening.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Ct));
    }

    /// <summary>Zero bytes of a given length, made as they are read.</summary>
    /// <summary>A PDF header followed by zeros, generated as it is read.</summary>
    private sealed class NullenStroom(long lengte) : Stream
    {
        private static readonly byte[] Kop = "%PDF-1.4\n"u8.ToArray();
        private long positie;

        public override bool CanRead => true;
        public override bool CanSeek => true;
        public override bool CanWrite => false;
        public override long Length => lengte;
        public override long Position { get => positie; set => positie = value; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, lengte - positie);
            Array.Clear(buffer, offset, n);
            for (var k = 0; k < n && positie + k < Kop.Length; k++)
            {
                buffer[offset + k] = Kop[positie + k];
            }

            positie += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => positie = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => positie + offset,
            _ => lengte + offset,
        };
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

public sealed class KluisTestsSqlite(SqliteTestDatabase database) : KluisTests<SqliteTestDatabase>(database)
{
    [Fact]
    public async Task SQLite_schrijft_elke_commit_door_naar_de_schijf_voordat_een_ontvangstbewijs_wordt_gegeven()
    {
        await using var db = NieuweContext();
        await db.Database.OpenConnectionAsync(Ct);
        await using var cmd = db.Database.GetDbConnection().CreateCommand();
        cmd.CommandText = "PRAGMA synchronous";

        // 2 = FULL: the commit is on disk (fsync) when SaveChanges returns, so an acknowledged receipt survives a power cut.
        Assert.Equal(2L, await cmd.ExecuteScalarAsync(Ct));
    }

    [Fact]
    public async Task Het_ruwe_databasebestand_en_de_kluismap_bevatten_geen_antwoordtekst()
    {
        var merk = $"RUWMERK{Guid.NewGuid():N}";
        Oefening o;
        await using (var db = NieuweContext())
        {
            o = await Oefening.MaakAsync(db, Database.Map.Pad, Ct);
        }

        await using (var db = NieuweContext())
        {
            var i = await o.CompleetConceptAsync(db, o.AanbiederA, merk, Ct, Encoding.UTF8.GetBytes($"%PDF-1.4 bestand met {merk}"));
            Assert.Null((await Inschrijven.IndienenAsync(db, o.Kluis, await o.AanbestedingAsync(db, Ct), i, Guid.NewGuid(), Oefening.Voor, Ct)).Weigering);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var gezocht = Encoding.UTF8.GetBytes(merk);
        var bestanden = Directory.GetFiles(Database.Map.Pad, "zorginkoop.db*").Concat(Directory.GetFiles(o.Kluis.Map)).ToList();
        Assert.Contains(bestanden, b => b.EndsWith("zorginkoop.db", StringComparison.Ordinal));
        foreach (var pad in bestanden)
        {
            var inhoud = await File.ReadAllBytesAsync(pad, Ct);
            Assert.True(inhoud.AsSpan().IndexOf(gezocht) < 0, $"{Path.GetFileName(pad)} bevat de antwoordtekst in de open.");
        }

        // The same scan finds the text when it is there: the check itself works.
        await using (var db = NieuweContext())
        {
            db.Rectificaties.Add(new Zorginkoop.Aanbestedingen.Rectificatie { AanbestedingId = o.AanbestedingId, Nummer = 99, Wie = merk, Reden = "controle", Moment = Oefening.Voor });
            await db.SaveChangesAsync(Ct);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var alles = Directory.GetFiles(Database.Map.Pad, "zorginkoop.db*").Select(File.ReadAllBytes);
        Assert.Contains(alles, b => b.AsSpan().IndexOf(gezocht) >= 0);
    }
}

public sealed class KluisTestsPostgres(PostgresTestDatabase database) : KluisTests<PostgresTestDatabase>(database);
