using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Accounts;
using Zorginkoop.Inschrijvingen;
using Zorginkoop.Meldingen;
using Zorginkoop.Tests.Infrastructure;
using Zorginkoop.Tests.Inschrijvingen;
using Zorginkoop.Vragen;

namespace Zorginkoop.Tests.Meldingen;

/// <summary>Notifications are derived from what happened, once per person and event, and go out through the outbox.</summary>
public abstract class MeldingenTests<TDatabase>(TDatabase database) : DatabaseTests<TDatabase>(database)
    where TDatabase : TestDatabase
{
    private static readonly MeldingenOptions Opties = new() { BasisAdres = "https://zorginkoop.test", DeadlineHerinneringUren = 48 };

    private async Task<(Oefening O, string EmailA, string EmailB)> OefeningAsync()
    {
        await using var db = NieuweContext();
        var gedeeld = await Oefening.MaakAsync(db, Database.Map.Pad, Ct);

        // Providers of this test only: the demo providers are shared by every test of the class, and so would their mail be.
        Zorginkoop.Catalogus.Zorgaanbieder Nieuw(string naam) => new()
        {
            Naam = naam,
            KvkNummer = Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture),
            AgbCode = Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture)
        };
        var za = Nieuw($"Testaanbieder A {Guid.NewGuid():N}");
        var zb = Nieuw($"Testaanbieder B {Guid.NewGuid():N}");
        db.Zorgaanbieders.AddRange(za, zb);
        await db.SaveChangesAsync(Ct);
        var o = new Oefening { Kluis = gedeeld.Kluis, AanbestedingId = gedeeld.AanbestedingId, AanbiederA = za.Id, AanbiederB = zb.Id, Eisen = gedeeld.Eisen };
        var rol = await db.Roles.SingleOrDefaultAsync(r => r.Name == Rollen.Aanbieder, Ct);
        if (rol is null)
        {
            rol = new IdentityRole(Rollen.Aanbieder) { NormalizedName = Rollen.Aanbieder.ToUpperInvariant() };
            db.Roles.Add(rol);
        }

        string Gebruiker(int aanbieder)
        {
            var email = $"{Guid.NewGuid():N}@aanbieder.test";
            var g = new Gebruiker { UserName = email, Email = email, EmailConfirmed = true, ZorgaanbiederId = aanbieder };
            db.Users.Add(g);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = g.Id, RoleId = rol.Id });
            return email;
        }

        var a = Gebruiker(o.AanbiederA);
        var b = Gebruiker(o.AanbiederB);
        await db.SaveChangesAsync(Ct);
        return (o, a, b);
    }

    private async Task<List<Bericht>> BerichtenAanAsync(string email)
    {
        await using var db = NieuweContext();
        return await db.Berichten.Where(b => b.Aan == email).OrderBy(b => b.Id).ToListAsync(Ct);
    }

    private async Task<int> VerzamelAsync(DateTimeOffset nu)
    {
        await using var db = NieuweContext();
        return await Signalering.VerzamelAsync(db, Opties, nu, Ct);
    }

    [Fact]
    public async Task Een_ontvangstbewijs_gaat_een_keer_naar_de_accounts_van_de_aanbieder_en_zonder_inhoud()
    {
        var (o, emailA, emailB) = await OefeningAsync();
        await using (var db = NieuweContext())
        {
            var i = await o.CompleetConceptAsync(db, o.AanbiederA, "GEHEIM-PLAN", Ct);
            Assert.Null((await Inschrijven.IndienenAsync(db, o.Kluis, await o.AanbestedingAsync(db, Ct), i, Guid.NewGuid(), Oefening.Voor, Ct)).Weigering);
        }

        await VerzamelAsync(Oefening.Voor.AddMinutes(1));
        await VerzamelAsync(Oefening.Voor.AddMinutes(2));

        var bericht = Assert.Single(await BerichtenAanAsync(emailA), b => b.Sleutel.StartsWith("ontvangstbewijs:", StringComparison.Ordinal));
        Assert.StartsWith("Ontvangstbewijs: Testaanbesteding inschrijvingen", bericht.Onderwerp, StringComparison.Ordinal);
        Assert.Contains("https://zorginkoop.test/mijn/ontvangstbewijzen/", bericht.Tekst, StringComparison.Ordinal);
        Assert.DoesNotContain("GEHEIM-PLAN", bericht.Tekst, StringComparison.Ordinal);
        Assert.DoesNotContain(await BerichtenAanAsync(emailB), b => b.Sleutel.StartsWith("ontvangstbewijs:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Een_herinnering_komt_binnen_48_uur_voor_de_deadline_alleen_voor_wie_nog_niet_indiende()
    {
        var (o, emailA, emailB) = await OefeningAsync();
        await using (var db = NieuweContext())
        {
            await Inschrijven.ConceptAsync(db, o.Kluis, o.AanbestedingId, o.AanbiederA, Oefening.Voor.AddDays(-5), Ct);
            var b = await o.CompleetConceptAsync(db, o.AanbiederB, "plan", Ct);
            Assert.Null((await Inschrijven.IndienenAsync(db, o.Kluis, await o.AanbestedingAsync(db, Ct), b, Guid.NewGuid(), Oefening.Voor, Ct)).Weigering);
        }

        await VerzamelAsync(Oefening.Deadline.AddHours(-49));
        Assert.DoesNotContain(await BerichtenAanAsync(emailA), b => b.Sleutel.StartsWith("deadline:", StringComparison.Ordinal));

        await VerzamelAsync(Oefening.Deadline.AddHours(-47));
        await VerzamelAsync(Oefening.Deadline.AddHours(-1));

        var herinnering = Assert.Single(await BerichtenAanAsync(emailA), b => b.Sleutel.StartsWith("deadline:", StringComparison.Ordinal));
        Assert.Contains("1 maart 2027, 12:00 uur", herinnering.Tekst, StringComparison.Ordinal);
        Assert.DoesNotContain(await BerichtenAanAsync(emailB), b => b.Sleutel.StartsWith("deadline:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Een_rectificatie_na_indienen_een_nieuwe_nota_en_de_opening_van_de_kluis_worden_gemeld()
    {
        var (o, emailA, _) = await OefeningAsync();
        await using (var db = NieuweContext())
        {
            var i = await o.CompleetConceptAsync(db, o.AanbiederA, "plan", Ct);
            var a = await o.AanbestedingAsync(db, Ct);
            Assert.Null((await Inschrijven.IndienenAsync(db, o.Kluis, a, i, Guid.NewGuid(), Oefening.Voor, Ct)).Weigering);
            await db.Entry(a).Collection(x => x.Rectificaties).LoadAsync(Ct);
            AanbestedingWijzigen.VoegRectificatieToe(a, "Nieuwe bijlage", [new Wijziging("Document toegevoegd", "", "Bijlage 3")], "inkoper", Oefening.Voor.AddHours(1));
            var (vraag, _) = await VraagStellen.HandleAsync(db, a, new(o.AanbiederB, "Een vraag", null, null), "x", Oefening.Deadline.AddDays(-20), Ct);
            Assert.Null(await VraagRegels.BeantwoordenAsync(db, vraag!, "inkoper", "Een vraag", "Een antwoord", Ct));
            Assert.Null((await VraagRegels.PublicerenAsync(db, a, "inkoper", Oefening.Voor.AddHours(2), Ct)).Weigering);
        }

        await VerzamelAsync(Oefening.Voor.AddHours(3));
        await using (var db = NieuweContext())
        {
            var a = await o.AanbestedingAsync(db, Ct);
            Assert.Null(await KluisOpenen.AanvragenAsync(db, a, "inkoper-a", Oefening.Deadline.AddMinutes(1), Ct));
            Assert.Null(await KluisOpenen.BevestigenAsync(db, a, "inkoper-b", Oefening.Deadline.AddMinutes(2), Ct));
        }

        await VerzamelAsync(Oefening.Deadline.AddMinutes(3));

        var sleutels = (await BerichtenAanAsync(emailA)).Select(b => b.Sleutel.Split(':')[0]).ToList();
        Assert.Contains("herbevestiging", sleutels);
        Assert.Contains("nvi", sleutels); // A bid makes the provider interested in the procedure's rounds.
        Assert.Contains("kluis", sleutels);
    }

    [Fact]
    public async Task De_uitbus_gaat_als_eml_bestand_de_map_in_en_een_mislukte_verzending_wordt_later_opnieuw_geprobeerd()
    {
        var (o, emailA, _) = await OefeningAsync();
        await using (var db = NieuweContext())
        {
            var i = await o.CompleetConceptAsync(db, o.AanbiederA, "plan", Ct);
            Assert.Null((await Inschrijven.IndienenAsync(db, o.Kluis, await o.AanbestedingAsync(db, Ct), i, Guid.NewGuid(), Oefening.Voor, Ct)).Weigering);
        }

        await VerzamelAsync(Oefening.Voor.AddMinutes(1));
        await using (var db = NieuweContext())
        {
            Assert.Equal(0, await MailSender.SendAsync(db, new KapotKanaal(), "zorginkoop@regio.test", Oefening.Voor.AddMinutes(2), Ct));
        }

        var mislukt = Assert.Single(await BerichtenAanAsync(emailA));
        Assert.Equal((1, "Verbinding geweigerd", (DateTimeOffset?)null), (mislukt.Pogingen, mislukt.Fout, mislukt.VerzondenOp));

        var map = new FolderMailChannel(Path.Combine(Database.Map.Pad, Guid.NewGuid().ToString("N")));
        await using (var db = NieuweContext())
        {
            Assert.True(await MailSender.SendAsync(db, map, "zorginkoop@regio.test", Oefening.Voor.AddMinutes(3), Ct) >= 1);
            Assert.Equal(0, await MailSender.SendAsync(db, map, "zorginkoop@regio.test", Oefening.Voor.AddMinutes(4), Ct));
        }

        // The outbox is shared with the other tests of the class: find this test's message among the files.
        var alle = new List<MimeMessage>();
        foreach (var bestand in Directory.GetFiles(map.Map, "*.eml"))
        {
            alle.Add(await MimeMessage.LoadAsync(bestand, Ct));
        }

        var eml = Assert.Single(alle, m => m.To.Mailboxes.Single().Address == emailA);
        Assert.Equal("zorginkoop@regio.test", eml.From.Mailboxes.Single().Address);
        Assert.StartsWith("Ontvangstbewijs:", eml.Subject, StringComparison.Ordinal);
        Assert.Equal(mislukt.Sleutel, eml.Headers["X-Zorginkoop-Sleutel"]);
        Assert.NotNull((await BerichtenAanAsync(emailA)).Single().VerzondenOp);
    }

    private sealed class KapotKanaal : IMailChannel
    {
        public Task SendAsync(MimeMessage bericht, CancellationToken ct) => throw new IOException("Verbinding geweigerd");
    }
}

public sealed class MeldingenTestsSqlite(SqliteTestDatabase database) : MeldingenTests<SqliteTestDatabase>(database);

public sealed class MeldingenTestsPostgres(PostgresTestDatabase database) : MeldingenTests<PostgresTestDatabase>(database);
