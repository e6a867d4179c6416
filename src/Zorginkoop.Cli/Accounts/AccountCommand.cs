using System.CommandLine;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zorginkoop.Accounts;
using Zorginkoop.Data;

namespace Zorginkoop.Cli.Accounts;

/// <summary>
/// <c>zorginkoop account aanmaken</c> and <c>zorginkoop account lijst</c>: accounts for a production installation,
/// which has no demo accounts (the first beheerder, officers, providers' employees bound to their provider).
/// </summary>
public static class AccountCommand
{
    public static Command Create()
    {
        var commando = new Command("account", "Accounts aanmaken en bekijken.");
        commando.Subcommands.Add(Aanmaken());
        commando.Subcommands.Add(Lijst());
        return commando;
    }

    private static Command Aanmaken()
    {
        var email = new Option<string>("--email") { Description = "Het e-mailadres, ook de inlognaam.", Required = true };
        var rol = new Option<string>("--rol") { Description = "Een van: " + string.Join(", ", Rollen.Alle) + ".", Required = true };
        var naam = new Option<string?>("--naam") { Description = "De naam van de gebruiker." };
        var kvk = new Option<string?>("--kvk") { Description = "Bij de rol aanbieder: het KvK-nummer van de zorgaanbieder." };
        var agb = new Option<string?>("--agb") { Description = "Bij de rol aanbieder: de AGB-code, als het KvK-nummer bij meer vestigingen hoort." };
        var wachtwoordStdin = new Option<bool>("--wachtwoord-stdin") { Description = "Het wachtwoord van standaardinvoer lezen in plaats van er een te maken." };
        var commando = new Command("aanmaken", "Een account aanmaken. Zonder --wachtwoord-stdin wordt een sterk wachtwoord gemaakt en één keer getoond.")
        {
            email, rol, naam, kvk, agb, wachtwoordStdin,
        };
        commando.SetAction((pr, ct) => CliHost.RunAsync(pr, async (sp, ct) =>
        {
            int? aanbieder = null;
            if (pr.GetValue(rol) == Rollen.Aanbieder || pr.GetValue(kvk) is not null || pr.GetValue(agb) is not null)
            {
                var (id, weigering) = await AccountBeheer.ZorgaanbiederAsync(sp.GetRequiredService<ZorginkoopDbContext>(), pr.GetValue(kvk), pr.GetValue(agb), ct);
                if (weigering is not null)
                {
                    await Console.Error.WriteLineAsync(weigering.Tekst);
                    return CliHost.Refused;
                }

                aanbieder = id;
            }

            var wachtwoord = pr.GetValue(wachtwoordStdin) ? (await Console.In.ReadLineAsync(ct))?.TrimEnd('\r', '\n') : null;
            var (gebruiker, gemaakt, fout) = await AccountBeheer.AanmakenAsync(sp.GetRequiredService<UserManager<Gebruiker>>(), sp.GetRequiredService<RoleManager<IdentityRole>>(),
                pr.GetValue(email)!, pr.GetValue(naam), pr.GetValue(rol)!, aanbieder, wachtwoord);
            if (fout is not null)
            {
                await Console.Error.WriteLineAsync(fout.Tekst);
                return CliHost.Refused;
            }

            Console.WriteLine($"Account {gebruiker!.Email} aangemaakt met de rol {pr.GetValue(rol)}.");
            if (gemaakt is not null)
            {
                Console.WriteLine($"Wachtwoord (alleen nu zichtbaar; laat het na de eerste keer inloggen wijzigen): {gemaakt}");
            }

            return CliHost.Success;
        }, ct));
        return commando;
    }

    private static Command Lijst()
    {
        var commando = new Command("lijst", "Alle accounts: e-mailadres, rollen, zorgaanbieder en of het account geblokkeerd is.");
        commando.SetAction((pr, ct) => CliHost.RunAsync(pr, async (sp, ct) =>
        {
            var db = sp.GetRequiredService<ZorginkoopDbContext>();
            var rollen = await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync(ct);
            var aanbieders = await db.Zorgaanbieders.ToDictionaryAsync(z => z.Id, z => z.Naam, ct);
            var nu = sp.GetRequiredService<TimeProvider>().GetUtcNow();
            foreach (var g in await db.Users.OrderBy(u => u.Email).ToListAsync(ct))
            {
                Console.WriteLine(string.Join('\t', g.Email, string.Join(",", rollen.Where(r => r.UserId == g.Id).Select(r => r.Name).Order(StringComparer.Ordinal)),
                    g.ZorgaanbiederId is { } z ? aanbieders.GetValueOrDefault(z, "?") : "-",
                    g.LockoutEnd > nu ? "geblokkeerd" : "actief"));
            }

            return CliHost.Success;
        }, ct));
        return commando;
    }
}
