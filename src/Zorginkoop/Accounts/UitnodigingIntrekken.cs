using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;

namespace Zorginkoop.Accounts;

/// <summary>A beheerder withdraws an open invitation of her region: its link stops working.</summary>
public static class UitnodigingIntrekken
{
    /// <returns>The invitation (null: not of this region), and whether it is now withdrawn (false: it was accepted first).</returns>
    public static async Task<(Uitnodiging? Uitnodiging, bool Ingetrokken)> HandleAsync(ZorginkoopDbContext db, int regioId, int id, DateTimeOffset nu, CancellationToken ct = default)
    {
        var u = await db.Uitnodigingen.SingleOrDefaultAsync(x => x.Id == id && x.RegioId == regioId, ct);
        if (u is null || !u.Open(nu))
        {
            return (u, false);
        }

        u.IngetrokkenOp = nu;
        try
        {
            await db.SaveChangesAsync(ct);
            return (u, true);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Accepted at the same moment (the concurrency tokens of Uitnodiging): the acceptance stands.
            return (u, false);
        }
    }
}
