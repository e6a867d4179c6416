using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;

namespace Zorginkoop.Aanbestedingen;

/// <summary>
/// Applies lifecycle events to stored procedures and records each step; the one path for pages, API, CLI and jobs.
/// </summary>
public static class AanbestedingAanpassen
{
    /// <summary>Applies <paramref name="verzoek"/>; the refusal when the lifecycle refuses it, else null.</summary>
    public static async Task<Weigering?> PasToeAsync(ZorginkoopDbContext db, Aanbesteding a, Verzoek verzoek, string wie, DateTimeOffset nu, CancellationToken ct = default)
    {
        // The lifecycle counts the lots (publishing needs one); a caller that did not load them must not get a wrong refusal.
        if (db.Entry(a).State != EntityState.Added && !db.Entry(a).Collection(x => x.Percelen).IsLoaded)
        {
            await db.Entry(a).Collection(x => x.Percelen).LoadAsync(ct);
        }

        Bijwerken(a, nu);
        var stand = verzoek.Gebeurtenis == Gebeurtenis.DefinitiefGunnen
            ? a.Stand with { BlokkerendeBezwaren = await Gunning.Gunnen.BlokkerendAsync(db, a.Id, ct) }
            : a.Stand;
        var uitkomst = Levenscyclus.Pas(stand, verzoek, nu);
        if (!uitkomst.Toegestaan)
        {
            return uitkomst.Weigering;
        }

        var weigering = await MetGunningAsync(db, a, verzoek.Gebeurtenis, ct);
        if (weigering is not null)
        {
            return weigering;
        }

        Overgang(a, verzoek.Gebeurtenis, uitkomst.Stand!, wie, nu, verzoek.Reden);
        await db.SaveChangesAsync(ct);
        if (verzoek.Gebeurtenis is Gebeurtenis.VoorlopigGunnen or Gebeurtenis.DefinitiefGunnen)
        {
            // An award is anchored outside the database as soon as it is committed (a caller's transaction anchors after its commit).
            await Audit.Auditankers.NaAsync(db, $"{(verzoek.Gebeurtenis == Gebeurtenis.VoorlopigGunnen ? "voorlopig" : "definitief")} gegund: aanbesteding {a.Id}", ct);
        }

        return null;
    }

    /// <summary>
    /// What the steps need of criteria, bids and decisions: publishing needs complete weights; with submitted bids a
    /// provisional award comes from the assessment (Gunning.Gunnen), so every bidder gets a decision; the final award
    /// makes the framework agreements of the awarded bids (in the same save).
    /// </summary>
    private static async Task<Weigering?> MetGunningAsync(ZorginkoopDbContext db, Aanbesteding a, Gebeurtenis g, CancellationToken ct)
    {
        switch (g)
        {
            case Gebeurtenis.Publiceren when db.Entry(a).State != EntityState.Added:
                return Gunning.Criteria.Volledig(a, await Gunning.Criteria.VanAsync(db, a.Id, ct));
            case Gebeurtenis.VoorlopigGunnen when db.Entry(a).State != EntityState.Added:
                var ingediend = await db.Inschrijvingen.AnyAsync(i => i.AanbestedingId == a.Id && i.Status == Inschrijvingen.InschrijvingStatus.Ingediend, ct);
                var besluiten = await db.Gunningsbesluiten.AnyAsync(b => b.AanbestedingId == a.Id, ct);
                return ingediend && !besluiten
                    ? Weigering.Geheel("gunning.vanuit-beoordeling", "Deze aanbesteding heeft ingediende inschrijvingen: gun voorlopig vanuit de beoordeling, zodat elke inschrijver een besluit met motivering krijgt.")
                    : null;
            case Gebeurtenis.DefinitiefGunnen when db.Entry(a).State != EntityState.Added:
                await Contracten.Raamovereenkomsten.BijDefinitieveGunningAsync(db, a, ct);
                return null;
            default:
                return null;
        }
    }

    /// <summary>Closes submission when the deadline has passed; called on every read and by the background job.</summary>
    public static bool Bijwerken(Aanbesteding a, DateTimeOffset nu)
    {
        var nieuw = Levenscyclus.BijwerkenNaarTijd(a.Stand, nu);
        if (nieuw.Status == a.Status)
        {
            return false;
        }

        // The deadline itself is the moment it closed, whenever the clock noticed.
        Overgang(a, Gebeurtenis.InschrijvingSluiten, nieuw, "systeem", a.Sluitingsmoment ?? nu, "Uiterste inschrijfdatum verstreken");
        return true;
    }

    /// <summary>Brings every procedure whose deadline has passed up to date (the background job's work).</summary>
    public static async Task<int> BijwerkenAllesAsync(ZorginkoopDbContext db, DateTimeOffset nu, CancellationToken ct = default)
    {
        var open = await db.Set<Aanbesteding>().Include(a => a.Overgangen)
            .Where(a => a.Status == AanbestedingStatus.Gepubliceerd && a.Vorm != Procedurevorm.OpenHouse && a.Sluitingsmoment <= nu)
            .ToListAsync(ct);
        var aantal = open.Count(a => Bijwerken(a, nu));
        await db.SaveChangesAsync(ct);
        return aantal;
    }

    private static void Overgang(Aanbesteding a, Gebeurtenis g, AanbestedingStand stand, string wie, DateTimeOffset moment, string? reden)
    {
        a.Overgangen.Add(new Overgang { Gebeurtenis = g, Van = a.Status, Naar = stand.Status, Moment = moment, Wie = wie, Reden = reden });
        a.Status = stand.Status;
        a.Sluitingsmoment = stand.Sluitingsmoment;
        a.ContractStart = stand.ContractStart;
        a.StandstillEinde = stand.StandstillEinde;
    }
}
