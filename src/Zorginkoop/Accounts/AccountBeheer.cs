using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;

namespace Zorginkoop.Accounts;

/// <summary>
/// Creating accounts outside the demo: for the CLI (the first administrator, providers' employees) and for the
/// provider login through eHerkenning, which binds an account to the provider of its KvK number.
/// </summary>
public static class AccountBeheer
{
    /// <summary>The provider an aanbieder account is bound to, found by KvK number, with the AGB code to choose among several.</summary>
    public static async Task<(int? Id, Weigering? Weigering)> ZorgaanbiederAsync(ZorginkoopDbContext db, string? kvk, string? agb, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(kvk) && string.IsNullOrWhiteSpace(agb))
        {
            return (null, new Weigering("account.zorgaanbieder-ontbreekt", "Kvk", "Een account met de rol aanbieder hoort bij één zorgaanbieder: geef --kvk (en zo nodig --agb)."));
        }

        var q = db.Zorgaanbieders.AsQueryable();
        if (!string.IsNullOrWhiteSpace(kvk))
        {
            q = q.Where(z => z.KvkNummer == kvk.Trim());
        }

        if (!string.IsNullOrWhiteSpace(agb))
        {
            q = q.Where(z => z.AgbCode == agb.Trim());
        }

        var gevonden = await q.Select(z => z.Id).Take(2).ToListAsync(ct);
        return gevonden.Count switch
        {
            0 => (null, new Weigering("account.zorgaanbieder-onbekend", "Kvk", $"Er is geen zorgaanbieder met {(string.IsNullOrWhiteSpace(kvk) ? "" : $"KvK-nummer {kvk}")}{(string.IsNullOrWhiteSpace(kvk) || string.IsNullOrWhiteSpace(agb) ? "" : " en ")}{(string.IsNullOrWhiteSpace(agb) ? "" : $"AGB-code {agb}")} in het register.")),
            1 => (gevonden[0], null),
            _ => (null, new Weigering("account.zorgaanbieder-meerdere", "Agb", $"KvK-nummer {kvk} hoort bij meer zorgaanbieders (vestigingen); geef ook --agb.")),
        };
    }

    /// <summary>
    /// Makes an account with one role; for the role aanbieder bound to <paramref name="zorgaanbiederId"/>. Without a
    /// password a strong one is generated and returned, to be handed over once and changed.
    /// </summary>
    public static async Task<(Gebruiker? Gebruiker, string? Wachtwoord, Weigering? Weigering)> AanmakenAsync(UserManager<Gebruiker> gebruikers, RoleManager<IdentityRole> rollen,
        string email, string? naam, string rol, int? zorgaanbiederId, string? wachtwoord)
    {
        if (!Rollen.Alle.Contains(rol))
        {
            return (null, null, new Weigering("account.rol-onbekend", "Rol", $"Onbekende rol '{rol}'. Kies uit: {string.Join(", ", Rollen.Alle)}."));
        }

        if ((rol == Rollen.Aanbieder) != (zorgaanbiederId is not null))
        {
            return (null, null, rol == Rollen.Aanbieder
                ? new Weigering("account.zorgaanbieder-bij-rol", "Rol", "Een account met de rol aanbieder hoort bij één zorgaanbieder.")
                : new Weigering("account.zorgaanbieder-bij-rol", "Rol", "Alleen een account met de rol aanbieder hoort bij een zorgaanbieder."));
        }

        if (await gebruikers.FindByEmailAsync(email) is not null)
        {
            return (null, null, new Weigering("account.email-bestaat", "Email", $"Er is al een account met e-mailadres {email}."));
        }

        foreach (var r in Rollen.Alle)
        {
            if (!await rollen.RoleExistsAsync(r))
            {
                await rollen.CreateAsync(new IdentityRole(r));
            }
        }

        var gegenereerd = wachtwoord is null;
        // 24 characters from four classes: meets every password rule and is not guessable.
        wachtwoord ??= RandomNumberGenerator.GetString("ABCDEFGHJKLMNPQRSTUVWXYZ", 6) + RandomNumberGenerator.GetString("abcdefghijkmnopqrstuvwxyz", 8)
            + RandomNumberGenerator.GetString("23456789", 6) + RandomNumberGenerator.GetString("!#%+-=?@", 4);
        var gebruiker = new Gebruiker { UserName = email, Email = email, EmailConfirmed = true, Naam = naam, ZorgaanbiederId = zorgaanbiederId };
        var resultaat = await gebruikers.CreateAsync(gebruiker, wachtwoord);
        if (!resultaat.Succeeded)
        {
            return (null, null, new Weigering("account.wachtwoord-geweigerd", "Wachtwoord", string.Join(" ", resultaat.Errors.Select(e => e.Description))));
        }

        await gebruikers.AddToRoleAsync(gebruiker, rol);
        return (gebruiker, gegenereerd ? wachtwoord : null, null);
    }
}

/// <summary>The password and lockout rules, the same for the web app and the CLI.</summary>
public static class AccountRegels
{
    public static void Zet(IdentityOptions o)
    {
        o.User.RequireUniqueEmail = true;
        o.Password.RequiredLength = 12;
        o.Lockout.MaxFailedAccessAttempts = 5;
        o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        o.Lockout.AllowedForNewUsers = true;
    }
}
