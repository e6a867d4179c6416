using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;

namespace Zorginkoop.Accounts;

/// <summary>
/// The provider an account is bound to, for the CLI's <c>account aanmaken --kvk</c> and for the provider login through
/// eHerkenning, which binds an account to the provider of its KvK number.
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
