using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Data;
using Zorginkoop.Inschrijvingen;

namespace Zorginkoop.Gunning;

/// <summary>Records an objection or summary proceedings against the provisional award; it blocks the final award.</summary>
public static class BezwaarIndienen
{
    public sealed record Gegevens(int? ZorgaanbiederId, BezwaarSoort Soort, string? Omschrijving);

    public static async Task<Weigering?> HandleAsync(ZorginkoopDbContext db, Aanbesteding a, Gegevens g, string wie, DateTimeOffset nu, CancellationToken ct = default)
    {
        var (zorgaanbiederId, soort, omschrijving) = g;
        omschrijving = omschrijving?.Trim();
        var weigering = (a.Status != AanbestedingStatus.VoorlopigGegund
                ? Weigering.Geheel("gunning.bezwaar-niet-voorlopig-gegund", $"Bezwaar tegen de gunning wordt vastgelegd na de voorlopige gunning; de aanbesteding is {a.Status.Naam()}.")
                : null)
            ?? (!Enum.IsDefined(soort) ? new Weigering("gunning.bezwaar-soort-onbekend", Gunnen.Soort, "Kies bezwaar of kort geding.") : null)
            ?? (string.IsNullOrEmpty(omschrijving) ? new Weigering("gunning.bezwaar-omschrijving-ontbreekt", Gunnen.Omschrijving, "Beschrijf het bezwaar.") : null)
            ?? (omschrijving!.Length > Gunnen.MaxTekst ? new Weigering("gunning.bezwaar-omschrijving-te-lang", Gunnen.Omschrijving, $"De omschrijving is ten hoogste {Gunnen.MaxTekst} tekens.") : null)
            ?? (zorgaanbiederId is { } z && !await db.Gunningsbesluiten.AnyAsync(b => b.AanbestedingId == a.Id && b.ZorgaanbiederId == z, ct)
                ? new Weigering("gunning.bezwaar-aanbieder-onbekend", Gunnen.ZorgaanbiederId, "Deze aanbieder heeft niet ingeschreven op deze aanbesteding.") : null);
        if (weigering is not null)
        {
            return weigering;
        }

        db.Bezwaren.Add(new Bezwaar { AanbestedingId = a.Id, ZorgaanbiederId = zorgaanbiederId, Soort = soort, Omschrijving = omschrijving!, IngediendOp = nu, GeregistreerdDoor = wie });
        await db.SaveChangesAsync(ct);
        return null;
    }
}
