using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Accounts;
using Zorginkoop.Formatting;
using Zorginkoop.Meldingen;
using Zorginkoop.Tests.Infrastructure;
using Zorginkoop.Vragen;
using Zorginkoop.Werk;

namespace Zorginkoop.Tests.Werk;

/// <summary>The inbox and the channel per kind: first fill without mail, e-mail at once, the daily summary, only in the app.</summary>
public abstract class PostvakTests<TDatabase>(TDatabase database) : DatabaseTests<TDatabase>(database)
    where TDatabase : TestDatabase
{
    private static readonly MeldingenOptions Opties = new() { BasisAdres = "https://zorginkoop.test", DagoverzichtUur = 7 };
    private static readonly DateTimeOffset Ochtend = NlFormat.AlsAmsterdamseTijd(new DateTime(2027, 3, 1, 6, 0, 0));

    private sealed record Opzet(int AanbestedingId, string GebruikerId, string Email);

    private async Task<Opzet> OpzetAsync()
    {
        await using var db = NieuweContext();
        var code = await TestRegio.MaakAsync(db);
        var regio = await db.Regios.SingleAsync(r => r.Code == code, Ct);
        var a = Aanbesteding.Nieuw(regio.Id, "Postvak Wmo 2028", Procedurevorm.OpenbaarEuropees);
        a.Status = AanbestedingStatus.Gepubliceerd;
        a.Sluitingsmoment = Ochtend.AddDays(60);
        db.Aanbestedingen.Add(a);
        var email = $"{Guid.NewGuid():N}@regio.test";
        var g = new Gebruiker { UserName = email, Email = email, EmailConfirmed = true };
        db.Users.Add(g);
        db.Lidmaatschappen.Add(new Lidmaatschap { GebruikerId = g.Id, RegioId = regio.Id, Rol = Rollen.Inkoper });
        await db.SaveChangesAsync(Ct);
        await VraagAsync(a.Id, 1);
        return new Opzet(a.Id, g.Id, email);
    }

    private async Task VraagAsync(int aanbestedingId, int nummer)
    {
        await using var db = NieuweContext();
        db.Vragen.Add(new Vraag { AanbestedingId = aanbestedingId, Volgnummer = nummer, GesteldDoor = "aanbieder", GesteldOp = Ochtend, Tekst = $"Vraag {nummer}" });
        await db.SaveChangesAsync(Ct);
    }

    private async Task<int> VulAsync(DateTimeOffset nu, bool mailen = true)
    {
        await using var db = NieuweContext();
        return await PostvakVullen.VerzamelAsync(db, Opties, mailen, nu, Ct);
    }

    private async Task<(List<Postvakbericht> Postvak, List<Bericht> Mail)> StandAsync(Opzet o)
    {
        await using var db = NieuweContext();
        return (await db.Postvakberichten.Where(p => p.GebruikerId == o.GebruikerId).OrderBy(p => p.Id).ToListAsync(Ct),
            await db.Berichten.Where(b => b.Aan == o.Email).OrderBy(b => b.Id).ToListAsync(Ct));
    }

    private async Task KiesAsync(Opzet o, Kanaal kanaal)
    {
        await using var db = NieuweContext();
        Assert.Null(await MeldingVoorkeuren.ZetAsync(db, o.GebruikerId, new Dictionary<string, Kanaal> { [Werksoorten.Vragen.Code] = kanaal }, Ct));
    }

    [Fact]
    public async Task De_eerste_vulling_mailt_niet_daarna_volgt_elke_melding_de_keuze_van_de_persoon()
    {
        var o = await OpzetAsync();
        await VulAsync(Ochtend);
        await VulAsync(Ochtend);
        var eerste = await StandAsync(o);

        await VraagAsync(o.AanbestedingId, 2);
        await VulAsync(Ochtend.AddMinutes(1));
        var dagelijks = await StandAsync(o);

        await KiesAsync(o, Kanaal.Direct);
        await VraagAsync(o.AanbestedingId, 3);
        await VulAsync(Ochtend.AddMinutes(2));
        var direct = await StandAsync(o);

        await KiesAsync(o, Kanaal.AlleenApp);
        await VraagAsync(o.AanbestedingId, 4);
        await VulAsync(Ochtend.AddMinutes(3));
        var alleenApp = await StandAsync(o);

        Assert.Equal(("1 vraag wacht op een antwoord", Kanaal.AlleenApp, 0), (eerste.Postvak.Single().Titel, eerste.Postvak.Single().Kanaal, eerste.Mail.Count));
        // The kind's default for questions is the daily summary: in the inbox now, by mail later.
        Assert.Equal((Kanaal.Dagelijks, (DateTimeOffset?)null, 0), (dagelijks.Postvak[1].Kanaal, dagelijks.Postvak[1].GemaildOp, dagelijks.Mail.Count));
        var mail = Assert.Single(direct.Mail);
        Assert.Equal("3 vragen wachten op een antwoord", mail.Onderwerp);
        Assert.Contains($"https://zorginkoop.test/aanbestedingen/{o.AanbestedingId}/vragen/beheer", mail.Tekst, StringComparison.Ordinal);
        Assert.Equal(4, alleenApp.Postvak.Count);
        Assert.Single(alleenApp.Mail);
    }

    [Fact]
    public async Task Het_dagoverzicht_gaat_eenmaal_per_dag_vanaf_het_ingestelde_uur()
    {
        var o = await OpzetAsync();
        await VulAsync(Ochtend);
        await VraagAsync(o.AanbestedingId, 2);
        await VulAsync(Ochtend.AddMinutes(1));

        int teVroeg, om7, nogmaals;
        await using (var db = NieuweContext())
        {
            teVroeg = await Dagoverzicht.VerzamelAsync(db, Opties, Ochtend.AddMinutes(30), Ct);
            om7 = await Dagoverzicht.VerzamelAsync(db, Opties, Ochtend.AddHours(1), Ct);
        }

        await VraagAsync(o.AanbestedingId, 3);
        await VulAsync(Ochtend.AddHours(2));
        await using (var db = NieuweContext())
        {
            nogmaals = await Dagoverzicht.VerzamelAsync(db, Opties, Ochtend.AddHours(3), Ct);
        }

        var (postvak, mail) = await StandAsync(o);
        Assert.Equal((0, 1, 0), (teVroeg, om7, nogmaals));
        var overzicht = Assert.Single(mail);
        Assert.Equal("Zorginkoop: uw overzicht van 1 maart 2027", overzicht.Onderwerp);
        Assert.Contains("2 vragen wachten op een antwoord", overzicht.Tekst, StringComparison.Ordinal);
        Assert.DoesNotContain("3 vragen", overzicht.Tekst, StringComparison.Ordinal);
        // The third question waits for tomorrow's summary.
        Assert.Null(postvak.Last().GemaildOp);
        Assert.NotNull(postvak[1].GemaildOp);
    }

    [Fact]
    public async Task Zonder_e_mail_komt_alles_alleen_in_het_postvak_en_lezen_is_van_de_persoon_zelf()
    {
        var o = await OpzetAsync();
        await VulAsync(Ochtend, mailen: false);
        await KiesAsync(o, Kanaal.Direct);
        await VraagAsync(o.AanbestedingId, 2);
        await VulAsync(Ochtend.AddMinutes(1), mailen: false);
        var (postvak, mail) = await StandAsync(o);

        await using var db = NieuweContext();
        var vreemd = await PostvakLezen.MarkeerAsync(db, "iemand-anders", postvak[0].Id, true, Ochtend, Ct);
        var gelezen = await PostvakLezen.MarkeerAsync(db, o.GebruikerId, postvak[0].Id, true, Ochtend.AddMinutes(5), Ct);
        var nogmaals = await PostvakLezen.MarkeerAsync(db, o.GebruikerId, postvak[0].Id, true, Ochtend.AddMinutes(9), Ct);
        var alles = await PostvakLezen.AllesGelezenAsync(db, o.GebruikerId, Ochtend.AddMinutes(10), Ct);
        var fout = await MeldingVoorkeuren.ZetAsync(db, o.GebruikerId, new Dictionary<string, Kanaal> { ["onbekend"] = Kanaal.Direct }, Ct);

        Assert.Equal(2, postvak.Count);
        Assert.Empty(mail);
        Assert.Null(vreemd);
        Assert.Equal(Ochtend.AddMinutes(5), nogmaals!.GelezenOp);
        Assert.NotNull(gelezen);
        Assert.Equal(1, alles);
        Assert.Equal("melding.soort-onbekend", fout?.Code);
    }
}

public sealed class PostvakTestsSqlite(SqliteTestDatabase database) : PostvakTests<SqliteTestDatabase>(database);

public sealed class PostvakTestsPostgres(PostgresTestDatabase database) : PostvakTests<PostgresTestDatabase>(database);
