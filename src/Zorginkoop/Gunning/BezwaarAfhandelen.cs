using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Data;

namespace Zorginkoop.Gunning;

/// <summary>Resolves an objection: ongegrond or ingetrokken lets the final award go ahead; gegrond keeps it blocked.</summary>
public static class BezwaarAfhandelen
{
    public sealed record Gegevens(int BezwaarId, BezwaarStatus Uitkomst, string? Toelichting);

    public static async Task<Weigering?> HandleAsync(ZorginkoopDbContext db, Aanbesteding a, Gegevens g, string wie, DateTimeOffset nu, CancellationToken ct = default)
    {
        var (bezwaarId, uitkomst, toelichting) = g;
        toelichting = toelichting?.Trim();
        var b = await db.Bezwaren.SingleOrDefaultAsync(x => x.Id == bezwaarId && x.AanbestedingId == a.Id, ct);
        var weigering = (b is null ? Weigering.Geheel("gunning.bezwaar-onbekend", "Dit bezwaar bestaat niet.") : null)
            ?? (b!.Status != BezwaarStatus.Lopend ? Weigering.Geheel("gunning.bezwaar-al-afgehandeld", $"Dit bezwaar is al afgehandeld ({b.Status.Naam()}).") : null)
            ?? (uitkomst is not (BezwaarStatus.Ongegrond or BezwaarStatus.Ingetrokken or BezwaarStatus.Gegrond)
                ? new Weigering("gunning.afhandeling-uitkomst-onbekend", Gunnen.Uitkomst, "Kies ongegrond, ingetrokken of gegrond.") : null)
            ?? (string.IsNullOrEmpty(toelichting) ? new Weigering("gunning.afhandeling-toelichting-ontbreekt", Gunnen.Toelichting, "Licht de afhandeling toe (bijvoorbeeld de uitspraak).") : null)
            ?? (toelichting!.Length > Gunnen.MaxTekst ? new Weigering("gunning.afhandeling-toelichting-te-lang", Gunnen.Toelichting, $"De toelichting is ten hoogste {Gunnen.MaxTekst} tekens.") : null);
        if (weigering is not null)
        {
            return weigering;
        }

        b!.Status = uitkomst;
        b.Afhandeling = toelichting;
        b.AfgehandeldOp = nu;
        b.AfgehandeldDoor = wie;
        await db.SaveChangesAsync(ct);
        return null;
    }
}
