using Microsoft.AspNetCore.Identity;
using Zorginkoop.Accounts;

namespace Zorginkoop.Web.Accounts;

/// <summary>
/// One account per role for development and demos (listed in the README), created when
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
        foreach (var rol in Rollen.Alle.Where(r => r != Rollen.Aanbieder))
        {
            var email = Email(rol);
            if (await gebruikers.FindByEmailAsync(email) is not null)
            {
                continue;
            }

            var gebruiker = new Gebruiker { UserName = email, Email = email, EmailConfirmed = true, Naam = $"Demo {rol}" };
            var resultaat = await gebruikers.CreateAsync(gebruiker, Wachtwoord);
            if (!resultaat.Succeeded)
            {
                throw new InvalidOperationException("Demo-account aanmaken mislukt: " + string.Join("; ", resultaat.Errors.Select(e => e.Description)));
            }

            await gebruikers.AddToRoleAsync(gebruiker, rol);
        }
    }
}
