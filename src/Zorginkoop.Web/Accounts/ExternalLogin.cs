using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Zorginkoop.Accounts;
using Zorginkoop.Data;

namespace Zorginkoop.Web.Accounts;

/// <summary>One OpenID Connect login: the identity provider, and which claims carry what Zorginkoop needs.</summary>
public sealed class ExternalLoginOptions
{
    /// <summary>The issuer, e.g. https://login.microsoftonline.com/{tenant}/v2.0 or the eHerkenning broker's address.</summary>
    public string? Authority { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }

    /// <summary>The text on the login button.</summary>
    public string Knop { get; set; } = "";
    public string EmailClaim { get; set; } = "email";
    public string NaamClaim { get; set; } = "name";

    /// <summary>
    /// Employees: the claim with roles or groups, and how its values map to a role in a region, written
    /// <c>&lt;regiocode&gt;:&lt;rol&gt;</c> (<c>"ZI-Lekstroom-Inkoop": "lekstroom:inkoper"</c>); empty: the claim's values
    /// are written that way themselves. A value that maps to nothing gives no right.
    /// </summary>
    public string RolClaim { get; set; } = "roles";
    public Dictionary<string, string> Rollen { get; set; } = [];

    /// <summary>Providers (eHerkenning): the claim with the KvK number of the organisation the user acts for, and optionally the AGB code.</summary>
    public string KvkClaim { get; set; } = "urn:etoegang:1.9:EntityConcernedID:KvKnr";
    public string AgbClaim { get; set; } = "agb";

    public bool IsIngesteld => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);
}

/// <summary>
/// The two configurable OpenID Connect logins: employees through the organisation's identity provider (Entra ID, ADFS,
/// Keycloak) and providers through an eHerkenning broker, whose KvK claim binds the account to the provider. After the
/// external login the user gets a local account (made the first time) and the normal login cookie, so every policy
/// works the same as with a password.
/// </summary>
public static class ExternalLogin
{
    public const string Medewerkers = "medewerkers";
    public const string Aanbieders = "eherkenning";
    public const string Sectie = "Authenticatie";

    /// <summary>The endpoint name of the page that says the login service could not be reached (redirects go by name, not by URL).</summary>
    private const string OnbereikbaarEndpoint = "extern-inloggen-onbereikbaar";

    public static AuthenticationBuilder AddExternalLogin(this AuthenticationBuilder builder, IConfiguration configuration, bool development)
    {
        foreach (var (schema, sectie, standaardKnop) in new[] { (Medewerkers, "Medewerkers", "Inloggen met uw organisatieaccount"), (Aanbieders, "Aanbieders", "Inloggen met eHerkenning") })
        {
            var opties = configuration.GetSection($"{Sectie}:{sectie}").Get<ExternalLoginOptions>() ?? new ExternalLoginOptions();
            builder.Services.Configure<ExternalLoginOptions>(schema, configuration.GetSection($"{Sectie}:{sectie}"));
            builder.Services.PostConfigure<ExternalLoginOptions>(schema, o => o.Knop = string.IsNullOrWhiteSpace(o.Knop) ? standaardKnop : o.Knop);
            // A half or unsafe configuration stops the app at start with the key that is wrong, instead of an error on
            // every request once the OpenID Connect handler is first built.
            var fouten = Controleer($"{Sectie}:{sectie}", opties, development);
            if (fouten.Count > 0)
            {
                throw new Microsoft.Extensions.Options.OptionsValidationException($"{Sectie}:{sectie}", typeof(ExternalLoginOptions), fouten);
            }

            if (!opties.IsIngesteld)
            {
                continue;
            }

            builder.AddOpenIdConnect(schema, opties.Knop is { Length: > 0 } k ? k : standaardKnop, o =>
            {
                o.Authority = opties.Authority;
                o.ClientId = opties.ClientId;
                o.ClientSecret = opties.ClientSecret;
                // Only Development may use an identity provider over http (a local Keycloak); elsewhere Controleer refused it.
                o.RequireHttpsMetadata = !development;
                o.BackchannelTimeout = TimeSpan.FromSeconds(10);
                o.ResponseType = OpenIdConnectResponseType.Code;
                o.UsePkce = true;
                o.SaveTokens = false;
                o.CallbackPath = $"/signin-{schema}";
                o.SignInScheme = IdentityConstants.ExternalScheme;
                o.GetClaimsFromUserInfoEndpoint = true;
                o.MapInboundClaims = false;
                o.Scope.Add("email");
                // The broker answered with an error or could not be reached on the way back: a Dutch page, not a 500.
                o.Events.OnRemoteFailure = c =>
                {
                    c.HandleResponse();
                    c.Response.Redirect(c.HttpContext.RequestServices.GetRequiredService<LinkGenerator>().GetPathByName(c.HttpContext, OnbereikbaarEndpoint, new { schema })!);
                    return Task.CompletedTask;
                };
            });
            builder.Services.AddHealthChecks().Add(new Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckRegistration($"inloggen-{schema}",
                sp => new LoginServiceHealthCheck(sp.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<Microsoft.AspNetCore.Authentication.OpenIdConnect.OpenIdConnectOptions>>(), schema),
                Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Degraded, ["inloggen"]));
        }

        return builder;
    }

