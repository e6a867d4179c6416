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
        var (g, _, rollen) = await KoppelAsync(ExternalLogin.Aanbieders, Extern(("sub", sub), ("email", $"{sub}@timon.test"), (opties.KvkClaim, kvk)));
        var (_, onbekend, _) = await KoppelAsync(ExternalLogin.Aanbieders, Extern(("sub", "y"), ("email", "y@elders.test"), (opties.KvkClaim, "11111111")));
        var (_, zonderKvk, _) = await KoppelAsync(ExternalLogin.Aanbieders, Extern(("sub", "z"), ("email", "z@elders.test")));
        var (_, medewerker, _) = await KoppelAsync(ExternalLogin.Aanbieders, Extern(("sub", "w"), ("email", DemoAccounts.Email("inkoper")), (opties.KvkClaim, kvk)));

        Assert.Equal(timon, g!.ZorgaanbiederId);
        Assert.Equal(["aanbieder"], rollen);
        Assert.StartsWith("Er is geen zorgaanbieder met KvK-nummer 11111111 in het register.", onbekend, StringComparison.Ordinal);
        Assert.StartsWith("eHerkenning gaf geen KvK-nummer door.", zonderKvk, StringComparison.Ordinal);
        Assert.StartsWith("Dit e-mailadres hoort bij een ander account", medewerker, StringComparison.Ordinal);
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
