using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Zorginkoop.Accounts;
using Zorginkoop.Data;

namespace Zorginkoop.Web.Accounts;

public static class AccountRegistration
{
    private const string CookieOfBearer = "CookieOfBearer";

    private static Task ApiOfDoorsturen(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> c, int status)
    {
        if (Api.ApiRegistration.IsApi(c.HttpContext))
        {
            c.Response.StatusCode = status;
        }
        else
        {
            c.Response.Redirect(c.RedirectUri);
        }

        return Task.CompletedTask;
    }

    public static IServiceCollection AddZorginkoopAccounts(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        if (configuration.GetValue<bool>("Zorginkoop:DemoAccounts") && environment.IsProduction())
        {
            throw new Microsoft.Extensions.Options.OptionsValidationException("Zorginkoop:DemoAccounts", typeof(bool),
                ["Zorginkoop:DemoAccounts staat aan in Production. Demo-accounts hebben bekende wachtwoorden; zet de instelling uit."]);
        }

        services.AddIdentityCore<Gebruiker>(AccountRegels.Zet)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<ZorginkoopDbContext>()
            .AddClaimsPrincipalFactory<AccountClaimsFactory>()
            .AddErrorDescriber<DutchIdentityErrorDescriber>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        // A request with "Authorization: Bearer …" (an API client) is authenticated by the bearer token, any other by
        // the login cookie; so one set of policies serves pages and API alike.
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = CookieOfBearer;
                o.DefaultChallengeScheme = CookieOfBearer;
            })
            .AddPolicyScheme(CookieOfBearer, "Cookie of bearer-token", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromHours(1))
            .AddExternalLogin(configuration, environment.IsDevelopment())
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "zi-sessie";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/inloggen";
            o.LogoutPath = "/uitloggen";
            o.AccessDeniedPath = "/geen-toegang";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            // The API never redirects to the login page: it answers 401 or 403 (as problem+json).
            o.Events.OnRedirectToLogin = c => ApiOfDoorsturen(c, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = c => ApiOfDoorsturen(c, StatusCodes.Status403Forbidden);
        });
        // The login's memberships are read again every minute (and a session of a deactivated account, whose security
        // stamp changed, ends then): what a beheerder changes holds within a minute, as her e-mail to the person says.
        // The way of login ("amr": pwd, mfa, or the external scheme) is kept when the principal is renewed: the two-step
        // rule (TweestapsVerplicht) reads it.
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = TimeSpan.FromMinutes(1);
            o.OnRefreshingPrincipal = c =>
            {
                if (c.CurrentPrincipal?.FindFirst("amr") is { } amr && c.NewPrincipal?.Identity is System.Security.Claims.ClaimsIdentity nieuw && !nieuw.HasClaim(x => x.Type == "amr"))
                {
                    nieuw.AddClaim(new System.Security.Claims.Claim("amr", amr.Value));
                }

                return Task.CompletedTask;
            };
        });
        services.AddScoped<IAuthorizationHandler, RegionRoleHandler>();
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Systeembeheer, p => p.RequireRole(Rollen.Systeembeheerder))
            .AddPolicy(Policies.RegioBeheren, p => p.RequireRole(Rollen.RegioBeheer))
            .AddPolicy(Policies.AccountsBeheren, p => p.RequireRole(Rollen.AccountBeheer))
            .AddPolicy(Policies.AanbiederAccountsBeheren, p => p.RequireRole(Rollen.AanbiederBeheerder).RequireClaim(Policies.ZorgaanbiederClaim))
            .AddPolicy(Policies.CatalogusBeheren, p => p.RequireRole(Rollen.CatalogusBeheer))
            .AddPolicy(Policies.KoppelingenBeheren, p => p.RequireRole(Rollen.KoppelingenBeheer))
            .AddPolicy(Policies.MonitorExact, p => p.RequireRole(Rollen.MonitorExact))
            .AddPolicy(Policies.ZorgdataImporteren, p => p.RequireRole(Rollen.ZorgdataBeheer))
            .AddPolicy(Policies.AanbestedingenBeheren, p => p.RequireRole(Rollen.AanbestedingBeheer))
            .AddPolicy(Policies.Medewerker, p => p.RequireRole(Rollen.Medewerkers))
            // An aanbieder account without a bound provider can do nothing with bids.
            .AddPolicy(Policies.Aanbieder, p => p.RequireRole(Rollen.Aanbieder).RequireClaim(Policies.ZorgaanbiederClaim))
            .AddPolicy(Policies.KluisLezen, p => p.RequireRole(Rollen.KluisLezen))
            .AddPolicy(Policies.ContractenBeheren, p => p.RequireRole(Rollen.ContractBeheer))
            // Secure by default: a page or endpoint without [AllowAnonymous] or its own policy needs a login. A request
            // that reaches no endpoint at all gets its 404 rather than a login prompt, and so does an API request that
            // reaches routing's own 405 or 415: every API endpoint states its own access (the authorisation matrix
            // test holds each one to it).
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAssertion(c =>
                c.User.Identity?.IsAuthenticated == true
                || (c.Resource is HttpContext h && (h.GetEndpoint() is null || Api.ApiRegistration.IsApi(h)))).Build());
        return services;
    }
}
