using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zorginkoop.Accounts;
using Zorginkoop.Data;
using Zorginkoop.Web.Accounts;
using Zorginkoop.Web.Tests.Infrastructure;

namespace Zorginkoop.Web.Tests.Accounts;

/// <summary>What an external login (organisation account, eHerkenning) becomes in Zorginkoop: which account, which roles, which provider.</summary>
public abstract class ExternalLoginTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : ZorginkoopApp
{
    private static ClaimsPrincipal Extern(params (string Type, string Waarde)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Waarde)), "extern"));

    private async Task<(Gebruiker? Gebruiker, string? Weigering, IList<string> Rollen)> KoppelAsync(string schema, ClaimsPrincipal p, ExternalLoginOptions? opties = null)
    {
        using var scope = App.Services.CreateScope();
        var sp = scope.ServiceProvider;
        var gebruikers = sp.GetRequiredService<UserManager<Gebruiker>>();
        var (g, w) = await ExternalLogin.KoppelAsync(schema, p, opties ?? new ExternalLoginOptions(), gebruikers, sp.GetRequiredService<RoleManager<IdentityRole>>(),
            sp.GetRequiredService<ZorginkoopDbContext>(), Ct);
        if (g is null)
        {
            return (g, w, []);
        }

        // Roles of the whole installation, and an employee's roles per region as "regio:rol".
        var leden = await sp.GetRequiredService<ZorginkoopDbContext>().Lidmaatschappen.Where(l => l.GebruikerId == g.Id)
            .Select(l => l.Regio.Code + ":" + l.Rol).ToListAsync(Ct);
        return (g, w, [.. await gebruikers.GetRolesAsync(g), .. leden.Order(StringComparer.Ordinal)]);
    }

    [Fact]
    public async Task Een_medewerker_krijgt_precies_de_rollen_die_de_inlogdienst_doorgeeft_en_nooit_aanbieder()
    {
        var opties = new ExternalLoginOptions
        {
            RolClaim = "groups",
            Rollen = new() { ["grp-inkoop"] = "lekstroom:inkoper", ["grp-analyse"] = "utrecht-west:analist", ["grp-x"] = "lekstroom:aanbieder", ["grp-oud"] = "inkoper" },
        };
        var sub = Guid.NewGuid().ToString();

        var (eerst, _, rollenEerst) = await KoppelAsync(ExternalLogin.Medewerkers,
            Extern(("sub", sub), ("email", $"{sub}@regio.test"), ("groups", "grp-inkoop"), ("groups", "grp-x"), ("groups", "grp-oud")), opties);
        var (daarna, _, rollenDaarna) = await KoppelAsync(ExternalLogin.Medewerkers, Extern(("sub", sub), ("email", $"{sub}@regio.test"), ("groups", "grp-analyse")), opties);
        var (_, geenRol, _) = await KoppelAsync(ExternalLogin.Medewerkers, Extern(("sub", "x"), ("email", "x@regio.test"), ("groups", "grp-onbekend")), opties);

        // A role without a region ("inkoper", the mapping of before regions) gives no right anywhere.
        Assert.Equal(["lekstroom:inkoper"], rollenEerst);
        Assert.Equal(eerst!.Id, daarna!.Id);
        Assert.Equal(["utrecht-west:analist"], rollenDaarna);
        Assert.Null(daarna.ZorgaanbiederId);
        Assert.StartsWith("Uw account heeft geen rol in Zorginkoop.", geenRol, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_aanbieder_via_eherkenning_hoort_bij_de_zorgaanbieder_van_het_kvk_nummer()
    {
        string kvk;
        int timon;
        using (var scope = App.Services.CreateScope())
        {
            var z = await scope.ServiceProvider.GetRequiredService<ZorginkoopDbContext>().Zorgaanbieders.SingleAsync(x => x.Naam == "Stichting Timon", Ct);
            (kvk, timon) = (z.KvkNummer, z.Id);
        }

        var opties = new ExternalLoginOptions();
        var sub = Guid.NewGuid().ToString();
        // Timon has its beheerder (aanbieder@demo): a new colleague waits for her approval first.
        var (wacht, wachtTekst, _) = await KoppelAsync(ExternalLogin.Aanbieders, Extern(("sub", sub), ("email", $"{sub}@timon.test"), (opties.KvkClaim, kvk)));
        await MetDbAsync(async db =>
        {
            var u = await db.Users.SingleAsync(x => x.Email == $"{sub}@timon.test", Ct);
            u.WachtOpGoedkeuringSinds = null;
            return await db.SaveChangesAsync(Ct);
        });
        var (g, _, rollen) = await KoppelAsync(ExternalLogin.Aanbieders, Extern(("sub", sub), ("email", $"{sub}@timon.test"), (opties.KvkClaim, kvk)));
        var (_, onbekend, _) = await KoppelAsync(ExternalLogin.Aanbieders, Extern(("sub", "y"), ("email", "y@elders.test"), (opties.KvkClaim, "11111111")));
        var (_, zonderKvk, _) = await KoppelAsync(ExternalLogin.Aanbieders, Extern(("sub", "z"), ("email", "z@elders.test")));
        var (_, medewerker, _) = await KoppelAsync(ExternalLogin.Aanbieders, Extern(("sub", "w"), ("email", DemoAccounts.Email("inkoper")), (opties.KvkClaim, kvk)));

        Assert.Null(wacht);
        Assert.Equal(AanbiederAccounts.Wacht, wachtTekst);
        Assert.Equal(timon, g!.ZorgaanbiederId);
        Assert.Equal(["aanbieder"], rollen);
        Assert.StartsWith("Er is geen zorgaanbieder met KvK-nummer 11111111 in het register.", onbekend, StringComparison.Ordinal);
        Assert.StartsWith("eHerkenning gaf geen KvK-nummer door.", zonderKvk, StringComparison.Ordinal);
        Assert.StartsWith("Dit e-mailadres hoort bij een ander account", medewerker, StringComparison.Ordinal);
    }

    [Fact]
    public async Task De_eerste_aanbieder_wordt_beheerder_en_keurt_de_volgende_goed()
    {
        // A provider of the register without any account yet.
        var aanbieder = await MetDbAsync(db => db.Zorgaanbieders
            .Where(z => !db.Users.Any(u => u.ZorgaanbiederId == z.Id) && db.Zorgaanbieders.Count(x => x.KvkNummer == z.KvkNummer) == 1)
            .OrderBy(z => z.Id).Select(z => new { z.KvkNummer, z.Naam }).FirstAsync(Ct));
        var (kvk, naam) = (aanbieder.KvkNummer, aanbieder.Naam);
        var opties = new ExternalLoginOptions();
        var eerste = Guid.NewGuid().ToString("N");
        var tweede = Guid.NewGuid().ToString("N");

        var (beheerder, _, rollen) = await KoppelAsync(ExternalLogin.Aanbieders, Extern(("sub", eerste), ("email", $"{eerste}@aanbieder.test"), (opties.KvkClaim, kvk)));
        var (wacht, tekst, _) = await KoppelAsync(ExternalLogin.Aanbieders, Extern(("sub", tweede), ("email", $"{tweede}@aanbieder.test"), (opties.KvkClaim, kvk)));
        var (nogSteeds, _, _) = await KoppelAsync(ExternalLogin.Aanbieders, Extern(("sub", tweede), ("email", $"{tweede}@aanbieder.test"), (opties.KvkClaim, kvk)));
        var mail = await MetDbAsync(db => db.Berichten.Where(b => b.Aan == $"{eerste}@aanbieder.test").Select(b => b.Onderwerp).SingleAsync(Ct));

        Assert.NotNull(beheerder);
        Assert.Equal([Rollen.Aanbieder, Rollen.AanbiederBeheerder], rollen.Order(StringComparer.Ordinal));
        Assert.Null(wacht);
        Assert.Equal(AanbiederAccounts.Wacht, tekst);
        Assert.Null(nogSteeds);
        Assert.Equal($"Nieuw account voor {naam} wacht op uw goedkeuring", mail);

        // The beheerder approves on /mijn/accounts; then the colleague logs in, as aanbieder only.
        var id = await MetDbAsync(db => db.Users.Where(u => u.Email == $"{tweede}@aanbieder.test").Select(u => u.Id).SingleAsync(Ct));
        using var web = App.NieuweClient();
        var (_, formulier) = await GetAsync("/inloggen", web);
        using (var scope = App.Services.CreateScope())
        {
            // Log the beheerder in as eHerkenning would: she has no password, so sign in through the test's own cookie.
            var g = await scope.ServiceProvider.GetRequiredService<UserManager<Gebruiker>>().FindByIdAsync(beheerder!.Id);
            await scope.ServiceProvider.GetRequiredService<UserManager<Gebruiker>>().AddPasswordAsync(g!, "Beheer-Wachtwoord-2026");
        }

        using var _1 = await Inloggen.PostAsync(web, $"{eerste}@aanbieder.test", "Beheer-Wachtwoord-2026");
        var (lijst, html) = await GetAsync("/mijn/accounts", web);
        using var goed = await Forms.PostAsync(web, "/mijn/accounts", [], $"Goedkeuren&id={Uri.EscapeDataString(id)}");
        var (_, naGoedkeuring, rollenNa) = await KoppelAsync(ExternalLogin.Aanbieders, Extern(("sub", tweede), ("email", $"{tweede}@aanbieder.test"), (opties.KvkClaim, kvk)));
        using var zelf = await Forms.PostAsync(web, "/mijn/accounts", [], $"Deactiveren&id={Uri.EscapeDataString(beheerder.Id)}");

        Assert.Equal(HttpStatusCode.OK, lijst.StatusCode);
        Assert.Contains("Wacht op goedkeuring", Tekst(html), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, goed.StatusCode);
        Assert.Null(naGoedkeuring);
        Assert.Equal([Rollen.Aanbieder], rollenNa);
        Assert.Null(await MetDbAsync(db => db.Users.Where(u => u.Id == beheerder.Id).Select(u => u.GedeactiveerdOp).SingleAsync(Ct)));

        // She makes the colleague beheerder too (kept at the next eHerkenning login, audited), then steps down herself;
        // the colleague, now the only one, keeps the role.
        using var maken = await Forms.PostAsync(web, "/mijn/accounts", [], $"BeheerderMaken&id={Uri.EscapeDataString(id)}");
        var (_, _, rollenBeheerder) = await KoppelAsync(ExternalLogin.Aanbieders, Extern(("sub", tweede), ("email", $"{tweede}@aanbieder.test"), (opties.KvkClaim, kvk)));
        using var aftreden = await Forms.PostAsync(web, "/mijn/accounts", [], $"BeheerderAfnemen&id={Uri.EscapeDataString(beheerder.Id)}");
        using var laatste = await Forms.PostAsync(web, "/mijn/accounts", [], $"BeheerderAfnemen&id={Uri.EscapeDataString(id)}");
        var beheerders = await MetDbAsync(db => AanbiederAccounts.BeheerdersAsync(db, db.Users.Single(u => u.Id == id).ZorgaanbiederId!.Value, Ct));

        Assert.Equal(HttpStatusCode.Redirect, maken.StatusCode);
        Assert.Equal([Rollen.Aanbieder, Rollen.AanbiederBeheerder], rollenBeheerder.Order(StringComparer.Ordinal));
        Assert.True(await MetDbAsync(db => db.AuditRegels.AnyAsync(r => r.Entiteit == "Gebruikersrol" && r.Actie == "toegevoegd" && r.Na!.Contains(id), Ct)));
        Assert.True(await MetDbAsync(db => db.Berichten.AnyAsync(b => b.Aan == $"{tweede}@aanbieder.test" && b.Onderwerp == "U bent beheerder van uw organisatie in Zorginkoop", Ct)));
        Assert.Equal(HttpStatusCode.Redirect, aftreden.StatusCode);
        // Refused by the rule (back to the list), not by the login: her role holds until the next stamp check.
        Assert.Equal("/mijn/accounts", laatste.Headers.Location?.OriginalString);
        Assert.Equal([id], beheerders.Select(b => b.Id));
    }

    [Fact]
    public async Task Een_aanbiederbeheerder_ziet_geen_accounts_van_een_andere_aanbieder()
    {
        using var timon = await Inloggen.AlsAsync(App, "aanbieder");
        var tzorg = await MetDbAsync(db => db.Users.Where(u => u.Email == DemoAccounts.Email("aanbieder2")).Select(u => u.Id).SingleAsync(Ct));

        var (_, html) = await GetAsync("/mijn/accounts", timon);
        using var poging = await Forms.PostAsync(timon, "/mijn/accounts", [], $"Deactiveren&id={Uri.EscapeDataString(tzorg)}");

        Assert.Contains(DemoAccounts.Email("aanbieder"), html, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoAccounts.Email("aanbieder2"), html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, poging.StatusCode);
        Assert.Null(await MetDbAsync(db => db.Users.Where(u => u.Id == tzorg).Select(u => u.GedeactiveerdOp).SingleAsync(Ct)));
    }

    [Fact]
    public async Task Zonder_instellingen_is_er_geen_externe_inlog()
    {
        var (_, html) = await GetAsync("/inloggen");
        var (antwoord, _) = await GetAsync("/inloggen/extern/eherkenning");

        Assert.DoesNotContain("/inloggen/extern/", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, antwoord.StatusCode);
    }
}

public sealed class ExternalLoginTestsSqlite(SqliteApp app) : ExternalLoginTests<SqliteApp>(app);

public sealed class ExternalLoginTestsPostgres(PostgresApp app) : ExternalLoginTests<PostgresApp>(app);

/// <summary>With both logins configured: the buttons, and the schemes the challenge goes to.</summary>
public sealed class ExternalLoginIngesteldTests(SqliteAppMetExternalLogin app) : AppTests<SqliteAppMetExternalLogin>(app)
{
    [Fact]
    public async Task De_inlogpagina_toont_beide_knoppen_en_de_schemas_zijn_OpenID_Connect()
    {
        var (_, html) = await GetAsync("/inloggen?returnUrl=%2Fmijn");
        var schemas = App.Services.GetRequiredService<IAuthenticationSchemeProvider>();

        Assert.Contains("href=\"/inloggen/extern/medewerkers?returnUrl=%2Fmijn\"", html, StringComparison.Ordinal);
        Assert.Contains("Inloggen met uw organisatieaccount", html, StringComparison.Ordinal);
        Assert.Contains("Inloggen met eHerkenning (niveau EH3)", html, StringComparison.Ordinal);
        Assert.Equal("OpenIdConnectHandler", (await schemas.GetSchemeAsync(ExternalLogin.Aanbieders))!.HandlerType.Name);
        Assert.Equal("OpenIdConnectHandler", (await schemas.GetSchemeAsync(ExternalLogin.Medewerkers))!.HandlerType.Name);
    }

    [Fact]
    public async Task Het_einde_van_een_externe_inlog_zonder_externe_sessie_gaat_terug_naar_inloggen()
    {
        var (antwoord, _) = await GetAsync("/inloggen/extern/klaar?schema=eherkenning&returnUrl=%2F%2Fevil.test");

        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        Assert.Equal("/inloggen", antwoord.Headers.Location?.OriginalString);
    }
}
