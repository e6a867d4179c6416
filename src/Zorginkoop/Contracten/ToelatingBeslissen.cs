using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Data;
using Zorginkoop.Formatting;

namespace Zorginkoop.Contracten;

/// <summary>
/// An officer admits (a contract per lot, from today or the contract start to the common end date) or rejects
/// (a reason is required: it goes to the provider).
/// </summary>
public static class ToelatingBeslissen
{
    public sealed record Gegevens(int AanvraagId, bool Toelaten, string? Reden);

    public static async Task<Weigering?> HandleAsync(ZorginkoopDbContext db, Aanbesteding a, Gegevens g, string wie, DateTimeOffset nu, CancellationToken ct = default)
    {
        var (aanvraagId, toelaten, reden) = g;
        reden = reden?.Trim();
        var t = await db.Toelatingsaanvragen.SingleOrDefaultAsync(x => x.Id == aanvraagId && x.AanbestedingId == a.Id, ct);
        var weigering = (t is null ? Weigering.Geheel("toelating.aanmelding-niet-gevonden", "Deze aanmelding bestaat niet.") : null)
            ?? (t!.Status != AanvraagStatus.Ingediend ? Weigering.Geheel("toelating.al-besloten", "Over deze aanmelding is al besloten.") : null)
            ?? (!toelaten && string.IsNullOrEmpty(reden) ? new Weigering("toelating.reden-ontbreekt", "Reden", "Afwijzen kan alleen met een reden; de aanbieder ontvangt haar.") : null)
            ?? (reden?.Length > Raamovereenkomsten.MaxTekst ? new Weigering("contract.reden-te-lang", "Reden", $"De reden is ten hoogste {Raamovereenkomsten.MaxTekst} tekens.") : null);
        if (weigering is not null)
        {
            return weigering;
        }

        t!.Status = toelaten ? AanvraagStatus.Toegelaten : AanvraagStatus.Afgewezen;
        t.BesluitOp = nu;
        t.BesluitDoor = wie;
        t.Reden = string.IsNullOrEmpty(reden) ? null : reden;
        if (toelaten)
        {
            var vandaag = NlFormat.DatumInAmsterdam(nu);
            var al = await db.Raamovereenkomsten.Where(c => c.AanbestedingId == a.Id && c.ZorgaanbiederId == t.ZorgaanbiederId).Select(c => c.PerceelNummer).ToListAsync(ct);
            foreach (var p in t.PerceelNummers.Except(al))
            {
                db.Raamovereenkomsten.Add(Raamovereenkomsten.Nieuw(a, p, t.ZorgaanbiederId, ContractHerkomst.Toelating, vandaag));
            }
        }

        await db.SaveChangesAsync(ct);
        return null;
    }
}
