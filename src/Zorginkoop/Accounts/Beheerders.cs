using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;

namespace Zorginkoop.Accounts;

/// <summary>
/// A region's active beheerders. TenderNed advises an organisation to keep at least two, so that one's absence does not
/// lock the region out of its own accounts: fewer shows a warning, and the last one cannot be removed or deactivated.
/// </summary>
public static class Beheerders
{
    public const int Advies = 2;

    public static Task<int> ActiefAsync(ZorginkoopDbContext db, int regioId, CancellationToken ct = default) =>
        db.Users.CountAsync(u => u.GedeactiveerdOp == null
            && db.Lidmaatschappen.Any(l => l.GebruikerId == u.Id && l.RegioId == regioId && l.Rol == Rollen.Beheerder), ct);

    public static Weigering LaatsteWeigering(string regio) => Weigering.Geheel("account.laatste-beheerder",
        $"Dit is de laatste actieve beheerder van {regio}. Geef eerst iemand anders de rol beheerder; anders kan niemand de accounts van de regio nog beheren.");
}
