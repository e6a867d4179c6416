using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Accounts;

namespace Zorginkoop.Web.Accounts;

/// <summary>
/// The demo's accounts (listed in the README), created when <c>Zorginkoop:DemoAccounts</c> is on; the app refuses to
/// start with this on in Production:
/// <list type="bullet">
/// <item>one account per role of a purchasing office that serves both demo regions (<c>inkoper@…</c>), plus a second
/// officer for the four-eyes opening of the vault;</item>
/// <item>an officer and an analyst of each region alone (<c>inkoper.lekstroom@…</c>, <c>analist.utrecht-west@…</c>),
/// who see the other region's public part and nothing more;</item>
/// <item>a systeembeheerder, and two providers' employees, each bound to a provider of the demo data.</item>
/// </list>
/// </summary>
public static class DemoAccounts
{
    public const string Wachtwoord = "Zorginkoop-demo-2026";

    public static readonly IReadOnlyList<string> Regios = ["lekstroom", "utrecht-west"];

    /// <summary>The domain of every demo account.</summary>
    public const string Domein = "@demo.zorginkoop.nl";

    public static string Email(string rol) => $"{rol}{Domein}";

    /// <summary>The account of an employee with <paramref name="rol"/> in <paramref name="regio"/> alone.</summary>
    public static string Email(string rol, string regio) => $"{rol}.{regio}{Domein}";

    private sealed record Demo(string Email, string Naam, string[] Globaal, (string Regio, string Rol)[] Leden, string? Aanbieder = null);

    private static IEnumerable<Demo> Accounts() =>
        Rollen.Medewerkers.Select(r => new Demo(Email(r), $"Demo {r}", [], [.. Regios.Select(g => (g, r))]))
            .Append(new Demo(Email(Rollen.Inkoper + "2"), "Demo inkoper 2", [], [.. Regios.Select(g => (g, Rollen.Inkoper))]))
            .Concat(Regios.SelectMany(g => new[] { Rollen.Inkoper, Rollen.Analist, Rollen.Beheerder }
                .Select(r => new Demo(Email(r, g), $"Demo {r} {g}", [], [(g, r)]))))
            .Append(new Demo(Email(Rollen.Systeembeheerder), "Demo systeembeheerder", [Rollen.Systeembeheerder], []))
            .Append(new Demo(Email(Rollen.Aanbieder), "Demo aanbieder (Stichting Timon)", [Rollen.Aanbieder, Rollen.AanbiederBeheerder], [], "Stichting Timon"))
            .Append(new Demo(Email(Rollen.Aanbieder + "2"), "Demo aanbieder 2 (Tzorg)", [Rollen.Aanbieder, Rollen.AanbiederBeheerder], [], "Tzorg"));

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
        var regios = await db.Regios.Where(r => Regios.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Id);
        foreach (var demo in Accounts())
        {
            if (await gebruikers.FindByEmailAsync(demo.Email) is not null)
            {
                continue;
            }

            int? aanbiederId = demo.Aanbieder is null ? null
                : await db.Zorgaanbieders.Where(z => z.Naam == demo.Aanbieder).Select(z => (int?)z.Id).FirstOrDefaultAsync();
            var leden = demo.Leden.Where(l => regios.ContainsKey(l.Regio)).ToList();
            if ((demo.Aanbieder is not null && aanbiederId is null) || (demo.Leden.Length > 0 && leden.Count == 0))
            {
                // Without demo data there is no provider or region to bind to; such an account could do nothing.
                continue;
            }

            var gebruiker = new Gebruiker { UserName = demo.Email, Email = demo.Email, EmailConfirmed = true, Naam = demo.Naam, ZorgaanbiederId = aanbiederId };
            var resultaat = await gebruikers.CreateAsync(gebruiker, Wachtwoord);
            if (!resultaat.Succeeded)
            {
                throw new InvalidOperationException("Demo-account aanmaken mislukt: " + string.Join("; ", resultaat.Errors.Select(e => e.Description)));
            }

            if (demo.Globaal.Length > 0)
            {
                await gebruikers.AddToRolesAsync(gebruiker, demo.Globaal);
            }

            await LidmaatschappenZetten.HandleAsync(db, gebruiker.Id, [.. leden.Select(l => (regios[l.Regio], l.Rol))]);
        }
    }
}
