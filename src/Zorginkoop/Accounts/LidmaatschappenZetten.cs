using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;

namespace Zorginkoop.Accounts;

/// <summary>
/// Gives an employee exactly these roles per region: missing memberships added, others removed (audited like every
/// change). The external login calls it at every sign-in (the identity provider is the source), the demo once.
/// </summary>
public static class LidmaatschappenZetten
{
    public static async Task HandleAsync(ZorginkoopDbContext db, string gebruikerId, IReadOnlyCollection<(int RegioId, string Rol)> leden, CancellationToken ct = default)
    {
        if (leden.FirstOrDefault(l => !Rollen.Medewerkers.Contains(l.Rol)) is { Rol: { } fout })
        {
            throw new ArgumentException($"'{fout}' is geen rol van medewerkers in een regio.", nameof(leden));
        }

        for (var poging = 1; ; poging++)
        {
            var bestaand = await db.Lidmaatschappen.Where(l => l.GebruikerId == gebruikerId).ToListAsync(ct);
            db.Lidmaatschappen.RemoveRange(bestaand.Where(l => !leden.Contains((l.RegioId, l.Rol))));
            db.Lidmaatschappen.AddRange(leden.Distinct().Where(l => !bestaand.Any(b => b.RegioId == l.RegioId && b.Rol == l.Rol))
                .Select(l => new Lidmaatschap { GebruikerId = gebruikerId, RegioId = l.RegioId, Rol = l.Rol }));
            try
            {
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateException e) when (poging == 1 && (e is DbUpdateConcurrencyException || UniekeSleutel.IsGeschonden(e)))
            {
                // Two sign-ins of the same person at the same moment (two tabs): the other wrote first. Forget this
                // attempt's memberships and compare with what is there now, once.
                foreach (var lid in db.ChangeTracker.Entries<Lidmaatschap>().ToList())
                {
                    lid.State = EntityState.Detached;
                }
            }
        }
    }
}
