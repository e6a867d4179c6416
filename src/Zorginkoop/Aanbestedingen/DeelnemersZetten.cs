using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;

namespace Zorginkoop.Aanbestedingen;

/// <summary>
/// The owner region's officer makes a procedure joint: exactly these regions take part (issue 15). Only while it is a
/// concept: who may buy under the agreement must be named in the published documents (Court of Justice of the EU,
/// C-216/17 Coopservice), so after publication a change needs a new procedure, not an edit.
/// </summary>
public static class DeelnemersZetten
{
    public static async Task<Resultaat<bool>> HandleAsync(ZorginkoopDbContext db, Aanbesteding a, IReadOnlyCollection<string> regiocodes, CancellationToken ct = default)
    {
        if (a.Status != AanbestedingStatus.Concept)
        {
            return Resultaat.Geweigerd<bool>(Weigering.Geheel("deelnemers.gepubliceerd",
                "De deelnemende regio's liggen vast zodra de aanbesteding is gepubliceerd: de aanbestedingsstukken noemen voor wie de overeenkomst geldt."));
        }

        var gevonden = await Catalogus.DeelnemendeRegios.ZoekAsync(db, a.RegioId, regiocodes, "de aanbesteding", ct);
        if (gevonden.Waarde is not { } regios)
        {
            return Resultaat.Geweigerd<bool>(gevonden.Weigeringen);
        }

        var bestaand = await db.Deelnames.Where(d => d.AanbestedingId == a.Id).ToListAsync(ct);
        var weg = bestaand.Where(d => !regios.Contains(d.RegioId)).ToList();
        var erbij = regios.Where(r => bestaand.All(d => d.RegioId != r)).Select(r => new Deelname { AanbestedingId = a.Id, RegioId = r }).ToList();
        if (weg.Count == 0 && erbij.Count == 0)
        {
            return Resultaat.Goed(false);
        }

        db.Deelnames.RemoveRange(weg);
        db.Deelnames.AddRange(erbij);
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
