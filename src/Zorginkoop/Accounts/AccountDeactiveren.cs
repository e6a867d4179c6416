using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;

namespace Zorginkoop.Accounts;

/// <summary>
/// Deactivating an account (never deleting it: the audit keeps naming the person) and activating it again. Only a
/// beheerder of every region the account works in may do it: the beheerder of one region must not lock a colleague out
/// of another.
/// </summary>
public static class AccountDeactiveren
{
    /// <param name="beheerdeRegios">The regions of the acting beheerder; null for the systeembeheerder, who manages every region's first beheerder.</param>
    public static async Task<Resultaat<bool>> DeactiverenAsync(ZorginkoopDbContext db, UserManager<Gebruiker> gebruikers, Gebruiker g, IReadOnlyCollection<int>? beheerdeRegios,
        string doorId, string door, DateTimeOffset nu, CancellationToken ct = default)
    {
        if (g.GedeactiveerdOp is not null)
        {
            return Resultaat.Goed(false);
        }

        if (g.Id == doorId)
        {
            return Resultaat.Geweigerd<bool>(Weigering.Geheel("account.zelf", "U kunt uw eigen account niet deactiveren. Vraag een andere beheerder."));
        }

        if (beheerdeRegios is not null && await gebruikers.IsInRoleAsync(g, Rollen.Systeembeheerder))
        {
            return Resultaat.Geweigerd<bool>(Weigering.Geheel("account.systeembeheerder",
                "Dit account is ook systeembeheerder van de hele installatie; alleen een systeembeheerder kan het deactiveren."));
        }

        var regios = await db.Lidmaatschappen.Where(l => l.GebruikerId == g.Id).Select(l => new { l.RegioId, l.Regio.Naam, l.Rol }).ToListAsync(ct);
        if (beheerdeRegios is not null && regios.Any(r => !beheerdeRegios.Contains(r.RegioId)))
        {
            return Resultaat.Geweigerd<bool>(Weigering.Geheel("account.andere-regio",
                "Dit account werkt ook voor een regio waarvan u geen beheerder bent. Haal hier de rollen in uw regio weg, of vraag de beheerder van die regio."));
        }

        foreach (var r in regios.Where(r => r.Rol == Rollen.Beheerder))
        {
            if (await Beheerders.ActiefAsync(db, r.RegioId, ct) <= 1)
            {
                return Resultaat.Geweigerd<bool>(Beheerders.LaatsteWeigering(r.Naam));
            }
        }

        g.GedeactiveerdOp = nu;
        // Identity's own lockout keeps the password login shut; the new security stamp ends open sessions and refresh
        // tokens at their next check.
        g.LockoutEnabled = true;
        g.LockoutEnd = DateTimeOffset.MaxValue;
        db.Berichten.Add(AccountBerichten.Gedeactiveerd(g, door, nu));
        return Opgeslagen(await gebruikers.UpdateSecurityStampAsync(g));
    }

    public static async Task<Resultaat<bool>> HeractiverenAsync(ZorginkoopDbContext db, UserManager<Gebruiker> gebruikers, Gebruiker g, IReadOnlyCollection<int>? beheerdeRegios,
        string door, DateTimeOffset nu, CancellationToken ct = default)
    {
        if (g.GedeactiveerdOp is null)
        {
            return Resultaat.Goed(false);
        }

        if (beheerdeRegios is not null && (await gebruikers.IsInRoleAsync(g, Rollen.Systeembeheerder)
                || await db.Lidmaatschappen.AnyAsync(l => l.GebruikerId == g.Id && !beheerdeRegios.Contains(l.RegioId), ct)))
        {
            return Resultaat.Geweigerd<bool>(Weigering.Geheel("account.andere-regio",
                "Dit account werkt ook voor een regio waarvan u geen beheerder bent, of is systeembeheerder; vraag die beheerder het weer te activeren."));
        }

        g.GedeactiveerdOp = null;
        g.LockoutEnd = null;
        g.AccessFailedCount = 0;
        db.Berichten.Add(AccountBerichten.Geheractiveerd(g, door, nu));
        return Opgeslagen(await gebruikers.UpdateAsync(g));
    }

    /// <summary>Identity's answer on saving an account, as a use case's result (its refusals in Identity's Dutch texts).</summary>
    internal static Resultaat<bool> Opgeslagen(IdentityResult r) =>
        r.Succeeded ? Resultaat.Goed(true) : Resultaat.Geweigerd<bool>(Weigering.Geheel("account.opslaan", string.Join(" ", r.Errors.Select(e => e.Description))));
}
