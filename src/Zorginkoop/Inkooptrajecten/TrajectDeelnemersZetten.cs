using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;

namespace Zorginkoop.Inkooptrajecten;

/// <summary>
/// The owner region's officer makes a trajectory joint: exactly these regions take part (issue 15). Unlike a
/// procedure's, a trajectory's participants may change at any time: a trajectory is the regions' planning, not a
/// published offer that names for whom an agreement holds.
/// </summary>
public static class TrajectDeelnemersZetten
{
    public static async Task<Resultaat<bool>> HandleAsync(ZorginkoopDbContext db, Inkooptraject t, IReadOnlyCollection<string> regiocodes, CancellationToken ct = default)
    {
        var gevonden = await Catalogus.DeelnemendeRegios.ZoekAsync(db, t.RegioId, regiocodes, "het inkooptraject", ct);
        if (gevonden.Waarde is not { } regios)
        {
            return Resultaat.Geweigerd<bool>(gevonden.Weigeringen);
        }

        var bestaand = await db.TrajectDeelnames.Where(d => d.InkooptrajectId == t.Id).ToListAsync(ct);
        var weg = bestaand.Where(d => !regios.Contains(d.RegioId)).ToList();
        var erbij = regios.Where(r => bestaand.All(d => d.RegioId != r)).Select(r => new TrajectDeelname { InkooptrajectId = t.Id, RegioId = r }).ToList();
        if (weg.Count == 0 && erbij.Count == 0)
        {
            return Resultaat.Goed(false);
        }

        db.TrajectDeelnames.RemoveRange(weg);
        db.TrajectDeelnames.AddRange(erbij);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || UniekeSleutel.IsGeschonden(e))
        {
            // Someone saved the participants at the same moment: hers stand; this one is asked to look again.
            return Resultaat.Geweigerd<bool>(Catalogus.DeelnemendeRegios.Tegelijk);
        }

        return Resultaat.Goed(true);
    }
}
