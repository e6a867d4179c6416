using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Data;
using Zorginkoop.Inschrijvingen;
using static Zorginkoop.Werk.Werkbak;

namespace Zorginkoop.Werk;

/// <summary>The assessor's part: opened bids she has not yet submitted her own assessment of.</summary>
internal static class BeoordelingWerk
{
    public static async Task<List<Werkitem>> VoorAsync(ZorginkoopDbContext db, int[] regios, string naam, CancellationToken ct)
    {
        var procedures = (await InkoopWerk.ProceduresAsync(db, regios, ct)).Values.Where(a => a.Status == AanbestedingStatus.InBeoordeling && a.Instellingen.Rangschikking).ToList();
        var ids = procedures.Select(a => a.Id).ToArray();
        if (ids.Length == 0)
        {
            return [];
        }

        // Once quality is final nobody scores any more.
        var definitief = await db.Gunningsdossiers.Where(d => ids.Contains(d.AanbestedingId) && d.KwaliteitDefinitiefOp != null).Select(d => d.AanbestedingId).ToListAsync(ct);
        var bids = await db.Inschrijvingen.Where(i => ids.Contains(i.AanbestedingId) && i.Status == InschrijvingStatus.Ingediend)
            .Select(i => new { i.Id, i.AanbestedingId }).ToListAsync(ct);
        var eigen = (await db.Beoordelingen.Where(b => ids.Contains(b.AanbestedingId) && b.Beoordelaar == naam && b.IngediendOp != null)
            .Select(b => b.InschrijvingId).ToListAsync(ct)).ToHashSet();
        var lijst = new List<Werkitem>();
        foreach (var a in procedures.Where(a => !definitief.Contains(a.Id)))
        {
            var open = bids.Count(i => i.AanbestedingId == a.Id && !eigen.Contains(i.Id));
            if (open > 0)
            {
                lijst.Add(new($"beoordelen:{a.Id}:{open}", Werksoorten.Beoordelen.Code, InkoopWerk.Eigen(a, regios),
                    $"{Aantal(open, "inschrijving wacht", "inschrijvingen wachten")} op uw beoordeling",
                    $"{a.Naam}: geef per criterium uw eigen score met motivering en dien uw beoordeling in.", $"/aanbestedingen/{a.Id}/beoordeling", null, Urgentie.Wacht));
            }
        }

        return lijst;
    }
}
