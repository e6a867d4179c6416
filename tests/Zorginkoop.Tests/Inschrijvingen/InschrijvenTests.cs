using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Zorginkoop.Inschrijvingen;
using Zorginkoop.Tests.Infrastructure;

namespace Zorginkoop.Tests.Inschrijvingen;

/// <summary>A provider's bid from draft to receipt: sealed, complete, on time, once.</summary>
public abstract class InschrijvenTests<TDatabase>(TDatabase database) : DatabaseTests<TDatabase>(database)
    where TDatabase : TestDatabase
{
    private async Task<Oefening> OefeningAsync()
    {
        await using var db = NieuweContext();
        return await Oefening.MaakAsync(db, Database.Map.Pad, Ct);
    }

    [Fact]
    public async Task Een_bewaard_concept_leest_terug_zoals_ingevuld_en_staat_versleuteld_in_de_database()
    {
        var o = await OefeningAsync();
        await using (var db = NieuweContext())
        {
            await o.CompleetConceptAsync(db, o.AanbiederA, "Ons plan: wijkteams met vaste begeleiders", Ct);
        }

        await using var lees = NieuweContext();
        var i = await lees.Inschrijvingen.Include(x => x.Bestanden).SingleAsync(x => x.AanbestedingId == o.AanbestedingId && x.ZorgaanbiederId == o.AanbiederA, Ct);
        var (kwaliteit, prijs) = Inschrijven.Lees(o.Kluis, i);
        Assert.Equal([1], kwaliteit.Percelen);
        Assert.Equal("Ons plan: wijkteams met vaste begeleiders", kwaliteit.Antwoorden[o.Eis(EisSoort.Vraag).Id]);
        Assert.Equal(6525, prijs.PrijsPerPerceel[1]);
        Assert.Equal("certificaat.pdf", Inschrijven.Naam(o.Kluis, i, i.Bestanden.Single()));
        Assert.DoesNotContain("wijkteams", Encoding.UTF8.GetString(i.Kwaliteit!), StringComparison.Ordinal);
        // The stored key is the protected form, never the 32 raw bytes.
        Assert.True(i.Sleutel.Length > 32);
    }

    [Fact]
    public async Task Een_gewijzigd_of_verwisseld_versleuteld_deel_gaat_niet_open()
    {
        var o = await OefeningAsync();
        await using var db = NieuweContext();
        var a = await o.CompleetConceptAsync(db, o.AanbiederA, "plan A", Ct);
        var b = await o.CompleetConceptAsync(db, o.AanbiederB, "plan B", Ct);

        var gewijzigd = (byte[])a.Kwaliteit!.Clone();
        gewijzigd[^1] ^= 1;
        Assert.ThrowsAny<CryptographicException>(() => Inschrijven.Lees(o.Kluis, new Inschrijving { Id = a.Id, AanbestedingId = a.AanbestedingId, ZorgaanbiederId = a.ZorgaanbiederId, Sleutel = a.Sleutel, Kwaliteit = gewijzigd }));
        // B's ciphertext under A's row: its key and its context (bid, provider, part) do not match.
        Assert.ThrowsAny<CryptographicException>(() => Inschrijven.Lees(o.Kluis, new Inschrijving { Id = a.Id, AanbestedingId = a.AanbestedingId, ZorgaanbiederId = a.ZorgaanbiederId, Sleutel = b.Sleutel, Kwaliteit = b.Kwaliteit }));
        // The quality ciphertext offered as the price part: bound to its part, so it does not open.
        Assert.ThrowsAny<CryptographicException>(() => Inschrijven.Lees(o.Kluis, new Inschrijving { Id = a.Id, AanbestedingId = a.AanbestedingId, ZorgaanbiederId = a.ZorgaanbiederId, Sleutel = a.Sleutel, Prijs = a.Kwaliteit }));
    }

    [Fact]
    public async Task Indienen_geeft_een_ontvangstbewijs_met_servertijd_en_de_hash_van_de_volledige_inschrijving()
    {
        var o = await OefeningAsync();
        var tijd = new FakeTimeProvider(Oefening.Voor);
        await using var db = NieuweContext();
        var i = await o.CompleetConceptAsync(db, o.AanbiederA, "plan", Ct);
        var a = await o.AanbestedingAsync(db, Ct);

        var uitkomst = await Inschrijven.IndienenAsync(db, o.Kluis, a, i, Guid.NewGuid(), tijd.GetUtcNow(), Ct);

        Assert.Null(uitkomst.Weigering);
        var bewijs = uitkomst.Bewijs!;
        Assert.Equal(tijd.GetUtcNow(), bewijs.Moment);
        var verwacht = InschrijvingJson.Ontvangstbewijs(o.AanbestedingId, o.AanbiederA, bewijs.Versie, InschrijvingJson.Naar(o.Kwaliteit("plan")),
            InschrijvingJson.Naar(Oefening.Prijs(6525)), [(o.Eis(EisSoort.Bestand).Id, Convert.ToHexStringLower(SHA256.HashData("%PDF-1.4 certificaat"u8)))]);
        Assert.Equal(verwacht, bewijs.Sha256);
        await using var lees = NieuweContext();
        var opgeslagen = await lees.Inschrijvingen.SingleAsync(x => x.Id == i.Id, Ct);
        Assert.Equal((InschrijvingStatus.Ingediend, verwacht), (opgeslagen.Status, opgeslagen.Ontvangstbewijs));
        Assert.Equal(verwacht, (await lees.Ontvangstbewijzen.SingleAsync(x => x.Id == bewijs.Id, Ct)).Sha256);
    }

    [Fact]
    public async Task Een_onvolledige_inschrijving_wordt_geweigerd_met_wat_ontbreekt_en_blijft_concept()
    {
        var o = await OefeningAsync();
        await using var db = NieuweContext();
        var a = await o.AanbestedingAsync(db, Ct);
        var i = await Inschrijven.ConceptAsync(db, o.Kluis, o.AanbestedingId, o.AanbiederA, Oefening.Voor, Ct);
        Assert.Null(await Inschrijven.BewaarAsync(db, o.Kluis, a, i, new Kwaliteitsdeel([1], new Dictionary<int, bool>(), new Dictionary<int, string>()), Prijsdeel.Leeg, Oefening.Voor, Ct));

        var uitkomst = await Inschrijven.IndienenAsync(db, o.Kluis, a, i, Guid.NewGuid(), Oefening.Voor, Ct);

        Assert.Null(uitkomst.Bewijs);
        Assert.Contains("nog niet compleet", uitkomst.Weigering?.Tekst, StringComparison.Ordinal);
        Assert.Contains("Kwaliteitscertificaat", uitkomst.Weigering?.Tekst, StringComparison.Ordinal);
        Assert.Contains("vul een prijs in", uitkomst.Weigering?.Tekst, StringComparison.Ordinal);
        await using var lees = NieuweContext();
        Assert.Equal(InschrijvingStatus.Concept, (await lees.Inschrijvingen.SingleAsync(x => x.Id == i.Id, Ct)).Status);
        Assert.False(await lees.Ontvangstbewijzen.AnyAsync(x => x.InschrijvingId == i.Id, Ct));
    }

    [Fact]
    public async Task Een_inzending_een_tick_voor_de_deadline_telt_en_op_de_deadline_wordt_geweigerd_zonder_iets_te_wijzigen()
    {
        var o = await OefeningAsync();
        var tijd = new FakeTimeProvider(Oefening.Voor);
        int opTijd, teLaat;
        await using (var db = NieuweContext())
        {
            opTijd = (await o.CompleetConceptAsync(db, o.AanbiederA, "op tijd", Ct)).Id;
            teLaat = (await o.CompleetConceptAsync(db, o.AanbiederB, "te laat", Ct)).Id;
        }

        tijd.SetUtcNow(Oefening.Deadline.AddTicks(-1));
        await using (var db = NieuweContext())
        {
            var i = await db.Inschrijvingen.Include(x => x.Bestanden).SingleAsync(x => x.Id == opTijd, Ct);
            Assert.Null((await Inschrijven.IndienenAsync(db, o.Kluis, await o.AanbestedingAsync(db, Ct), i, Guid.NewGuid(), tijd.GetUtcNow(), Ct)).Weigering);
        }

        tijd.Advance(TimeSpan.FromTicks(1));
        await using (var db = NieuweContext())
        {
            var i = await db.Inschrijvingen.Include(x => x.Bestanden).SingleAsync(x => x.Id == teLaat, Ct);
            var versie = i.Versie;
            var uitkomst = await Inschrijven.IndienenAsync(db, o.Kluis, await o.AanbestedingAsync(db, Ct), i, Guid.NewGuid(), tijd.GetUtcNow(), Ct);
            Assert.Null(uitkomst.Bewijs);
            Assert.Contains("De uiterste inschrijfdatum was 1 maart 2027, 12:00 uur", uitkomst.Weigering?.Tekst, StringComparison.Ordinal);
            Assert.Contains("11:00:00.000 UTC", uitkomst.Weigering?.Tekst, StringComparison.Ordinal);

            // Saving or withdrawing after the deadline is refused the same way.
            Assert.NotNull(await Inschrijven.BewaarAsync(db, o.Kluis, await o.AanbestedingAsync(db, Ct), i, o.Kwaliteit("later"), Oefening.Prijs(1), tijd.GetUtcNow(), Ct));
            await using var lees = NieuweContext();
            var na = await lees.Inschrijvingen.SingleAsync(x => x.Id == teLaat, Ct);
            Assert.Equal((InschrijvingStatus.Concept, versie), (na.Status, na.Versie));
            Assert.Equal("te laat", Inschrijven.Lees(o.Kluis, na).Kwaliteit.Antwoorden[o.Eis(EisSoort.Vraag).Id]);
        }

        await using (var db = NieuweContext())
        {
            Assert.Equal(1, await KluisOpenen.AantalIngediendAsync(db, o.AanbestedingId, Ct));
        }
    }

    [Fact]
    public async Task Een_herhaald_verzoek_geeft_hetzelfde_ontvangstbewijs_en_maakt_niets_dubbel()
    {
        var o = await OefeningAsync();
        var verzoek = Guid.NewGuid();
        int eerste;
        await using (var db = NieuweContext())
        {
            var i = await o.CompleetConceptAsync(db, o.AanbiederA, "plan", Ct);
            eerste = (await Inschrijven.IndienenAsync(db, o.Kluis, await o.AanbestedingAsync(db, Ct), i, verzoek, Oefening.Voor, Ct)).Bewijs!.Id;
        }

        await using (var db = NieuweContext())
        {
            var i = await db.Inschrijvingen.Include(x => x.Bestanden).SingleAsync(x => x.AanbestedingId == o.AanbestedingId && x.ZorgaanbiederId == o.AanbiederA, Ct);
            var opnieuw = await Inschrijven.IndienenAsync(db, o.Kluis, await o.AanbestedingAsync(db, Ct), i, verzoek, Oefening.Voor.AddSeconds(5), Ct);
            Assert.Equal(eerste, opnieuw.Bewijs!.Id);

            // A different request on a submitted bid is a second submission: refused, the bid stands.
            var ander = await Inschrijven.IndienenAsync(db, o.Kluis, await o.AanbestedingAsync(db, Ct), i, Guid.NewGuid(), Oefening.Voor.AddSeconds(6), Ct);
            Assert.Equal("Deze inschrijving is al ingediend.", ander.Weigering?.Tekst);
        }

        await using var lees = NieuweContext();
        Assert.Equal(1, await lees.Ontvangstbewijzen.CountAsync(x => x.AanbestedingId == o.AanbestedingId, Ct));
        Assert.Equal(1, await lees.Inschrijvingen.CountAsync(x => x.AanbestedingId == o.AanbestedingId, Ct));
    }

    [Fact]
    public async Task Twee_gelijktijdige_inzendingen_van_een_aanbieder_geven_een_ingediende_inschrijving()
    {
        var o = await OefeningAsync();
        int id;
        await using (var db = NieuweContext())
        {
            id = (await o.CompleetConceptAsync(db, o.AanbiederA, "plan", Ct)).Id;
        }

        // Two requests, each with its own connection, both loaded the draft before either wrote.
        await using var db1 = NieuweContext();
        await using var db2 = NieuweContext();
        var i1 = await db1.Inschrijvingen.Include(x => x.Bestanden).SingleAsync(x => x.Id == id, Ct);
        var i2 = await db2.Inschrijvingen.Include(x => x.Bestanden).SingleAsync(x => x.Id == id, Ct);
        var a1 = await o.AanbestedingAsync(db1, Ct);
        var a2 = await o.AanbestedingAsync(db2, Ct);

        var uitkomsten = await Task.WhenAll(
            Inschrijven.IndienenAsync(db1, o.Kluis, a1, i1, Guid.NewGuid(), Oefening.Voor, Ct),
            Inschrijven.IndienenAsync(db2, o.Kluis, a2, i2, Guid.NewGuid(), Oefening.Voor, Ct));

        Assert.Single(uitkomsten, u => u.Bewijs is not null);
        Assert.Contains("intussen", uitkomsten.Single(u => u.Bewijs is null).Weigering?.Tekst, StringComparison.Ordinal);
        await using var lees = NieuweContext();
        Assert.Equal(1, await lees.Ontvangstbewijzen.CountAsync(x => x.InschrijvingId == id, Ct));
    }

    [Fact]
    public async Task Tegelijk_een_concept_beginnen_maakt_een_inschrijving()
    {
        var o = await OefeningAsync();
        await using var db1 = NieuweContext();
        await using var db2 = NieuweContext();

        var beide = await Task.WhenAll(
            Inschrijven.ConceptAsync(db1, o.Kluis, o.AanbestedingId, o.AanbiederA, Oefening.Voor, Ct),
            Inschrijven.ConceptAsync(db2, o.Kluis, o.AanbestedingId, o.AanbiederA, Oefening.Voor, Ct));

        Assert.Equal(beide[0].Id, beide[1].Id);
        await using var lees = NieuweContext();
        Assert.Equal(1, await lees.Inschrijvingen.CountAsync(x => x.AanbestedingId == o.AanbestedingId, Ct));
    }

    [Fact]
    public async Task Intrekken_en_opnieuw_indienen_geeft_een_nieuw_ontvangstbewijs_voor_de_nieuwe_inhoud()
    {
        var o = await OefeningAsync();
        await using var db = NieuweContext();
        var i = await o.CompleetConceptAsync(db, o.AanbiederA, "eerste plan", Ct);
        var a = await o.AanbestedingAsync(db, Ct);
        var eerste = (await Inschrijven.IndienenAsync(db, o.Kluis, a, i, Guid.NewGuid(), Oefening.Voor, Ct)).Bewijs!;

        Assert.NotNull(await Inschrijven.BewaarAsync(db, o.Kluis, a, i, o.Kwaliteit("stiekem"), Oefening.Prijs(1), Oefening.Voor, Ct));
        Assert.Null(await Inschrijven.IntrekkenAsync(db, a, i, Oefening.Voor.AddMinutes(1), Ct));
        Assert.Equal(0, await KluisOpenen.AantalIngediendAsync(db, o.AanbestedingId, Ct));
        Assert.Null(await Inschrijven.BewaarAsync(db, o.Kluis, a, i, o.Kwaliteit("tweede plan"), Oefening.Prijs(7000), Oefening.Voor.AddMinutes(2), Ct));
        var tweede = (await Inschrijven.IndienenAsync(db, o.Kluis, a, i, Guid.NewGuid(), Oefening.Voor.AddMinutes(3), Ct)).Bewijs!;

        Assert.NotEqual(eerste.Sha256, tweede.Sha256);
        Assert.True(tweede.Versie > eerste.Versie);
        Assert.Equal("tweede plan", Inschrijven.Lees(o.Kluis, i).Kwaliteit.Antwoorden[o.Eis(EisSoort.Vraag).Id]);
    }

    [Fact]
    public async Task Na_een_rectificatie_moet_een_ingediende_inschrijving_worden_herbevestigd()
    {
        var o = await OefeningAsync();
        await using var db = NieuweContext();
        var i = await o.CompleetConceptAsync(db, o.AanbiederA, "plan", Ct);
        var a = await o.AanbestedingAsync(db, Ct);
        var bewijs = (await Inschrijven.IndienenAsync(db, o.Kluis, a, i, Guid.NewGuid(), Oefening.Voor, Ct)).Bewijs!;
        var rectificatie = Oefening.Voor.AddHours(1);

        Assert.False(Inschrijven.HerbevestigingNodig(i, null));
        Assert.True(Inschrijven.HerbevestigingNodig(i, rectificatie));
        var her = (await Inschrijven.HerbevestigenAsync(db, o.Kluis, a, i, rectificatie.AddHours(1), Ct)).Bewijs!;

        Assert.True(her.Herbevestiging);
        Assert.True(her.Versie > bewijs.Versie);
        Assert.False(Inschrijven.HerbevestigingNodig(i, rectificatie));
    }

    [Fact]
    public async Task Alleen_percelen_en_eisen_van_de_aanbesteding_en_geen_negatieve_prijs()
    {
        var o = await OefeningAsync();
        await using var db = NieuweContext();
        var a = await o.AanbestedingAsync(db, Ct);
        var i = await Inschrijven.ConceptAsync(db, o.Kluis, o.AanbestedingId, o.AanbiederA, Oefening.Voor, Ct);

        Assert.Equal("Kies alleen percelen van deze aanbesteding.",
            (await Inschrijven.BewaarAsync(db, o.Kluis, a, i, new Kwaliteitsdeel([9], new Dictionary<int, bool>(), new Dictionary<int, string>()), Prijsdeel.Leeg, Oefening.Voor, Ct))?.Tekst);
        Assert.Equal("Een prijs is 0 of meer.", (await Inschrijven.BewaarAsync(db, o.Kluis, a, i, o.Kwaliteit("x"), Oefening.Prijs(-1), Oefening.Voor, Ct))?.Tekst);
        Assert.Equal("Beantwoord alleen de eisen van deze aanbesteding.",
            (await Inschrijven.BewaarAsync(db, o.Kluis, a, i, new Kwaliteitsdeel([1], new Dictionary<int, bool>(), new Dictionary<int, string> { [int.MaxValue] = "x" }), Prijsdeel.Leeg, Oefening.Voor, Ct))?.Tekst);
        Assert.Contains("ten hoogste 20.000 tekens", (await Inschrijven.BewaarAsync(db, o.Kluis, a, i, o.Kwaliteit(new string('a', 20_001)), Prijsdeel.Leeg, Oefening.Voor, Ct))?.Tekst, StringComparison.Ordinal);
    }
}

public sealed class InschrijvenTestsSqlite(SqliteTestDatabase database) : InschrijvenTests<SqliteTestDatabase>(database);

public sealed class InschrijvenTestsPostgres(PostgresTestDatabase database) : InschrijvenTests<PostgresTestDatabase>(database);
