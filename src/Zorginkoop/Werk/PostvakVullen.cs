using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;
using Zorginkoop.Meldingen;

namespace Zorginkoop.Werk;

/// <summary>
/// Puts what is new on each employee's work list into her inbox, and mails it at once where she chose so (issue 16).
/// Runs with the other notifications, again and again, on every app instance: the unique key (person, item key) keeps
/// one message per occasion. An inbox filled for the first time (a new account, a first start) takes what is already
/// there without mail, so nobody gets twenty e-mails on her first day.
/// </summary>
public static class PostvakVullen
{
    public static async Task<int> VerzamelAsync(ZorginkoopDbContext db, MeldingenOptions opties, bool mailen, DateTimeOffset nu, CancellationToken ct = default)
    {
        var medewerkers = await MedewerkersAsync(db, ct);
        var nieuw = 0;
        foreach (var (m, email, sinds) in medewerkers)
        {
            var items = await Werkbak.VoorAsync(db, m, nu, ct);
            var eerste = sinds is null;
            var sleutels = items.Select(i => i.Sleutel).ToList();
            var bekend = (await db.Postvakberichten.Where(p => p.GebruikerId == m.GebruikerId && sleutels.Contains(p.Sleutel)).Select(p => p.Sleutel).ToListAsync(ct))
                .ToHashSet(StringComparer.Ordinal);
            var voorkeuren = await MeldingVoorkeuren.VanAsync(db, m.GebruikerId, ct);
            foreach (var item in items.Where(i => !bekend.Contains(i.Sleutel)))
            {
                var kanaal = eerste ? Kanaal.AlleenApp : voorkeuren[item.Soort];
                var bericht = new Postvakbericht
                {
                    GebruikerId = m.GebruikerId,
                    Sleutel = item.Sleutel,
                    Soort = item.Soort,
                    RegioId = item.RegioId,
                    Titel = item.Titel,
                    Toelichting = item.Toelichting,
                    Link = item.Link,
                    AangemaaktOp = nu,
                    Kanaal = kanaal,
                };
                db.Postvakberichten.Add(bericht);
                try
                {
                    await db.SaveChangesAsync(ct);
                }
                catch (DbUpdateException e) when (!DatabaseBusy.Is(e))
                {
                    // Another instance put it in a moment ago: the unique key keeps one, and that one mails.
                    db.Entry(bericht).State = EntityState.Detached;
                    continue;
                }

                nieuw++;
                if (kanaal == Kanaal.Direct && mailen && email is not null)
                {
                    db.Berichten.Add(new Bericht
                    {
                        Sleutel = $"postvak:{bericht.Id}",
                        Aan = email,
                        Onderwerp = item.Titel,
                        AangemaaktOp = nu,
                        Tekst = $"{item.Toelichting}\n\n{opties.BasisAdres.TrimEnd('/')}{item.Link}\n\n" +
                            $"U krijgt deze e-mail omdat u voor '{Werksoorten.Van(item.Soort)?.Naam}' een e-mail per melding koos. Wijzig dat op {opties.BasisAdres.TrimEnd('/')}/werk/instellingen.",
                    });
                    bericht.GemaildOp = nu;
                    await db.SaveChangesAsync(ct);
                }
            }

            if (eerste)
            {
                // The notifier's own bookkeeping, not a change to her account: outside the audit, as the outbox is.
                await db.Users.Where(u => u.Id == m.GebruikerId && u.PostvakSinds == null).ExecuteUpdateAsync(s => s.SetProperty(u => u.PostvakSinds, nu), ct);
            }
        }

        return nieuw;
    }

    /// <summary>Every active employee with a role in a region, with her confirmed e-mail address (null without one) and when her inbox began.</summary>
    private static async Task<List<(Medewerker Medewerker, string? Email, DateTimeOffset? PostvakSinds)>> MedewerkersAsync(ZorginkoopDbContext db, CancellationToken ct)
    {
        var leden = await db.Lidmaatschappen.Join(db.Users.Where(u => u.GedeactiveerdOp == null), l => l.GebruikerId, u => u.Id,
            (l, u) => new { u.Id, u.UserName, Email = u.EmailConfirmed ? u.Email : null, u.PostvakSinds, l.RegioId, l.Rol }).ToListAsync(ct);
        return [.. leden.GroupBy(l => l.Id).Select(g => (new Medewerker(g.Key, g.First().UserName ?? g.Key, [.. g.Select(l => (l.RegioId, l.Rol))]), g.First().Email, g.First().PostvakSinds))];
    }
}
