using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Accounts;
using Zorginkoop.Data;
using Zorginkoop.Formatting;
using Zorginkoop.Inschrijvingen;

namespace Zorginkoop.Meldingen;

/// <summary>
/// Derives the e-mails that are due from what happened: a receipt given, a new Nota van Inlichtingen, a deadline
/// approaching for a bid not yet submitted, a rectification after a bid was submitted, a vault opened, an award decision. Runs again and
/// again (every app instance, after every restart); the unique key of each message keeps it to one per person and event.
/// Only provider accounts with a confirmed e-mail address get mail. The texts never hold bid content.
/// </summary>
public static class Signalering
{
    /// <summary>Events older than this are not announced any more (a restore of an old backup does not flood inboxes).</summary>
    public static readonly TimeSpan Horizon = TimeSpan.FromDays(14);

    public static async Task<int> VerzamelAsync(ZorginkoopDbContext db, MeldingenOptions opties, DateTimeOffset nu, CancellationToken ct = default)
    {
        var vanaf = nu - Horizon;
        var adressen = await AdressenAsync(db, ct);
        var bestaand = new HashSet<string>(StringComparer.Ordinal);
        var nieuw = new List<Bericht>();
        string Link(string pad) => opties.BasisAdres.TrimEnd('/') + pad;

        void Voeg(string sleutel, int zorgaanbieder, string onderwerp, string tekst)
        {
            foreach (var (gebruiker, email) in adressen.GetValueOrDefault(zorgaanbieder) ?? [])
            {
                var s = $"{sleutel}:{gebruiker}";
                if (bestaand.Add(s))
                {
                    nieuw.Add(new Bericht { Sleutel = s, Aan = email, Onderwerp = onderwerp, Tekst = tekst, AangemaaktOp = nu });
                }
            }
        }

        var namen = await db.Aanbestedingen.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Naam, ct);

        foreach (var o in await db.Ontvangstbewijzen.AsNoTracking().Where(o => o.Moment >= vanaf).ToListAsync(ct))
        {
            Voeg($"ontvangstbewijs:{o.Id}", o.ZorgaanbiederId, $"Ontvangstbewijs: {namen[o.AanbestedingId]}",
                $"Uw {(o.Herbevestiging ? "herbevestiging" : "inschrijving")} op {namen[o.AanbestedingId]} is ontvangen op {NlFormat.DatumTijd(o.Moment)} " +
                $"en opgeslagen op {NlFormat.DatumTijd(o.OpgeslagenOp)}.\n\n" +
                $"Controlegetal (SHA-256): {o.Sha256}\nVersie: {o.Versie}\n\nBekijk het ontvangstbewijs: {Link($"/mijn/ontvangstbewijzen/{o.Id}")}");
        }

        var geinteresseerden = await GeinteresseerdenAsync(db, ct);
        foreach (var r in await db.NvIRondes.AsNoTracking().Where(r => r.GepubliceerdOp >= vanaf).ToListAsync(ct))
        {
            foreach (var z in geinteresseerden.GetValueOrDefault(r.AanbestedingId) ?? [])
            {
                Voeg($"nvi:{r.Id}", z, $"Nota van Inlichtingen {r.Nummer}: {namen[r.AanbestedingId]}",
                    $"Nota van Inlichtingen {r.Nummer} van {namen[r.AanbestedingId]} is gepubliceerd op {NlFormat.DatumTijd(r.GepubliceerdOp)}.\n\n" +
                    $"Lees haar op {Link($"/aanbestedingen/{r.AanbestedingId}/nvi/{r.Nummer}")}");
            }
        }

        var open = await db.Aanbestedingen.AsNoTracking().Where(a => a.Status == AanbestedingStatus.Gepubliceerd && a.Vorm != Procedurevorm.OpenHouse).ToListAsync(ct);
        var grens = nu.AddHours(opties.DeadlineHerinneringUren);
        var binnenkort = open.Where(a => a.Sluitingsmoment is { } d && d > nu && d <= grens).Select(a => a.Id).ToList();
        foreach (var i in await db.Inschrijvingen.AsNoTracking().Where(i => binnenkort.Contains(i.AanbestedingId) && i.Status != InschrijvingStatus.Ingediend).ToListAsync(ct))
        {
            var a = open.Single(x => x.Id == i.AanbestedingId);
            Voeg($"deadline:{a.Id}:{i.ZorgaanbiederId}", i.ZorgaanbiederId, $"Uiterste inschrijfdatum nadert: {a.Naam}",
                $"Uw inschrijving op {a.Naam} is nog niet ingediend. De uiterste inschrijfdatum is {NlFormat.DatumTijd(a.Sluitingsmoment!.Value)}; " +
                $"daarna kan niets meer.\n\nGa naar uw inschrijving: {Link($"/aanbestedingen/{a.Id}/inschrijving")}");
        }

        var openIds = open.Select(a => a.Id).ToList();
        var rectificaties = (await db.Rectificaties.AsNoTracking().Where(r => openIds.Contains(r.AanbestedingId)).ToListAsync(ct))
            .GroupBy(r => r.AanbestedingId).ToDictionary(g => g.Key, g => g.MaxBy(r => r.Nummer)!);
        foreach (var i in await db.Inschrijvingen.AsNoTracking().Where(i => openIds.Contains(i.AanbestedingId) && i.Status == InschrijvingStatus.Ingediend).ToListAsync(ct))
        {
            if (rectificaties.GetValueOrDefault(i.AanbestedingId) is { } r && Inschrijven.HerbevestigingNodig(i, r.Moment) && r.Moment >= vanaf)
            {
                Voeg($"herbevestiging:{i.Id}:{r.Nummer}", i.ZorgaanbiederId, $"Herbevestig uw inschrijving: {namen[i.AanbestedingId]}",
                    $"De voorwaarden van {namen[i.AanbestedingId]} zijn gewijzigd (rectificatie {r.Nummer}: {r.Reden}) nadat u inschreef. " +
                    $"Bevestig vóór de uiterste inschrijfdatum dat uw inschrijving blijft staan, of trek haar in en pas haar aan.\n\n{Link($"/aanbestedingen/{i.AanbestedingId}/inschrijving")}");
            }
        }

