using Microsoft.EntityFrameworkCore;
using Zorginkoop.Accounts;
using Zorginkoop.Data;
using Zorginkoop.Formatting;
using Zorginkoop.Meldingen;

namespace Zorginkoop.Contracten;

/// <summary>
/// The contract alarms (as Mercell's contract module: alarms that repeat until someone acts): a contract whose last day
/// falls within <see cref="ContractOptions.AlarmMaanden"/> gets an alarm, mailed to the contract managers of its region, and mailed
/// again every <see cref="ContractOptions.AlarmHerhalenDagen"/> days until someone handles it — by a decision on the
/// contract (extend, not extend, end) or by marking it handled. Runs with the other notifications.
/// </summary>
public static class ContractSignalering
{
    public static async Task<int> VerzamelAsync(ZorginkoopDbContext db, ContractOptions opties, string basisAdres, DateTimeOffset nu, CancellationToken ct = default)
    {
        var vandaag = NlFormat.DatumInAmsterdam(nu);
        var grens = vandaag.AddMonths(opties.AlarmMaanden);
        // Only contracts still running whose last day (an early end is always before Einde, so BeeindigdPer ?? Einde)
        // falls within the window: this runs every half minute, and ended contracts pile up over the years.
        var contracten = await db.Raamovereenkomsten.Include(c => c.Zorgaanbieder).Include(c => c.Aanbesteding!).ThenInclude(a => a.Deelnames)
            .Where(c => (c.BeeindigdPer ?? c.Einde) >= vandaag && (c.BeeindigdPer ?? c.Einde) <= grens).ToListAsync(ct);
        var alarmen = await db.Contractalarmen.Where(a => contracten.Select(c => c.Id).Contains(a.RaamovereenkomstId)).ToListAsync(ct);
        var adressen = await ContractmanagersAsync(db, ct);
        var berichten = 0;
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

            // The alarm row first, so the message key can name it.
            await db.SaveChangesAsync(ct);
            var actie = ContractLevenscyclus.VerlengingOpen(c)
                ? $"Er {(c.VerlengingenMogelijk - c.VerlengingenGebruikt == 1 ? "is nog 1 verlengingsoptie" : $"zijn nog {c.VerlengingenMogelijk - c.VerlengingenGebruikt} verlengingsopties")} " +
                  $"van {c.VerlengingMaanden} maanden: besluit of het contract wordt verlengd."
                : "Er is geen verlengingsoptie meer: zorg voor een vervolg (een nieuwe aanbesteding of heropening).";
            // The contract managers of the owner and of a joint procedure's participants; someone in several of them once.
            var regios = c.Aanbesteding!.RegioIds;
            foreach (var (gebruiker, email, _) in adressen.Where(a => regios.Contains(a.RegioId)).DistinctBy(a => a.Gebruiker))
            {
                db.Berichten.Add(new Bericht
                {
                    Sleutel = $"contractalarm:{alarm.Id}:{alarm.AantalMeldingen}:{gebruiker}",
                    Aan = email,
                    Onderwerp = $"{(alarm.AantalMeldingen > 1 ? $"Herinnering {alarm.AantalMeldingen - 1}: " : "")}contract eindigt op {NlFormat.Datum(einde)}: {c.Zorgaanbieder!.Naam}",
                    Tekst = $"Het contract met {c.Consortium ?? c.Zorgaanbieder.Naam} voor {c.Aanbesteding!.Naam} (perceel {c.PerceelNummer}) eindigt op {NlFormat.Datum(einde)}. {actie}\n\n" +
                        $"Deze melding komt elke {opties.AlarmHerhalenDagen} dagen terug tot iemand besluit.\n\n{basisAdres.TrimEnd('/')}/contracten/{c.Id}",
                    AangemaaktOp = nu,
                });
                berichten++;
            }

            await db.SaveChangesAsync(ct);
        }

        return berichten;
    }

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

    /// <summary>Contract managers with a confirmed e-mail address, per region they manage contracts in (decision record 0009).</summary>
    private static async Task<List<(string Gebruiker, string Email, int RegioId)>> ContractmanagersAsync(ZorginkoopDbContext db, CancellationToken ct) =>
        [.. (await db.Lidmaatschappen.Where(l => l.Rol == Rollen.Contractmanager)
            .Join(db.Users.Where(u => u.EmailConfirmed && u.Email != null && u.GedeactiveerdOp == null), l => l.GebruikerId, u => u.Id, (l, u) => new { u.Id, u.Email, l.RegioId })
            .ToListAsync(ct)).Select(u => (u.Id, u.Email!, u.RegioId))];
}
