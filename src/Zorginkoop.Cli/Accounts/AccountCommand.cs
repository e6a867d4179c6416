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
        commando.Subcommands.Add(RollenZetten());
        commando.Subcommands.Add(Lijst());
        return commando;
    }

    private static Command Aanmaken()
    {
        var email = new Option<string>("--email") { Description = "Het e-mailadres, ook de inlognaam.", Required = true };
        var rol = new Option<string[]>("--rol")
        {
            Description = "Een van: " + string.Join(", ", Rollen.Alle) + ". Mag vaker; een rol van medewerkers geldt in de --regio ernaast.",
            Required = true,
            AllowMultipleArgumentsPerToken = false,
        };
        var regio = new Option<string[]>("--regio")
        {
            Description = "De code van een regio (zie 'zorginkoop regio lijst'). Mag vaker: elke --regio hoort bij de --rol op dezelfde plaats; één regio geldt voor alle rollen.",
        };
        var naam = new Option<string?>("--naam") { Description = "De naam van de gebruiker." };
        var kvk = new Option<string?>("--kvk") { Description = "Bij de rol aanbieder: het KvK-nummer van de zorgaanbieder." };
        var agb = new Option<string?>("--agb") { Description = "Bij de rol aanbieder: de AGB-code, als het KvK-nummer bij meer vestigingen hoort." };
        var wachtwoordStdin = new Option<bool>("--wachtwoord-stdin") { Description = "Het wachtwoord van standaardinvoer lezen in plaats van er een te maken." };
        var commando = new Command("aanmaken", "Een account aanmaken. Zonder --wachtwoord-stdin wordt een sterk wachtwoord gemaakt en één keer getoond.")
        {
            email, rol, regio, naam, kvk, agb, wachtwoordStdin,
        };
        commando.SetAction((pr, ct) => CliHost.RunAsync(pr, async (sp, ct) =>
        {
            int? aanbieder = null;
            if (pr.GetValue(rol)!.Contains(Rollen.Aanbieder) || pr.GetValue(kvk) is not null || pr.GetValue(agb) is not null)
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
            var uitkomst = await AccountAanmaken.HandleAsync(sp.GetRequiredService<ZorginkoopDbContext>(), sp.GetRequiredService<UserManager<Gebruiker>>(),
                sp.GetRequiredService<RoleManager<IdentityRole>>(),
                new(pr.GetValue(email)!, pr.GetValue(naam), pr.GetValue(rol)!, pr.GetValue(regio) ?? [], aanbieder, wachtwoord), ct);
            if (uitkomst.Waarde is not { } a)
            {
                await Console.Error.WriteLineAsync(uitkomst.Weigering!.Tekst);
                return CliHost.Refused;
            }

            Console.WriteLine($"Account {a.Gebruiker.Email} aangemaakt met {(a.Rollen.Count == 1 ? "de rol" : "de rollen")} {string.Join(", ", a.Rollen)}.");
            if (a.GemaaktWachtwoord is not null)
            {
                Console.WriteLine($"Wachtwoord (alleen nu zichtbaar; laat het na de eerste keer inloggen wijzigen): {a.GemaaktWachtwoord}");
            }

            return CliHost.Success;
        }, ct));
        return commando;
    }

    /// <summary><c>account rollen</c>: an employee's roles per region set to exactly these (the upgrade's trim, until /beheer/accounts).</summary>
    private static Command RollenZetten()
    {
        var email = new Option<string>("--email") { Description = "Het e-mailadres van het account.", Required = true };
        var rol = new Option<string[]>("--rol") { Description = "Een rol van medewerkers; mag vaker.", Required = true, AllowMultipleArgumentsPerToken = false };
        var regio = new Option<string[]>("--regio") { Description = "De regio bij de --rol op dezelfde plaats; één regio geldt voor alle rollen.", Required = true };
        var commando = new Command("rollen", "De rollen per regio van een medewerker precies zo zetten; andere rollen in regio's vervallen.") { email, rol, regio };
        commando.SetAction((pr, ct) => CliHost.RunAsync(pr, async (sp, ct) =>
        {
            var db = sp.GetRequiredService<ZorginkoopDbContext>();
            var gebruiker = await db.Users.SingleOrDefaultAsync(u => u.Email == pr.GetValue(email), ct);
            var (globaal, leden, weigering) = await AccountAanmaken.RollenAsync(db, pr.GetValue(rol)!, pr.GetValue(regio)!, ct);
            weigering ??= gebruiker is null ? new Weigering("account.onbekend", "Email", $"Er is geen account met e-mailadres {pr.GetValue(email)}.")
                : globaal.Count > 0 || gebruiker.ZorgaanbiederId is not null
                    ? new Weigering("account.alleen-medewerkers", "Rol", "Alleen de rollen van medewerkers in regio's worden zo gezet.")
                    : null;
            if (weigering is not null)
            {
                await Console.Error.WriteLineAsync(weigering.Tekst);
                return CliHost.Refused;
            }

            await LidmaatschappenZetten.HandleAsync(db, gebruiker!.Id, [.. leden.Select(l => (l.Regio.Id, l.Rol))], ct);
            Console.WriteLine($"Account {gebruiker.Email} heeft nu de rollen {string.Join(", ", leden.Select(l => $"{l.Regio.Code}:{l.Rol}"))}.");
            return CliHost.Success;
        }, ct));
        return commando;
    }

    private static Command Lijst()
    {
        var regio = new Option<string?>("--regio") { Description = "Alleen de accounts met een rol in deze regio (en alleen die rollen)." };
        var commando = new Command("lijst", "Alle accounts: e-mailadres, rollen (regio:rol voor medewerkers), zorgaanbieder en of het account geblokkeerd is.") { regio };
        commando.SetAction((pr, ct) => CliHost.RunAsync(pr, async (sp, ct) =>
        {
            var db = sp.GetRequiredService<ZorginkoopDbContext>();
            var gekozen = pr.GetValue(regio);
            if (gekozen is not null && !await db.Regios.AnyAsync(r => r.Code == gekozen, ct))
            {
                await Console.Error.WriteLineAsync($"Er is geen regio met code '{gekozen}'. Zie 'zorginkoop regio lijst'.");
                return CliHost.Refused;
            }

            var globaal = await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, Rol = r.Name! }).ToListAsync(ct);
            var leden = await db.Lidmaatschappen.Where(l => gekozen == null || l.Regio.Code == gekozen)
                .Select(l => new { UserId = l.GebruikerId, Rol = l.Regio.Code + ":" + l.Rol }).ToListAsync(ct);
            var rollen = (gekozen is null ? globaal.Concat(leden) : leden).ToLookup(r => r.UserId, r => r.Rol);
            var aanbieders = await db.Zorgaanbieders.ToDictionaryAsync(z => z.Id, z => z.Naam, ct);
            var nu = sp.GetRequiredService<TimeProvider>().GetUtcNow();
            foreach (var g in await db.Users.OrderBy(u => u.Email).ToListAsync(ct))
            {
                if (gekozen is not null && !rollen.Contains(g.Id))
                {
                    continue;
                }

                Console.WriteLine(string.Join('\t', g.Email, string.Join(",", rollen[g.Id].Order(StringComparer.Ordinal)),
                    g.ZorgaanbiederId is { } z ? aanbieders.GetValueOrDefault(z, "?") : "-",
                    g.LockoutEnd > nu ? "geblokkeerd" : "actief"));
            }

            return CliHost.Success;
        }, ct));
        return commando;
    }
}
