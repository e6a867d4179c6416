using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OtpNet;
using Zorginkoop.Web.Accounts;
using Zorginkoop.Web.Tests.Infrastructure;

namespace Zorginkoop.Web.Tests.Accounts;

/// <summary>
/// Two-step login (TOTP, issue 15): required for beheerders after a password login, set up with a code from the app,
/// asked after the password at every later login (on the web and in the API), a recovery code works once.
/// </summary>
public abstract class TweestapsTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : ZorginkoopApp
{
    private const string Wachtwoord = "Welkom-in-Zorginkoop-2026";

    /// <summary>A new account of Lekstroom through an invitation, logged in with its password.</summary>
    private async Task<(string Email, HttpClient Client)> NieuwAsync(string rol)
    {
        var email = $"{rol}.{Guid.NewGuid():N}@gemeente.example.nl";
        using var beheerder = await Inloggen.AlsAsync(App, "beheerder.lekstroom");
        using var uitgenodigd = await Forms.PostAsync(beheerder, "/beheer/accounts/uitnodigen?regio=lekstroom",
            Forms.Velden(("Regio", "lekstroom"), ("Email", email), ("Rollen", rol)));
        Assert.Equal(HttpStatusCode.Redirect, uitgenodigd.StatusCode);
        var tekst = await MetDbAsync(db => db.Berichten.Where(b => b.Aan == email).Select(b => b.Tekst).SingleAsync(Ct));
        var link = Regex.Match(tekst, "http://[^/\\s]+(/account/uitnodiging/\\S+)").Groups[1].Value;
        var client = App.NieuweClient();
        using var gemaakt = await Forms.PostAsync(client, link, Forms.Velden(("Wachtwoord", Wachtwoord), ("Herhaling", Wachtwoord)));
        Assert.Equal(HttpStatusCode.Redirect, gemaakt.StatusCode);
        return (email, client);
    }

    /// <summary>The code the app would show now, from the key on the set-up page.</summary>
    private static string Code(string sleutel) => new Totp(Base32Encoding.ToBytes(sleutel.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant())).ComputeTotp();

