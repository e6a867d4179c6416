using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Data;
using Zorginkoop.Inschrijvingen;

namespace Zorginkoop.Gunning;

/// <summary>
/// Draws lots among the bids whose tie decides who is awarded on a lot: a cryptographic shuffle, recorded with who
/// drew and who witnessed. One draw per lot (unique index): nobody can draw again until the result suits.
/// </summary>
public static class LotingTrekken
{
    public sealed record Gegevens(int Perceel, string? Getuige);

    public static async Task<Weigering?> HandleAsync(ZorginkoopDbContext db, Kluis kluis, Aanbesteding a, Gegevens g, string wie, DateTimeOffset nu, CancellationToken ct = default)
    {
        var (perceel, getuige) = g;
        getuige = getuige?.Trim();
        if (string.IsNullOrEmpty(getuige) || getuige.Length > 300)
        {
            return new Weigering("gunning.getuige-ongeldig", Gunnen.Getuige, "Vul de naam in van wie de loting bijwoont (de getuige), ten hoogste 300 tekens.");
        }

        if (a.Status != AanbestedingStatus.InBeoordeling)
        {
            return Weigering.Geheel("gunning.niet-in-beoordeling", $"Loten kan alleen tijdens de beoordeling; de aanbesteding is {a.Status.Naam()}.");
        }

        var (uitslag, weigering) = await Gunnen.UitslagAsync(db, kluis, a, ct);
        if (weigering is not null)
        {
            return weigering;
        }

        var lot = uitslag.SingleOrDefault(u => u.PerceelNummer == perceel);
        if (lot is null || lot.LotingNodig.Count == 0)
        {
            return new Weigering("gunning.loting-niet-nodig", Gunnen.Perceel, $"Op perceel {perceel} is geen loting nodig: geen gelijke stand bepaalt wie wordt gegund.");
        }

        var volgorde = lot.LotingNodig.ToArray();
        RandomNumberGenerator.Shuffle(volgorde.AsSpan());
        db.Lotingen.Add(new Loting
        {
            AanbestedingId = a.Id,
            PerceelNummer = perceel,
            Volgorde = string.Join(',', volgorde),
            Door = wie,
            Getuige = getuige,
            Moment = nu,
        });
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateException e) when (!DatabaseBusy.Is(e))
        {
            db.ChangeTracker.Clear();
            return Weigering.Geheel("gunning.al-geloot", "Voor dit perceel is zojuist al geloot.");
        }
    }
}
