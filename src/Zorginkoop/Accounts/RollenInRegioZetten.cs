using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;

namespace Zorginkoop.Accounts;

/// <summary>
/// A region's beheerder gives an account exactly these roles in her region (none: the account no longer works there);
/// its roles elsewhere stay as they are. The person gets an e-mail; the memberships are audited.
/// </summary>
public static class RollenInRegioZetten
{
    /// <returns>Whether anything changed.</returns>
    public static async Task<Resultaat<bool>> HandleAsync(ZorginkoopDbContext db, Gebruiker gebruiker, Catalogus.Regio regio, IReadOnlyCollection<string> rollen,
        IReadOnlyCollection<string> toegestaan, string door, DateTimeOffset nu, CancellationToken ct = default)
    {
        var bestaand = await db.Lidmaatschappen.Where(l => l.GebruikerId == gebruiker.Id && l.RegioId == regio.Id).ToListAsync(ct);
        var weg = bestaand.Where(l => !rollen.Contains(l.Rol)).ToList();
        var erbij = Rollen.Medewerkers.Where(r => rollen.Contains(r) && bestaand.All(l => l.Rol != r)).ToList();
        // Only the roles that change must be ones this beheerder may give: a systeembeheerder who manages the first
        // beheerder leaves an account's other roles alone.
        var weigeringen = Uitnodigen.RolWeigeringen([.. weg.Select(l => l.Rol), .. erbij], toegestaan).ToList();
        if (weigeringen.Count > 0)
        {
            return Resultaat.Geweigerd<bool>(weigeringen);
        }

        if (gebruiker.ZorgaanbiederId is not null)
        {
            return Resultaat.Geweigerd<bool>(Weigering.Geheel("account.aanbieder-alleen", "Een account met de rol aanbieder heeft geen andere rollen."));
        }

        if (weg.Count == 0 && erbij.Count == 0)
        {
            return Resultaat.Goed(false);
        }

        if (gebruiker.GedeactiveerdOp is null && weg.Any(l => l.Rol == Rollen.Beheerder) && await Beheerders.ActiefAsync(db, regio.Id, ct) <= 1)
        {
            return Resultaat.Geweigerd<bool>(Beheerders.LaatsteWeigering(regio.Naam));
        }

        db.Lidmaatschappen.RemoveRange(weg);
        db.Lidmaatschappen.AddRange(erbij.Select(r => new Lidmaatschap { GebruikerId = gebruiker.Id, RegioId = regio.Id, Rol = r }));
        db.Berichten.Add(AccountBerichten.RollenGewijzigd(gebruiker, regio.Naam, [.. Rollen.Medewerkers.Where(rollen.Contains)], door, nu));
        await db.SaveChangesAsync(ct);
        return Resultaat.Goed(true);
    }
}