    private async Task<(string Sleutel, IReadOnlyList<string> Herstelcodes)> AanzettenAsync(HttpClient client)
    {
        var (_, pagina) = await GetAsync("/account/tweestaps", client);
        var sleutel = Regex.Match(pagina, "<code class=\"zi-sleutel\">([a-z0-9 ]+)</code>").Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(sleutel), "Geen sleutel op /account/tweestaps");
        using var aan = await Forms.PostAsync(client, "/account/tweestaps", Forms.Velden(("Code", Code(sleutel))), "Aanzetten");
        var html = await aan.Content.ReadAsStringAsync(Ct);
        Assert.True(aan.StatusCode == HttpStatusCode.OK, html);
        return (sleutel, [.. Regex.Matches(html, "<li class=\"utrecht-unordered-list__item\"><code>([^<]+)</code></li>").Select(m => m.Groups[1].Value)]);
    }

    [Fact]
    public async Task Een_nieuwe_beheerder_moet_eerst_inloggen_in_twee_stappen_aanzetten()
    {
        var (email, client) = await NieuwAsync("beheerder");
        using var _ = client;

        var (voor, _) = await GetAsync("/beheer/accounts", client);
        var (instellen, html) = await GetAsync(voor.Headers.Location!.OriginalString, client);
        using var api = await App.NieuweClient().PostAsJsonAsync("/api/v1/account/_inloggen", new { email, wachtwoord = Wachtwoord }, Ct);
        var token = (await ApiHelpers.JsonAsync(api)).GetProperty("accessToken").GetString();
        using var bearer = App.NieuweClient();
        bearer.DefaultRequestHeaders.Authorization = new("Bearer", token);
        using var apiAntwoord = await bearer.GetAsync("/api/v1/aanbestedingen", Ct);
        // A refreshed token is no way around the rule: it keeps how the first was got.
        var vernieuwing = (await ApiHelpers.JsonAsync(api)).GetProperty("refreshToken").GetString();
        using var vernieuwd = await App.NieuweClient().PostAsJsonAsync("/api/v1/account/_vernieuwen", new { refreshToken = vernieuwing }, Ct);
        using var bearer2 = App.NieuweClient();
        bearer2.DefaultRequestHeaders.Authorization = new("Bearer", (await ApiHelpers.JsonAsync(vernieuwd)).GetProperty("accessToken").GetString());
        using var naVernieuwen = await bearer2.GetAsync("/api/v1/aanbestedingen", Ct);
        var (sleutel, herstel) = await AanzettenAsync(client);
        var (na, _) = await GetAsync("/beheer/accounts", client);

        Assert.Equal(HttpStatusCode.Redirect, voor.StatusCode);
        Assert.Equal("/account/tweestaps?returnUrl=%2Fbeheer%2Faccounts", voor.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, instellen.StatusCode);
        Assert.Contains("Daarvoor is inloggen in twee stappen verplicht", Tekst(html), StringComparison.Ordinal);
        Assert.Contains("data:image/png;base64,", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, apiAntwoord.StatusCode);
        Assert.Equal(HttpStatusCode.OK, vernieuwd.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, naVernieuwen.StatusCode);
        Assert.Equal(32, sleutel.Replace(" ", "", StringComparison.Ordinal).Length);
        Assert.Equal(10, herstel.Count);
        Assert.Equal(HttpStatusCode.OK, na.StatusCode);
    }

    [Fact]
    public async Task Na_het_aanzetten_vraagt_inloggen_de_code_en_een_herstelcode_werkt_een_keer()
    {
        var (email, client) = await NieuwAsync("analist");
        var (sleutel, herstel) = await AanzettenAsync(client);
        client.Dispose();

        using var web = App.NieuweClient();
        using var eerste = await Inloggen.PostAsync(web, email, Wachtwoord, "/monitor");
        using var fout = await Forms.PostAsync(web, "/inloggen/tweestaps?returnUrl=%2Fmonitor", Forms.Velden(("Code", "000000")));
        using var goed = await Forms.PostAsync(web, "/inloggen/tweestaps?returnUrl=%2Fmonitor", Forms.Velden(("Code", Code(sleutel))));
        using var metHerstel = App.NieuweClient();
        using var _1 = await Inloggen.PostAsync(metHerstel, email, Wachtwoord);
        using var herstelGoed = await Forms.PostAsync(metHerstel, "/inloggen/tweestaps", Forms.Velden(("Code", herstel[0]), ("Herstelcode", "true")));
        using var nogmaals = App.NieuweClient();
        using var _2 = await Inloggen.PostAsync(nogmaals, email, Wachtwoord);
        using var herstelWeer = await Forms.PostAsync(nogmaals, "/inloggen/tweestaps", Forms.Velden(("Code", herstel[0]), ("Herstelcode", "true")));
        using var apiZonder = await App.NieuweClient().PostAsJsonAsync("/api/v1/account/_inloggen", new { email, wachtwoord = Wachtwoord }, Ct);
        using var apiMet = await App.NieuweClient().PostAsJsonAsync("/api/v1/account/_inloggen", new { email, wachtwoord = Wachtwoord, tweestapscode = Code(sleutel) }, Ct);

        Assert.Equal(HttpStatusCode.Redirect, eerste.StatusCode);
        Assert.StartsWith("/inloggen/tweestaps", eerste.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, fout.StatusCode);
        Assert.Contains(Zorginkoop.Web.Pages.Account.InloggenTweestapsModel.Fout, Tekst(await fout.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        Assert.True(goed.StatusCode == HttpStatusCode.Redirect, Tekst(await goed.Content.ReadAsStringAsync(Ct)));
        Assert.Equal("/monitor", goed.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, herstelGoed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, herstelWeer.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, apiZonder.StatusCode);
        Assert.Contains("tweestapscode", (await ApiHelpers.JsonAsync(apiZonder)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, apiMet.StatusCode);
    }

    [Theory]
    [InlineData("beheerder", false)]
    [InlineData("analist", true)]
    public async Task Alleen_wie_het_niet_moet_kan_het_uitzetten(string rol, bool mag)
    {
        var (email, client) = await NieuwAsync(rol);
        using var _ = client;
        await AanzettenAsync(client);

        using var uit = await Forms.PostAsync(client, "/account/tweestaps", [], "Uitzetten");

        Assert.Equal(mag ? HttpStatusCode.Redirect : HttpStatusCode.OK, uit.StatusCode);
        Assert.Equal(!mag, await MetDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.TwoFactorEnabled).SingleAsync(Ct)));
    }

    [Fact]
    public async Task Een_demo_beheerder_is_vrij_van_de_regel()
    {
        using var client = await Inloggen.AlsAsync(App, "beheerder");

        var (antwoord, _) = await GetAsync("/beheer/accounts", client);

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.EndsWith(DemoAccounts.Domein, DemoAccounts.Email("beheerder"), StringComparison.Ordinal);
    }
}

public sealed class TweestapsTestsSqlite(SqliteApp app) : TweestapsTests<SqliteApp>(app);

public sealed class TweestapsTestsPostgres(PostgresApp app) : TweestapsTests<PostgresApp>(app);