    /// <summary>What is wrong with one login's settings, each naming its key; empty when it is off (nothing set) or complete.</summary>
    public static List<string> Controleer(string sectie, ExternalLoginOptions o, bool development)
    {
        var fouten = new List<string>();
        if (string.IsNullOrWhiteSpace(o.Authority) && string.IsNullOrWhiteSpace(o.ClientId) && string.IsNullOrWhiteSpace(o.ClientSecret))
        {
            return fouten;
        }

        if (string.IsNullOrWhiteSpace(o.Authority))
        {
            fouten.Add($"{sectie}:Authority ontbreekt: geef het adres van de inlogdienst, zoals https://login.regio.nl/realms/zorg, of laat ook ClientId en ClientSecret leeg om deze inlog uit te zetten.");
        }
        else if (!Uri.TryCreate(o.Authority, UriKind.Absolute, out var adres) || (adres.Scheme != Uri.UriSchemeHttps && adres.Scheme != Uri.UriSchemeHttp))
        {
            fouten.Add($"{sectie}:Authority '{o.Authority}' is geen volledig https-adres, zoals https://login.regio.nl/realms/zorg.");
        }
        else if (adres.Scheme == Uri.UriSchemeHttp && !development)
        {
            fouten.Add($"{sectie}:Authority '{o.Authority}' gebruikt http: buiten Development moet de inlogdienst via https bereikbaar zijn, anders zijn tokens en codes onderweg leesbaar.");
        }

        if (string.IsNullOrWhiteSpace(o.ClientId))
        {
            fouten.Add($"{sectie}:ClientId ontbreekt: de client-id die de inlogdienst aan Zorginkoop gaf.");
        }

        foreach (var (groep, waarde) in o.Rollen)
        {
            if (waarde.Split(':', 2) is not [{ Length: > 0 }, var rol] || !Rollen.Alle.Contains(rol) || Rollen.Globaal.Contains(rol))
            {
                fouten.Add($"{sectie}:Rollen:{groep} = '{waarde}': schrijf een regio en een rol van medewerkers, zoals 'lekstroom:inkoper' (rollen: {string.Join(", ", Rollen.Medewerkers)}).");
            }
        }

        if (string.IsNullOrWhiteSpace(o.ClientSecret))
        {
            fouten.Add($"{sectie}:ClientSecret ontbreekt: het geheim van de client, bij voorkeur als omgevingsvariabele ({sectie.Replace(":", "__", StringComparison.Ordinal)}__ClientSecret).");
        }

        return fouten;
    }

    /// <summary>The configured external logins, for the buttons on the login page.</summary>
    public static IEnumerable<(string Schema, string Knop)> Ingesteld(IServiceProvider services)
    {
        var opties = services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<ExternalLoginOptions>>();
        foreach (var schema in new[] { Medewerkers, Aanbieders })
        {
            var o = opties.Get(schema);
            if (o.IsIngesteld)
            {
                yield return (schema, o.Knop);
            }
        }
    }

    /// <summary>
    /// The local account for an external login, made or brought up to date: employees get exactly the roles per region
    /// their identity provider maps to (never aanbieder); providers' employees are bound to the provider of the KvK claim.
    /// The refusal in Dutch when the login gives no right to Zorginkoop.
    /// </summary>
    public static async Task<(Gebruiker? Gebruiker, string? Weigering)> KoppelAsync(string schema, ClaimsPrincipal extern_, ExternalLoginOptions opties,
        UserManager<Gebruiker> gebruikers, RoleManager<IdentityRole> rollen, ZorginkoopDbContext db, CancellationToken ct = default)
    {
        var email = extern_.FindFirstValue(opties.EmailClaim) ?? extern_.FindFirstValue("preferred_username") ?? extern_.FindFirstValue(ClaimTypes.Email);
        var onderwerp = extern_.FindFirstValue("sub") ?? extern_.FindFirstValue(ClaimTypes.NameIdentifier);
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(onderwerp))
        {
            return (null, "De inlogdienst gaf geen e-mailadres of kenmerk door; vraag uw beheerder de instellingen na te lopen.");
        }