        foreach (var k in await db.KluisOpeningen.AsNoTracking().Where(k => k.BevestigdOp != null && k.BevestigdOp >= vanaf).ToListAsync(ct))
        {
            foreach (var z in await db.Inschrijvingen.Where(i => i.AanbestedingId == k.AanbestedingId && i.Status == InschrijvingStatus.Ingediend).Select(i => i.ZorgaanbiederId).ToListAsync(ct))
            {
                Voeg($"kluis:{k.AanbestedingId}", z, $"De kluis is geopend: {namen[k.AanbestedingId]}",
                    $"De inschrijvingen op {namen[k.AanbestedingId]} zijn op {NlFormat.DatumTijd(k.BevestigdOp!.Value)} geopend door twee inkopers samen. " +
                    "Het prijsdeel blijft gesloten tot de kwaliteitsbeoordeling definitief is.");
            }
        }

        foreach (var h in await db.Herstelverzoeken.AsNoTracking().Where(h => h.GevraagdOp >= vanaf).ToListAsync(ct))
        {
            Voeg($"herstel:{h.Id}", h.ZorgaanbiederId, $"Herstelverzoek: {namen[h.AanbestedingId]}",
                $"Bij de beoordeling van uw inschrijving op {namen[h.AanbestedingId]} ontbreekt een document. {h.Toelichting}\n\n" +
                $"Lever het aan vóór {NlFormat.DatumTijd(h.Termijn)}: {Link($"/mijn/herstel/{h.Id}")}");
        }

        // The award decision: one message per bidder, all made at the decision's one moment.
        foreach (var g in (await db.Gunningsbesluiten.AsNoTracking().Where(b => b.VerzondenOp >= vanaf).ToListAsync(ct)).GroupBy(b => (b.AanbestedingId, b.ZorgaanbiederId)))
        {
            var (aanbesteding, zorgaanbieder) = g.Key;
            Voeg($"gunning:{aanbesteding}:{zorgaanbieder}", zorgaanbieder, $"Gunningsbeslissing: {namen[aanbesteding]}",
                $"De gunningsbeslissing van {namen[aanbesteding]} is genomen op {NlFormat.DatumTijd(g.First().VerzondenOp)}. " +
                "Lees de brief met uw scores, de motivering en het einde van de opschortingstermijn:\n\n" +
                Link($"/mijn/gunningsbrieven/{aanbesteding}"));
        }

        if (nieuw.Count == 0)
        {
            return 0;
        }

        var sleutels = nieuw.Select(b => b.Sleutel).ToList();
        var alVerstuurd = (await db.Berichten.Where(b => sleutels.Contains(b.Sleutel)).Select(b => b.Sleutel).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var teMaken = nieuw.Where(b => !alVerstuurd.Contains(b.Sleutel)).ToList();
        foreach (var b in teMaken)
        {
            db.Berichten.Add(b);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException e) when (!DatabaseBusy.Is(e))
            {
                // Another instance made the same message a moment ago: the unique key keeps one.
                db.Entry(b).State = EntityState.Detached;
                teMaken = [.. teMaken.Where(x => x != b)];
            }
        }

        return teMaken.Count;
    }

    /// <summary>Per provider: its aanbieder accounts with a confirmed e-mail address.</summary>
    private static async Task<Dictionary<int, List<(string Gebruiker, string Email)>>> AdressenAsync(ZorginkoopDbContext db, CancellationToken ct)
    {
        var rol = await db.Roles.Where(r => r.Name == Rollen.Aanbieder).Select(r => r.Id).SingleOrDefaultAsync(ct);
        var gebruikers = await db.Users.Where(u => u.ZorgaanbiederId != null && u.EmailConfirmed && u.Email != null
                && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == rol))
            .Select(u => new { u.Id, u.Email, u.ZorgaanbiederId }).ToListAsync(ct);
        return gebruikers.GroupBy(u => u.ZorgaanbiederId!.Value).ToDictionary(g => g.Key, g => g.Select(u => (u.Id, u.Email!)).ToList());
    }

    /// <summary>Per procedure: the providers that bid (in any state) or asked a question.</summary>
    private static async Task<Dictionary<int, HashSet<int>>> GeinteresseerdenAsync(ZorginkoopDbContext db, CancellationToken ct)
    {
        var paren = await db.Inschrijvingen.Select(i => new { i.AanbestedingId, i.ZorgaanbiederId }).ToListAsync(ct);
        var vragen = await db.Vragen.Where(v => v.ZorgaanbiederId != null).Select(v => new { v.AanbestedingId, ZorgaanbiederId = v.ZorgaanbiederId!.Value }).ToListAsync(ct);
        return paren.Concat(vragen).GroupBy(p => p.AanbestedingId).ToDictionary(g => g.Key, g => g.Select(p => p.ZorgaanbiederId).ToHashSet());
    }
}
