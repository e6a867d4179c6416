using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;
using Zorginkoop.Formatting;

namespace Zorginkoop.Contracten;

/// <summary>
/// The contract alarms (as Mercell's contract module: alarms that repeat until someone acts): a contract whose last day
/// falls within <see cref="ContractOptions.AlarmMaanden"/> gets an alarm, raised again every
/// <see cref="ContractOptions.AlarmHerhalenDagen"/> days until someone handles it — by a decision on the contract
/// (extend, not extend, end) or by marking it handled. Each raise is a new item on the work list of the contract
/// managers of its regions (Werk.ContractWerk), so it reaches their inbox and, as each chose, their e-mail.
/// Runs with the other notifications.
/// </summary>
public static class ContractSignalering
{
    public static async Task<int> VerzamelAsync(ZorginkoopDbContext db, ContractOptions opties, DateTimeOffset nu, CancellationToken ct = default)
    {
        var vandaag = NlFormat.DatumInAmsterdam(nu);
        var grens = vandaag.AddMonths(opties.AlarmMaanden);
        // Only contracts still running whose last day (an early end is always before Einde, so BeeindigdPer ?? Einde)
        // falls within the window: this runs every half minute, and ended contracts pile up over the years.
        var contracten = await db.Raamovereenkomsten
            .Where(c => (c.BeeindigdPer ?? c.Einde) >= vandaag && (c.BeeindigdPer ?? c.Einde) <= grens).ToListAsync(ct);
        var alarmen = await db.Contractalarmen.Where(a => contracten.Select(c => c.Id).Contains(a.RaamovereenkomstId)).ToListAsync(ct);
        var gemeld = 0;
        foreach (var c in contracten)
        {
            var einde = ContractLevenscyclus.LaatsteDag(c);
            var alarm = alarmen.SingleOrDefault(a => a.RaamovereenkomstId == c.Id && a.Einde == einde);
            if (alarm is null)
            {
                alarm = new Contractalarm { RaamovereenkomstId = c.Id, Einde = einde, EersteMelding = nu, LaatsteMelding = nu, AantalMeldingen = 1 };
                db.Contractalarmen.Add(alarm);
            }
            else if (alarm.AfgehandeldOp is null && alarm.LaatsteMelding.AddDays(opties.AlarmHerhalenDagen) <= nu)
            {
                alarm.LaatsteMelding = nu;
                alarm.AantalMeldingen++;
            }
            else
            {
                continue;
            }

            await db.SaveChangesAsync(ct);
            gemeld++;
        }

        return gemeld;
    }

    /// <summary>What the alarm asks: a decision on the next extension, or a follow-up when none is left.</summary>
    public static string Actie(Raamovereenkomst c) => ContractLevenscyclus.VerlengingOpen(c)
        ? $"Er {(c.VerlengingenMogelijk - c.VerlengingenGebruikt == 1 ? "is nog 1 verlengingsoptie" : $"zijn nog {c.VerlengingenMogelijk - c.VerlengingenGebruikt} verlengingsopties")} " +
          $"van {c.VerlengingMaanden} maanden: besluit of het contract wordt verlengd."
        : "Er is geen verlengingsoptie meer: zorg voor een vervolg (een nieuwe aanbesteding of heropening).";

    /// <summary>Marks an alarm handled without a decision on the contract (for instance: the follow-up procedure is under way).</summary>
    public static async Task<Weigering?> AfhandelenAsync(ZorginkoopDbContext db, int contractId, string wie, DateTimeOffset nu, CancellationToken ct = default)
    {
        var open = await db.Contractalarmen.Where(a => a.RaamovereenkomstId == contractId && a.AfgehandeldOp == null).ToListAsync(ct);
        if (open.Count == 0)
        {
            return Weigering.Geheel("contract.geen-alarm", "Dit contract heeft geen openstaand alarm.");
        }

        foreach (var a in open)
        {
            a.AfgehandeldOp = nu;
            a.AfgehandeldDoor = wie;
        }

        await db.SaveChangesAsync(ct);
        return null;
    }
}