        int? aanbieder = null;
        List<(int RegioId, string Rol)> leden = [];
        List<Gebruiker> beheerders = [];
        if (schema == Aanbieders)
        {
            var kvk = extern_.FindFirstValue(opties.KvkClaim);
            if (string.IsNullOrWhiteSpace(kvk))
            {
                return (null, "eHerkenning gaf geen KvK-nummer door. Log in namens de organisatie waarvoor u inschrijft.");
            }

            var (id, weigering) = await AccountBeheer.ZorgaanbiederAsync(db, kvk, extern_.FindFirstValue(opties.AgbClaim), ct);
            if (weigering is not null)
            {
                return (null, weigering.Tekst.Replace("--kvk", "het KvK-nummer", StringComparison.Ordinal).Replace("--agb", "de AGB-code", StringComparison.Ordinal)
                    + " Vraag het inkoopbureau uw organisatie in het register op te nemen.");
            }

            aanbieder = id;
        }
        else
        {
            var regios = await db.Regios.AsNoTracking().ToDictionaryAsync(r => r.Code, r => r.Id, StringComparer.Ordinal, ct);
            leden = [.. extern_.FindAll(opties.RolClaim).Select(c => opties.Rollen.Count == 0 ? c.Value : opties.Rollen.GetValueOrDefault(c.Value))
                .OfType<string>().Select(w => w.Split(':', 2)).Where(d => d.Length == 2 && regios.ContainsKey(d[0]) && Rollen.Medewerkers.Contains(d[1]))
                .Select(d => (regios[d[0]], d[1])).Distinct()];
            if (leden.Count == 0)
            {
                return (null, "Uw account heeft geen rol in Zorginkoop. Vraag uw beheerder u een rol in uw regio te geven (inkoper, contractmanager, beoordelaar, analist of beheerder).");
            }
        }

        var gebruiker = await gebruikers.FindByLoginAsync(schema, onderwerp) ?? await gebruikers.FindByEmailAsync(email);
        var nieuw = gebruiker is null;
        if (gebruiker is null)
        {
            gebruiker = new Gebruiker { UserName = email, Email = email, EmailConfirmed = true, Naam = extern_.FindFirstValue(opties.NaamClaim), ZorgaanbiederId = aanbieder };
            // eHerkenning proves that she acts for the KvK number; whether she may bid in the provider's name is the
            // provider's own beheerder's decision. The first account of a provider becomes that beheerder.
            beheerders = aanbieder is { } id ? await AanbiederAccounts.BeheerdersAsync(db, id, ct) : [];
            if (aanbieder is { } z && beheerders.Count > 0)
            {
                AanbiederAccounts.VraagGoedkeuring(db, gebruiker, await db.Zorgaanbieders.Where(x => x.Id == z).Select(x => x.Naam).SingleAsync(ct), beheerders, db.Klok.GetUtcNow());
            }

            var gemaakt = await gebruikers.CreateAsync(gebruiker);
            if (!gemaakt.Succeeded)
            {
                return (null, string.Join(" ", gemaakt.Errors.Select(e => e.Description)));
            }
        }
        else if (gebruiker.GedeactiveerdOp is not null)
        {
            // The identity provider may still know the person; Zorginkoop's beheerder decided otherwise, and that stands.
            return (null, "Uw account in Zorginkoop is gedeactiveerd. Neem contact op met de beheerder van uw regio of organisatie.");
        }
        else if (gebruiker.ZorgaanbiederId != aanbieder)
        {
            // An employee's address cannot become a provider's account or the other way round, nor move between providers.
            return (null, "Dit e-mailadres hoort bij een ander account in Zorginkoop. Neem contact op met het inkoopbureau.");
        }

        if ((await gebruikers.GetLoginsAsync(gebruiker)).All(l => l.LoginProvider != schema))
        {
            await gebruikers.AddLoginAsync(gebruiker, new UserLoginInfo(schema, onderwerp, schema));
        }

        foreach (var r in Rollen.Alle.Where(r => !rollen.Roles.Any(x => x.Name == r)))
        {
            await rollen.CreateAsync(new IdentityRole(r));
        }

        if (schema == Aanbieders)
        {
            // Exactly aanbieder, and aanbiederbeheerder for the provider's first account or when she already has it.
            var huidig = await gebruikers.GetRolesAsync(gebruiker);
            string[] gewenst = (nieuw && beheerders.Count == 0) || huidig.Contains(Rollen.AanbiederBeheerder)
                ? [Rollen.Aanbieder, Rollen.AanbiederBeheerder]
                : [Rollen.Aanbieder];
            await gebruikers.RemoveFromRolesAsync(gebruiker, huidig.Except(gewenst));
            await gebruikers.AddToRolesAsync(gebruiker, gewenst.Except(huidig));
            if (gebruiker.WachtOpGoedkeuringSinds is not null)
            {
                return (null, AanbiederAccounts.Wacht);
            }
        }
        else
        {
            // The identity provider is the source of an employee's memberships: exactly what it says, every login.
            await LidmaatschappenZetten.HandleAsync(db, gebruiker.Id, leden, ct);
        }

