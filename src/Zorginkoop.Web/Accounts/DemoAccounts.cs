using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Accounts;

namespace Zorginkoop.Web.Accounts;

/// <summary>
/// One account per role for development and demos (listed in the README), plus a second officer (four eyes) and a
/// second provider's employee, created when
/// <c>Zorginkoop:DemoAccounts</c> is on. The app refuses to start with this on in Production.
/// </summary>
public static class DemoAccounts
{
    public const string Wachtwoord = "Zorginkoop-demo-2026";

    public static string Email(string rol) => $"{rol}@demo.zorginkoop.nl";

    public static async Task AanmakenAlsIngesteldAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var rollen = sp.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var rol in Rollen.Alle)
        {
            if (!await rollen.RoleExistsAsync(rol))
            {
                await rollen.CreateAsync(new IdentityRole(rol));
            }
        }

        if (!sp.GetRequiredService<IConfiguration>().GetValue<bool>("Zorginkoop:DemoAccounts"))
        {
            return;
        }

        var gebruikers = sp.GetRequiredService<UserManager<Gebruiker>>();
        var db = sp.GetRequiredService<Data.ZorginkoopDbContext>();
        var accounts = Rollen.Alle.Where(r => r != Rollen.Aanbieder).Select(r => (Email(r), r, $"Demo {r}", (string?)null))
            // A second officer, for the four-eyes opening of the vault.
            .Append((Email(Rollen.Inkoper + "2"), Rollen.Inkoper, "Demo inkoper 2", null))
            // Two providers' employees, each bound to a provider of the demo data.
            .Append((Email(Rollen.Aanbieder), Rollen.Aanbieder, "Demo aanbieder (Stichting Timon)", "Stichting Timon"))
            .Append((Email(Rollen.Aanbieder + "2"), Rollen.Aanbieder, "Demo aanbieder 2 (Tzorg)", "Tzorg"));
        foreach (var (email, rol, naam, aanbieder) in accounts)
        {
            if (await gebruikers.FindByEmailAsync(email) is not null)
            {
                continue;
            }

            int? aanbiederId = aanbieder is null ? null
                : await db.Zorgaanbieders.Where(z => z.Naam == aanbieder).Select(z => (int?)z.Id).FirstOrDefaultAsync();
            if (aanbieder is not null && aanbiederId is null)
            {
                // Without demo data there is no provider to bind to; an unbound aanbieder account could do nothing.
                continue;
            }

            var gebruiker = new Gebruiker { UserName = email, Email = email, EmailConfirmed = true, Naam = naam, ZorgaanbiederId = aanbiederId };
            var resultaat = await gebruikers.CreateAsync(gebruiker, Wachtwoord);
            if (!resultaat.Succeeded)
            {
                throw new InvalidOperationException("Demo-account aanmaken mislukt: " + string.Join("; ", resultaat.Errors.Select(e => e.Description)));
            }

            await gebruikers.AddToRoleAsync(gebruiker, rol);
        }
    }
}
