using Microsoft.EntityFrameworkCore;
using Zorginkoop.Contracten;
using Zorginkoop.Data;
using Zorginkoop.Formatting;
using static Zorginkoop.Werk.Werkbak;

namespace Zorginkoop.Werk;

/// <summary>
/// The contract manager's part: the open contract alarms (a decision on extending or a follow-up is due), and for
/// information the other contracts whose last day falls within a year, per procedure and day.
/// </summary>
internal static class ContractWerk
{
    public const int InformatieMaanden = 12;

    public static async Task<List<Werkitem>> VoorAsync(ZorginkoopDbContext db, int[] regios, DateTimeOffset nu, CancellationToken ct)
    {
        var vandaag = NlFormat.DatumInAmsterdam(nu);
        var grens = vandaag.AddMonths(InformatieMaanden);
        var contracten = await db.Raamovereenkomsten.AsNoTracking().Include(c => c.Zorgaanbieder).Include(c => c.Aanbesteding!).ThenInclude(a => a.Deelnames)
            .Where(c => (regios.Contains(c.Aanbesteding!.RegioId) || c.Aanbesteding.Deelnames.Any(d => regios.Contains(d.RegioId)))
                && c.Start <= grens && (c.BeeindigdPer ?? c.Einde) >= vandaag && (c.BeeindigdPer ?? c.Einde) <= grens)
            .ToListAsync(ct);
        var ids = contracten.Select(c => c.Id).ToArray();
        var alarmen = await db.Contractalarmen.AsNoTracking().Where(a => ids.Contains(a.RaamovereenkomstId) && a.AfgehandeldOp == null).ToListAsync(ct);
        var lijst = new List<Werkitem>();
        foreach (var alarm in alarmen)
        {
            var c = contracten.Single(x => x.Id == alarm.RaamovereenkomstId);
            var einde = ContractLevenscyclus.LaatsteDag(c);
            var dagen = einde.DayNumber - vandaag.DayNumber;
            lijst.Add(new($"contractalarm:{alarm.Id}:{alarm.AantalMeldingen}", Werksoorten.Contractalarm.Code, InkoopWerk.Eigen(c.Aanbesteding!, regios),
                $"{(alarm.AantalMeldingen > 1 ? $"Herinnering {alarm.AantalMeldingen - 1}: contract" : "Contract")} met {c.Consortium ?? c.Zorgaanbieder!.Naam} eindigt op {NlFormat.Datum(einde)}",
                $"{c.Aanbesteding!.Naam}, perceel {c.PerceelNummer}. {ContractSignalering.Actie(c)}", $"/contracten/{c.Id}",
                NlFormat.AlsAmsterdamseTijd(einde.ToDateTime(TimeOnly.MinValue)), dagen <= 30 ? Urgentie.Dringend : Urgentie.Binnenkort));
        }

        var gealarmeerd = alarmen.Select(a => a.RaamovereenkomstId).ToHashSet();
        foreach (var g in contracten.Where(c => !gealarmeerd.Contains(c.Id)).GroupBy(c => (c.AanbestedingId, Einde: ContractLevenscyclus.LaatsteDag(c))))
        {
            var a = g.First().Aanbesteding!;
            var maanden = g.Key.Einde <= vandaag.AddMonths(6) ? "binnen 6 maanden" : "binnen 12 maanden";
            lijst.Add(new($"contracteinde:{a.Id}:{g.Key.Einde.DayNumber}", Werksoorten.Contracteinde.Code, InkoopWerk.Eigen(a, regios),
                $"{Aantal(g.Count(), "contract eindigt", "contracten eindigen")} op {NlFormat.Datum(g.Key.Einde)} ({maanden})",
                $"{a.Naam}: {string.Join(", ", g.Select(c => c.Consortium ?? c.Zorgaanbieder!.Naam).Order(StringComparer.Create(NlFormat.Cultuur, true)).Take(5))}{(g.Count() > 5 ? " en anderen" : "")}.",
                g.Count() == 1 ? $"/contracten/{g.First().Id}" : $"/contracten?aanbesteding={a.Id}",
                NlFormat.AlsAmsterdamseTijd(g.Key.Einde.ToDateTime(TimeOnly.MinValue)), Urgentie.Informatie));
        }

        return lijst;
    }
}
