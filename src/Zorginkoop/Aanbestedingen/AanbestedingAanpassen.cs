using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;

namespace Zorginkoop.Aanbestedingen;

/// <summary>
/// Applies lifecycle events to stored procedures and records each step; the one path for pages, API, CLI and jobs.
/// </summary>
public static class AanbestedingAanpassen
{
    /// <summary>Applies <paramref name="verzoek"/>; the refusal in Dutch when the lifecycle refuses it, else null.</summary>
    public static async Task<string?> PasToeAsync(ZorginkoopDbContext db, Aanbesteding a, Verzoek verzoek, string wie, DateTimeOffset nu, CancellationToken ct = default)
    {
        // The lifecycle counts the lots (publishing needs one); a caller that did not load them must not get a wrong refusal.
        if (db.Entry(a).State != EntityState.Added && !db.Entry(a).Collection(x => x.Percelen).IsLoaded)
        {
            await db.Entry(a).Collection(x => x.Percelen).LoadAsync(ct);
        }

        Bijwerken(a, nu);
        var uitkomst = Levenscyclus.Pas(a.Stand, verzoek, nu);
        if (!uitkomst.Toegestaan)
        {
            return uitkomst.Weigering;
        }

        Overgang(a, verzoek.Gebeurtenis, uitkomst.Stand!, wie, nu, verzoek.Reden);
        await db.SaveChangesAsync(ct);
        return null;
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
