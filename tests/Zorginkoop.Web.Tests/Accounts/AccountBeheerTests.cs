using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Accounts;
using Zorginkoop.Web.Accounts;
using Zorginkoop.Web.Tests.Infrastructure;

namespace Zorginkoop.Web.Tests.Accounts;

/// <summary>
/// Account management on the web (/beheer/accounts, issue 15): a region's beheerder invites by e-mail (a link valid 72
/// hours, used once), changes roles in her region, deactivates and reactivates, sends a password link; every change
/// reaches the person by e-mail and the audit, and bad input changes nothing.
/// </summary>
public abstract class AccountBeheerTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : ZorginkoopApp
{
    private const string Wachtwoord = "Welkom-in-Zorginkoop-2026";
    private static readonly string BeheerderLekstroom = DemoAccounts.Email("beheerder", "lekstroom");

    private static string Uniek(string naam) => $"{naam}.{Guid.NewGuid():N}@gemeente.example.nl";

    private async Task<HttpClient> AlsAsync(string email)
    {
        var client = App.NieuweClient();
        using var antwoord = await Inloggen.PostAsync(client, email, email.Contains("@demo.", StringComparison.Ordinal) ? DemoAccounts.Wachtwoord : Wachtwoord);
        Assert.True(antwoord.StatusCode == HttpStatusCode.Redirect, $"Inloggen als {email} mislukt");
        return client;
    }

    private static Task<HttpResponseMessage> UitnodigenAsync(HttpClient beheerder, string regio, string email, params string[] rollen) =>
        Forms.PostAsync(beheerder, $"/beheer/accounts/uitnodigen?regio={regio}",
            [.. Forms.Velden(("Regio", regio), ("Email", email), ("Naam", "Nieuwe Collega")),
                .. rollen.Where(r => r.Length > 0).Select(r => new KeyValuePair<string, string>("Rollen", r))]);

    /// <summary>The address of the last e-mail to <paramref name="email"/> that holds a link to <paramref name="pad"/>.</summary>
    private async Task<string> LinkUitMailAsync(string email, string pad)
    {
        var tekst = await MetDbAsync(db => db.Berichten.Where(b => b.Aan == email).OrderByDescending(b => b.Id).Select(b => b.Tekst).FirstAsync(Ct));
        var m = Regex.Match(tekst, $"http://[^/\\s]+({Regex.Escape(pad)}\\S+)");
        Assert.True(m.Success, $"Geen link naar {pad} in de e-mail aan {email}:\n{tekst}");
        return m.Groups[1].Value;
    }

    /// <summary>A new employee of Lekstroom through the whole invitation, logged in.</summary>
    private async Task<(string Email, HttpClient Client)> NieuweCollegaAsync(params string[] rollen)
    {
        var email = Uniek("collega");
        using var beheerder = await AlsAsync(BeheerderLekstroom);
        using var uitgenodigd = await UitnodigenAsync(beheerder, "lekstroom", email, rollen);
        Assert.Equal(HttpStatusCode.Redirect, uitgenodigd.StatusCode);
        var client = App.NieuweClient();
        using var gemaakt = await Forms.PostAsync(client, await LinkUitMailAsync(email, "/account/uitnodiging/"),
            Forms.Velden(("Naam", "Nieuwe Collega"), ("Wachtwoord", Wachtwoord), ("Herhaling", Wachtwoord)));
        Assert.Equal(HttpStatusCode.Redirect, gemaakt.StatusCode);
        return (email, client);
    }

