using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Data;
using Zorginkoop.Gunning;

namespace Zorginkoop.Contracten;

/// <summary>A provider applies for lots, confirming every admission requirement of those lots (by criterion id).</summary>
public static class ToelatingAanvragen
{
    public sealed record Gegevens(int ZorgaanbiederId, IReadOnlyCollection<int> Percelen, IReadOnlyCollection<int> Bevestigd);

    public static async Task<Weigering?> HandleAsync(ZorginkoopDbContext db, Aanbesteding a, ContractOptions opties, Gegevens g, string wie, DateTimeOffset nu, CancellationToken ct = default)
    {
        var (zorgaanbiederId, percelen, bevestigd) = g;
        var weigering = Toelating.Gesloten(a, opties, nu)
            ?? (percelen.Count == 0 ? new Weigering("toelating.perceel-ontbreekt", "Percelen", "Kies ten minste één perceel.") : null)
            ?? (percelen.Where(p => a.Percelen.All(x => x.Nummer != p)).Select(p => (int?)p).FirstOrDefault() is { } onbekend ? new Weigering("toelating.perceel-onbekend", "Percelen", $"Perceel {onbekend} bestaat niet.") : null);
        if (weigering is not null)
        {
            return weigering;
        }

        var eisen = (await Criteria.VanAsync(db, a.Id, ct)).Where(c => c.Soort == CriteriumSoort.Eis && (c.PerceelNummer is null || percelen.Contains(c.PerceelNummer.Value))).ToList();
        var ontbrekend = eisen.Where(e => !bevestigd.Contains(e.Id)).Select(e => e.Naam).ToList();
        if (ontbrekend.Count > 0)
        {
            return new Weigering("toelating.eisen-niet-bevestigd", "Eisen", $"U wordt toegelaten als u aan alle toelatingseisen voldoet; nog niet bevestigd: {string.Join("; ", ontbrekend)}.");
        }

        if (await db.Toelatingsaanvragen.AnyAsync(t => t.AanbestedingId == a.Id && t.ZorgaanbiederId == zorgaanbiederId && t.Status == AanvraagStatus.Ingediend, ct))
        {
            return Weigering.Geheel("toelating.al-aangemeld", "U heeft al een aanmelding die wordt beoordeeld.");
        }

        var al = await db.Raamovereenkomsten.Where(c => c.AanbestedingId == a.Id && c.ZorgaanbiederId == zorgaanbiederId).Select(c => c.PerceelNummer).ToListAsync(ct);
        if (percelen.All(al.Contains))
        {
            return new Weigering("toelating.al-toegelaten", "Percelen", "U bent voor deze percelen al toegelaten.");
        }

        db.Toelatingsaanvragen.Add(new Toelatingsaanvraag
        {
            AanbestedingId = a.Id,
            ZorgaanbiederId = zorgaanbiederId,
            Percelen = string.Join(',', percelen.Except(al).Order()),
            IngediendOp = nu,
            IngediendDoor = wie,
        });
        await db.SaveChangesAsync(ct);
        return null;
    }
}
