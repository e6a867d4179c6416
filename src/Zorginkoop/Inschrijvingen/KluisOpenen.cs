using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Data;
using Zorginkoop.Formatting;

namespace Zorginkoop.Inschrijvingen;

/// <summary>
/// Opening a procedure's vault: after the deadline, one officer asks and a different officer confirms (four eyes, as
/// TenderNed's kluis). Until the confirmation nobody but the bidding provider reads a bid; the quality part opens
/// then, the price part stays closed until the quality scores are final (the award issue opens it).
/// </summary>
public static class KluisOpenen
{
    public static Task<KluisOpening?> OpeningAsync(ZorginkoopDbContext db, int aanbestedingId, CancellationToken ct = default) =>
        db.KluisOpeningen.AsNoTracking().SingleOrDefaultAsync(k => k.AanbestedingId == aanbestedingId, ct);

    /// <summary>True when officers may read the quality part of this procedure's bids.</summary>
    public static async Task<bool> IsOpenAsync(ZorginkoopDbContext db, int aanbestedingId, CancellationToken ct = default) =>
        await db.KluisOpeningen.AnyAsync(k => k.AanbestedingId == aanbestedingId && k.BevestigdOp != null, ct);

    /// <summary>How many bids are submitted: the one thing officers see before the opening.</summary>
    public static Task<int> AantalIngediendAsync(ZorginkoopDbContext db, int aanbestedingId, CancellationToken ct = default) =>
        db.Inschrijvingen.CountAsync(i => i.AanbestedingId == aanbestedingId && i.Status == InschrijvingStatus.Ingediend, ct);

    /// <summary>The first officer asks to open. Refused before the deadline, for Open House, and when already asked.</summary>
    public static async Task<Weigering?> AanvragenAsync(ZorginkoopDbContext db, Aanbesteding a, string wie, DateTimeOffset nu, CancellationToken ct = default)
    {
        var weigering = NogDicht(a, nu);
        if (weigering is not null)
        {
            return weigering;
        }

        if (await OpeningAsync(db, a.Id, ct) is { } bestaand)
        {
            return bestaand.IsOpen
                ? Weigering.Geheel("kluis.al-geopend", "De kluis is al geopend.")
                : Weigering.Geheel("kluis.al-aangevraagd", $"{bestaand.AangevraagdDoor} heeft de opening al aangevraagd op {NlFormat.DatumTijd(bestaand.AangevraagdOp)}; een andere inkoper bevestigt haar.");
        }

        db.KluisOpeningen.Add(new KluisOpening { AanbestedingId = a.Id, AangevraagdDoor = wie, AangevraagdOp = nu });
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateException e) when (!DatabaseBusy.Is(e))
        {
            // Two officers asked at the same moment: the unique index kept the first.
            db.ChangeTracker.Clear();
            return Weigering.Geheel("kluis.al-aangevraagd", "Een collega heeft de opening zojuist aangevraagd; u kunt haar bevestigen als u niet zelf de aanvrager bent.");
        }
    }

    /// <summary>The second officer confirms; the vault is open from then on. The one who asked cannot confirm.</summary>
    public static async Task<Weigering?> BevestigenAsync(ZorginkoopDbContext db, Aanbesteding a, string wie, DateTimeOffset nu, CancellationToken ct = default)
    {
        var weigering = NogDicht(a, nu);
        if (weigering is not null)
        {
            return weigering;
        }

        var opening = await db.KluisOpeningen.SingleOrDefaultAsync(k => k.AanbestedingId == a.Id, ct);
        if (opening is null)
        {
            return Weigering.Geheel("kluis.niet-aangevraagd", "Er is nog geen opening aangevraagd.");
        }

        if (opening.IsOpen)
        {
            return Weigering.Geheel("kluis.al-geopend", "De kluis is al geopend.");
        }

        if (string.Equals(opening.AangevraagdDoor, wie, StringComparison.OrdinalIgnoreCase))
        {
            return Weigering.Geheel("kluis.vier-ogen", "U heeft de opening zelf aangevraagd. Het vier-ogenprincipe vraagt dat een andere inkoper haar bevestigt.");
        }

        opening.BevestigdDoor = wie;
        opening.BevestigdOp = nu;
        try
        {
            // Holds the procedure as a bid's write does: a bid that arrived before the deadline and is still being
            // stored lands before the opening or is refused, never after it (AanbestedingLock).
            await using (var transactie = await AanbestedingLock.AanbestedingAsync(db, a.Id, ct))
            {
                await db.SaveChangesAsync(ct);
                await transactie.CommitAsync(ct);
            }

            await Audit.Auditankers.NaAsync(db, $"kluis geopend: aanbesteding {a.Id}", ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Weigering.Geheel("kluis.al-geopend", "De kluis is zojuist door een collega geopend.");
        }
    }

    private static Weigering? NogDicht(Aanbesteding a, DateTimeOffset nu)
    {
        AanbestedingAanpassen.Bijwerken(a, nu);
        if (a.Vorm == Procedurevorm.OpenHouse)
        {
            return Weigering.Geheel("kluis.open-house", "Een Open House-procedure heeft geen kluis: aanmeldingen worden doorlopend beoordeeld.");
        }

        return a.Sluitingsmoment is not { } deadline || nu < deadline
            ? Weigering.Geheel("kluis.nog-dicht", $"De kluis gaat pas open na de uiterste inschrijfdatum{(a.Sluitingsmoment is { } d ? $" ({NlFormat.DatumTijd(d)})" : "")}.")
            : null;
    }
}