    private Task<string> IdAsync(string email) => MetDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(Ct));

    [Fact]
    public async Task Een_uitnodiging_wordt_een_account_met_de_rollen_in_de_regio()
    {
        var email = Uniek("nieuw");
        using var beheerder = await AlsAsync(BeheerderLekstroom);

        using var uitgenodigd = await UitnodigenAsync(beheerder, "lekstroom", email, "inkoper", "analist");
        var link = await LinkUitMailAsync(email, "/account/uitnodiging/");
        using var bezoeker = App.NieuweClient();
        var (open, pagina) = await GetAsync(link, bezoeker);
        using var gemaakt = await Forms.PostAsync(bezoeker, link, Forms.Velden(("Naam", "Nieuwe Collega"), ("Wachtwoord", Wachtwoord), ("Herhaling", Wachtwoord)));
        var (_, account) = await GetAsync("/account", bezoeker);
        var (nogmaals, tweede) = await GetAsync(link, App.NieuweClient());

        Assert.Equal(HttpStatusCode.Redirect, uitgenodigd.StatusCode);
        Assert.Equal(HttpStatusCode.OK, open.StatusCode);
        Assert.Equal("no-referrer", open.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("Regio Lekstroom", Tekst(pagina), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, gemaakt.StatusCode);
        Assert.Contains("analist, inkoper", Tekst(account), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, nogmaals.StatusCode);
        Assert.Contains("al gebruikt", Tekst(tweede), StringComparison.Ordinal);
        var id = await IdAsync(email);
        var (leden, hash, audit) = await MetDbAsync(async db => (
            await db.Lidmaatschappen.Where(l => l.GebruikerId == id).Select(l => l.Regio.Code + ":" + l.Rol).OrderBy(x => x).ToListAsync(Ct),
            await db.Uitnodigingen.Where(u => u.Email == email).Select(u => u.Geheimhash).SingleAsync(Ct),
            await db.AuditRegels.Where(r => r.Entiteit == nameof(Gebruiker) && r.Sleutel == id && r.Actie == "toegevoegd").Select(r => r.Na).SingleAsync(Ct)));
        Assert.Equal(["lekstroom:analist", "lekstroom:inkoper"], leden);
        // Only the hash of the link's secret is stored; the audit names the account but keeps its secrets out.
        Assert.DoesNotContain(link.Split('/')[^1], hash, StringComparison.Ordinal);
        Assert.Contains("\"PasswordHash\":\"[geheim]\"", audit!, StringComparison.Ordinal);
        Assert.DoesNotContain("SecurityStamp", audit!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_verlopen_uitnodiging_maakt_geen_account()
    {
        var email = Uniek("laat");
        using var beheerder = await AlsAsync(BeheerderLekstroom);
        using var _ = await UitnodigenAsync(beheerder, "lekstroom", email, "analist");
        var link = await LinkUitMailAsync(email, "/account/uitnodiging/");

        App.Tijd.Advance(Uitnodiging.Geldigheid + TimeSpan.FromMinutes(1));
        var (verlopen, pagina) = await GetAsync(link);
        using var bezoeker = App.NieuweClient();
        var (_, formulier) = await GetAsync("/inloggen", bezoeker);
        using var poging = await bezoeker.PostAsync(link, new FormUrlEncodedContent(Forms.Velden(("__RequestVerificationToken", Inloggen.AntiforgeryToken(formulier)),
            ("Wachtwoord", Wachtwoord), ("Herhaling", Wachtwoord))), Ct);

        Assert.Equal(HttpStatusCode.Gone, verlopen.StatusCode);
        Assert.Contains("Deze uitnodiging is verlopen op", Tekst(pagina), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, poging.StatusCode);
        Assert.False(await MetDbAsync(db => db.Users.AnyAsync(u => u.Email == email, Ct)));
    }

    [Theory]
    [InlineData("dubbel", "inkoper", "Er staat al een uitnodiging open voor")]
    [InlineData("geen-adres", "inkoper", "Vul een geldig e-mailadres in")]
    [InlineData("rol", "baas", "'baas' is geen rol in een regio")]
    [InlineData("bestaand", "inkoper", "heeft al een rol in deze regio")]
    [InlineData("aanbieder", "inkoper", "is het account van een medewerker van een zorgaanbieder")]
    [InlineData("zonder-rol", "", "Kies één of meer rollen.")]
    public async Task Een_onjuiste_uitnodiging_wordt_geweigerd_en_verandert_niets(string geval, string rol, string melding)
    {
        var email = geval switch
        {
            "geen-adres" => "niet-een-adres",
            "bestaand" => DemoAccounts.Email("inkoper", "lekstroom"),
            "aanbieder" => DemoAccounts.Email("aanbieder"),
            _ => Uniek(geval),
        };
        using var beheerder = await AlsAsync(BeheerderLekstroom);
        if (geval == "dubbel")
        {
            using var eerste = await UitnodigenAsync(beheerder, "lekstroom", email, rol);
            Assert.Equal(HttpStatusCode.Redirect, eerste.StatusCode);
        }

        var voor = await MetDbAsync(async db => (await db.Uitnodigingen.CountAsync(Ct), await db.Berichten.CountAsync(Ct)));

        using var antwoord = await UitnodigenAsync(beheerder, "lekstroom", email, rol);

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Contains(melding, Tekst(await antwoord.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        Assert.Equal(voor, await MetDbAsync(async db => (await db.Uitnodigingen.CountAsync(Ct), await db.Berichten.CountAsync(Ct))));
    }

    [Fact]
    public async Task Een_systeembeheerder_geeft_alleen_de_rol_beheerder()
    {
        using var systeem = await AlsAsync(DemoAccounts.Email(Rollen.Systeembeheerder));
        var (_, formulier) = await GetAsync("/beheer/accounts/uitnodigen?regio=utrecht-west", systeem);

        using var inkoper = await UitnodigenAsync(systeem, "utrecht-west", Uniek("inkoper"), "inkoper");
        using var beheerder = await UitnodigenAsync(systeem, "utrecht-west", Uniek("beheerder"), "beheerder");

        Assert.Contains("value=\"beheerder\"", formulier, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"inkoper\"", formulier, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, inkoper.StatusCode);
        Assert.Contains("U kunt hier de rol inkoper niet geven", Tekst(await inkoper.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, beheerder.StatusCode);
    }

    [Fact]
    public async Task Een_gewijzigde_rol_geldt_binnen_een_minuut_en_de_persoon_hoort_het()
    {
        var (email, collega) = await NieuweCollegaAsync("inkoper");
        using var _ = collega;
        var id = await IdAsync(email);
        var (voor, _) = await GetAsync("/aanbestedingen/nieuw", collega);
        using var beheerder = await AlsAsync(BeheerderLekstroom);

        using var opgeslagen = await Forms.PostAsync(beheerder, $"/beheer/accounts/{id}?regio=lekstroom", Forms.Velden(("Rollen", "analist")), "Rollen");
        App.Tijd.Advance(TimeSpan.FromMinutes(2));
        var (na, _) = await GetAsync("/aanbestedingen/nieuw", collega);

        Assert.Equal(HttpStatusCode.OK, voor.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, opgeslagen.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, na.StatusCode);
        Assert.StartsWith("http://localhost/geen-toegang", na.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var mail = await MetDbAsync(db => db.Berichten.Where(b => b.Aan == email).OrderByDescending(b => b.Id).Select(b => b.Tekst).FirstAsync(Ct));
        Assert.Contains("U bent nu analist", mail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deactiveren_sluit_het_account_af_en_weer_activeren_opent_het()
    {
        var (email, collega) = await NieuweCollegaAsync("analist");
        using var _ = collega;
        var id = await IdAsync(email);
        using var beheerder = await AlsAsync(BeheerderLekstroom);

        using var uit = await Forms.PostAsync(beheerder, $"/beheer/accounts/{id}?regio=lekstroom", [], "Deactiveren");
        App.Tijd.Advance(TimeSpan.FromMinutes(2));
        var (sessie, _) = await GetAsync("/account", collega);
        using var inloggen = await Inloggen.PostAsync(App.NieuweClient(), email, Wachtwoord);
        var (lijst, html) = await GetAsync("/beheer/accounts?regio=lekstroom&zoek=" + Uri.EscapeDataString(email), beheerder);
        using var aan = await Forms.PostAsync(beheerder, $"/beheer/accounts/{id}?regio=lekstroom", [], "Heractiveren");
        using var weer = await Inloggen.PostAsync(App.NieuweClient(), email, Wachtwoord);

        Assert.Equal(HttpStatusCode.Redirect, uit.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, sessie.StatusCode);
        Assert.StartsWith("http://localhost/inloggen", sessie.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, inloggen.StatusCode);
        Assert.Contains(PasswordLogin.Mislukt, Tekst(await inloggen.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, lijst.StatusCode);
        Assert.Contains("Gedeactiveerd", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, aan.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, weer.StatusCode);
        // The memberships stayed; the audit holds both steps.
        Assert.Equal(["analist"], await MetDbAsync(db => db.Lidmaatschappen.Where(l => l.GebruikerId == id).Select(l => l.Rol).ToListAsync(Ct)));
        Assert.Equal(2, await MetDbAsync(db => db.AuditRegels.CountAsync(r => r.Entiteit == nameof(Gebruiker) && r.Sleutel == id && r.Voor!.Contains("GedeactiveerdOp"), Ct)));
    }

    [Theory]
    [InlineData("zelf", "U kunt uw eigen account niet deactiveren")]
    [InlineData("inkoper", "werkt ook voor een regio waarvan u geen beheerder bent")]
    public async Task Deactiveren_wordt_geweigerd_voor_zichzelf_en_voor_een_collega_van_meer_regios(string wie, string melding)
    {
        var id = await IdAsync(wie == "zelf" ? BeheerderLekstroom : DemoAccounts.Email("inkoper"));
        using var beheerder = await AlsAsync(BeheerderLekstroom);

        using var antwoord = await Forms.PostAsync(beheerder, $"/beheer/accounts/{id}?regio=lekstroom", [], "Deactiveren");

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Contains(melding, Tekst(await antwoord.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        Assert.Null(await MetDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.GedeactiveerdOp).SingleAsync(Ct)));
    }

    [Fact]
    public async Task Een_account_zonder_wachtwoord_of_van_een_systeembeheerder_blijft_buiten_bereik_van_de_regio()
    {
        // An employee who logs in through the identity provider (no password), and the systeembeheerder with a role in
        // Lekstroom besides: the region's beheerder gives the first no password, and does not deactivate the second.
        var extern_ = Uniek("extern");
        var (externId, systeemId) = await MetDbAsync(async db =>
        {
            var g = new Gebruiker { UserName = extern_, Email = extern_, NormalizedEmail = extern_.ToUpperInvariant(), NormalizedUserName = extern_.ToUpperInvariant(), EmailConfirmed = true };
            db.Users.Add(g);
            var lekstroom = await db.Regios.SingleAsync(r => r.Code == "lekstroom", Ct);
            var systeem = await db.Users.SingleAsync(u => u.Email == DemoAccounts.Email(Rollen.Systeembeheerder), Ct);
            db.Lidmaatschappen.Add(new Lidmaatschap { GebruikerId = g.Id, RegioId = lekstroom.Id, Rol = Rollen.Analist });
            db.Lidmaatschappen.Add(new Lidmaatschap { GebruikerId = systeem.Id, RegioId = lekstroom.Id, Rol = Rollen.Analist });
            await db.SaveChangesAsync(Ct);
            return (g.Id, systeem.Id);
        });
        using var beheerder = await AlsAsync(BeheerderLekstroom);

        using var link = await Forms.PostAsync(beheerder, $"/beheer/accounts/{externId}?regio=lekstroom", [], "Wachtwoord");
        using var uit = await Forms.PostAsync(beheerder, $"/beheer/accounts/{systeemId}?regio=lekstroom", [], "Deactiveren");

        Assert.Contains("heeft geen wachtwoord; het krijgt er ook geen", Tekst(await link.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        Assert.False(await MetDbAsync(db => db.Berichten.AnyAsync(b => b.Aan == extern_, Ct)));
        Assert.Contains("alleen een systeembeheerder kan het deactiveren", Tekst(await uit.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        Assert.Null(await MetDbAsync(db => db.Users.Where(u => u.Id == systeemId).Select(u => u.GedeactiveerdOp).SingleAsync(Ct)));
    }

    [Fact]
    public async Task De_laatste_beheerder_van_een_regio_blijft_en_minder_dan_twee_geeft_een_waarschuwing()
    {
        // Lekstroom's beheerders: beheerder@ (office, both regions) and beheerder.lekstroom@. Take the office's away.
        var kantoor = await IdAsync(DemoAccounts.Email("beheerder"));
        var eigen = await IdAsync(BeheerderLekstroom);
        using var beheerder = await AlsAsync(BeheerderLekstroom);
        var (_, voor) = await GetAsync("/beheer/accounts?regio=lekstroom", beheerder);

        using var weg = await Forms.PostAsync(beheerder, $"/beheer/accounts/{kantoor}?regio=lekstroom", Forms.Velden(("Rollen", "inkoper")), "Rollen");
        var (_, na) = await GetAsync("/beheer/accounts?regio=lekstroom", beheerder);
        using var laatste = await Forms.PostAsync(beheerder, $"/beheer/accounts/{eigen}?regio=lekstroom", Forms.Velden(("Rollen", "inkoper")), "Rollen");
        using var terug = await Forms.PostAsync(beheerder, $"/beheer/accounts/{kantoor}?regio=lekstroom", Forms.Velden(("Rollen", "beheerder")), "Rollen");

        Assert.DoesNotContain("actieve beheerder", Tekst(voor), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, weg.StatusCode);
        Assert.Contains("Regio Lekstroom heeft één actieve beheerder", Tekst(na), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, laatste.StatusCode);
        Assert.Contains("Dit is de laatste actieve beheerder van Regio Lekstroom", Tekst(await laatste.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, terug.StatusCode);
        Assert.True(await MetDbAsync(db => db.Lidmaatschappen.AnyAsync(l => l.GebruikerId == eigen && l.Rol == Rollen.Beheerder, Ct)));
        // Her roles elsewhere were never touched.
        Assert.True(await MetDbAsync(db => db.Lidmaatschappen.AnyAsync(l => l.GebruikerId == kantoor && l.Regio.Code == "utrecht-west" && l.Rol == Rollen.Beheerder, Ct)));
    }

    [Fact]
    public async Task Een_beheerder_van_een_andere_regio_ziet_de_accounts_van_de_regio_niet()
    {
        using var elders = await AlsAsync(DemoAccounts.Email("beheerder", "utrecht-west"));

        var (lijst, _) = await GetAsync("/beheer/accounts?regio=lekstroom", elders);
        var (uitnodigen, _) = await GetAsync("/beheer/accounts/uitnodigen?regio=lekstroom", elders);
        var (eigen, html) = await GetAsync("/beheer/accounts", elders);

        Assert.Equal(HttpStatusCode.NotFound, lijst.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, uitnodigen.StatusCode);
        Assert.Equal(HttpStatusCode.OK, eigen.StatusCode);
        Assert.Contains("Accounts van Utrecht-West", Tekst(html), StringComparison.Ordinal);
        Assert.DoesNotContain(DemoAccounts.Email("inkoper", "lekstroom"), html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_tweede_wachtwoordlink_binnen_vijf_minuten_gaat_niet_uit()
    {
        var (email, collega) = await NieuweCollegaAsync("analist");
        collega.Dispose();
        var id = await IdAsync(email);
        using var beheerder = await AlsAsync(BeheerderLekstroom);
        Task<int> LinksAsync() => MetDbAsync(db => db.Berichten.CountAsync(b => b.Aan == email && b.Sleutel.StartsWith("wachtwoordherstel:"), Ct));

        using var eerste = await Forms.PostAsync(beheerder, $"/beheer/accounts/{id}?regio=lekstroom", [], "Wachtwoord");
        using var tweede = await Forms.PostAsync(beheerder, $"/beheer/accounts/{id}?regio=lekstroom", [], "Wachtwoord");
        var (_, pagina) = await GetAsync($"/beheer/accounts/{id}?regio=lekstroom", beheerder);
        var naTwee = await LinksAsync();
        App.Tijd.Advance(WachtwoordHerstelVersturen.Tussenpoos + TimeSpan.FromSeconds(1));
        using var later = await Forms.PostAsync(beheerder, $"/beheer/accounts/{id}?regio=lekstroom", [], "Wachtwoord");

        Assert.Equal(HttpStatusCode.Redirect, tweede.StatusCode);
        Assert.Contains("minder dan vijf minuten geleden al een link", Tekst(pagina), StringComparison.Ordinal);
        Assert.Equal(1, naTwee);
        Assert.Equal(2, await LinksAsync());
    }

    [Fact]
    public async Task Wachtwoord_vergeten_zegt_hetzelfde_voor_elk_adres_en_de_link_werkt_een_keer()
    {
        var (email, collega) = await NieuweCollegaAsync("beoordelaar");
        collega.Dispose();
        var onbekend = Uniek("onbekend");
        var berichten = await MetDbAsync(db => db.Berichten.CountAsync(Ct));

        using var wel = await Forms.PostAsync(App.NieuweClient(), "/account/wachtwoord-vergeten", Forms.Velden(("Email", email)));
        using var niet = await Forms.PostAsync(App.NieuweClient(), "/account/wachtwoord-vergeten", Forms.Velden(("Email", onbekend)));
        // Asked again at once: the same answer, and no second mail (nobody fills someone's mailbox from the login page).
        using var weer = await Forms.PostAsync(App.NieuweClient(), "/account/wachtwoord-vergeten", Forms.Velden(("Email", email)));
        var link = await LinkUitMailAsync(email, "/account/wachtwoord-herstellen");
        var velden = Forms.Velden(("Gebruiker", Regex.Match(link, "gebruiker=([^&]+)").Groups[1].Value), ("Code", Regex.Match(link, "code=([^&]+)").Groups[1].Value),
            ("Nieuw", "Ander-Wachtwoord-2026"), ("Herhaling", "Ander-Wachtwoord-2026"));
        using var gezet = await Forms.PostAsync(App.NieuweClient(), link, velden);
        using var nogmaals = await Forms.PostAsync(App.NieuweClient(), link, velden);
        using var oud = await Inloggen.PostAsync(App.NieuweClient(), email, Wachtwoord);
        using var nieuw = await Inloggen.PostAsync(App.NieuweClient(), email, "Ander-Wachtwoord-2026");

        Assert.Equal(wel.StatusCode, niet.StatusCode);
        Assert.Equal(wel.Headers.Location, niet.Headers.Location);
        Assert.Equal(wel.Headers.Location, weer.Headers.Location);
        Assert.Equal(berichten + 1, await MetDbAsync(db => db.Berichten.CountAsync(Ct)));
        Assert.Equal(HttpStatusCode.Redirect, gezet.StatusCode);
        Assert.Equal(HttpStatusCode.OK, nogmaals.StatusCode);
        Assert.Contains("Deze link werkt niet (meer)", Tekst(await nogmaals.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, oud.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, nieuw.StatusCode);
    }
}

public sealed class AccountBeheerTestsSqlite(SqliteApp app) : AccountBeheerTests<SqliteApp>(app);

public sealed class AccountBeheerTestsPostgres(PostgresApp app) : AccountBeheerTests<PostgresApp>(app);
