using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Zorginkoop.Accounts;
using Zorginkoop.Data;

namespace Zorginkoop.Web.Accounts;

public static class AccountRegistratie
{
    public static IServiceCollection AddZorginkoopAccounts(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        if (configuration.GetValue<bool>("Zorginkoop:DemoAccounts") && environment.IsProduction())
        {
            throw new InvalidOperationException(
                "Zorginkoop:DemoAccounts staat aan in Production. Demo-accounts hebben bekende wachtwoorden; zet de instelling uit.");
        }

        services.AddIdentityCore<Gebruiker>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 12;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<ZorginkoopDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
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
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(Beleid.CatalogusBeheren, p => p.RequireRole(Rollen.CatalogusBeheer))
            .AddPolicy(Beleid.MonitorExact, p => p.RequireRole(Rollen.Medewerkers))
            .AddPolicy(Beleid.ZorgdataImporteren, p => p.RequireRole(Rollen.ZorgdataBeheer))
            .AddPolicy(Beleid.AanbestedingenBeheren, p => p.RequireRole(Rollen.AanbestedingBeheer))
            .AddPolicy(Beleid.Medewerker, p => p.RequireRole(Rollen.Medewerkers))
            // Secure by default: a page or endpoint without [AllowAnonymous] or its own policy needs a login.
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return services;
    }
}