        return (gebruiker, null);
    }

    public static void MapExternalLogin(this IEndpointRouteBuilder app)
    {
        // Starts the external login; only the two configured schemes, only local return addresses.
        app.MapGet("/inloggen/extern/{schema}", async (string schema, string? returnUrl, HttpContext http) =>
        {
            if (!Ingesteld(http.RequestServices).Any(s => s.Schema == schema))
            {
                return Results.NotFound();
            }

            var terug = returnUrl is { } r && Uri.TryCreate(r, UriKind.Relative, out _) && r.StartsWith('/') && !r.StartsWith("//", StringComparison.Ordinal) ? r : "/werk";
            var eigenschappen = new AuthenticationProperties { RedirectUri = $"/inloggen/extern/klaar?schema={schema}&returnUrl={Uri.EscapeDataString(terug)}" };
            try
            {
                // The handler reads the provider's metadata first: when the broker is down, that is where it fails.
                await http.ChallengeAsync(schema, eigenschappen);
                return Results.Empty;
            }
            catch (Exception e) when (e is InvalidOperationException or HttpRequestException or IOException or TaskCanceledException && !http.RequestAborted.IsCancellationRequested)
            {
                http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ExternalLogin)).LogWarning(e, "Inlogdienst {Schema} niet bereikbaar", schema);
                return Onbereikbaar(http, schema);
            }
        }).AllowAnonymous();

        app.MapGet("/inloggen/extern/{schema}/onbereikbaar", (string schema, HttpContext http) =>
            Ingesteld(http.RequestServices).Any(s => s.Schema == schema) ? Onbereikbaar(http, schema) : Results.NotFound()).AllowAnonymous().WithName(OnbereikbaarEndpoint);

        app.MapGet("/inloggen/extern/klaar", async (string schema, string? returnUrl, HttpContext http, UserManager<Gebruiker> gebruikers, RoleManager<IdentityRole> rollen,
            SignInManager<Gebruiker> inloggen, ZorginkoopDbContext db, Microsoft.Extensions.Options.IOptionsMonitor<ExternalLoginOptions> opties, CancellationToken ct) =>
        {
            var resultaat = await http.AuthenticateAsync(IdentityConstants.ExternalScheme);
            await http.SignOutAsync(IdentityConstants.ExternalScheme);
            if (!resultaat.Succeeded || resultaat.Principal is null || (schema != Medewerkers && schema != Aanbieders))
            {
                return NaarInlogpagina(http);
            }

            var (gebruiker, weigering) = await KoppelAsync(schema, resultaat.Principal, opties.Get(schema), gebruikers, rollen, db, ct);
            if (gebruiker is null)
            {
                // Through TempData, not the query string: a link must not be able to put text on the login page.
                var tempData = http.RequestServices.GetRequiredService<Microsoft.AspNetCore.Mvc.ViewFeatures.ITempDataDictionaryFactory>().GetTempData(http);
                tempData["InlogFout"] = weigering;
                tempData.Save();
                return NaarInlogpagina(http);
            }

            await inloggen.SignInAsync(gebruiker, isPersistent: false, schema);
            var terug = returnUrl is { } r && r.StartsWith('/') && !r.StartsWith("//", StringComparison.Ordinal) ? r : "/werk";
            return Results.LocalRedirect(terug);
        }).AllowAnonymous();
    }

    /// <summary>Back to the login page by its page name (its route lives in one place), as pages do with RedirectToPage.</summary>
    private static IResult NaarInlogpagina(HttpContext http) =>
        Results.Redirect(http.RequestServices.GetRequiredService<LinkGenerator>().GetPathByPage(http, "/Account/Inloggen")!);

    /// <summary>503 with the Dutch error page (re-executed at /fout/503) that names the login service and leads back to the login page.</summary>
    private static IResult Onbereikbaar(HttpContext http, string schema)
    {
        http.Features.Set(new Infrastructure.ErrorExplanation(
            "Inlogdienst niet bereikbaar",
            $"{(schema == Aanbieders ? "eHerkenning" : "De inlogdienst van uw organisatie")} is op dit moment niet bereikbaar, dus inloggen op die manier lukt nu niet. " +
            "Probeer het over een paar minuten opnieuw, of log in met uw e-mailadres en wachtwoord als u die heeft.",
            ("Terug naar inloggen", "/inloggen")));
        http.Response.Headers.RetryAfter = "120";
        return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
    }
}
