using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;

namespace Zorginkoop.Inkooptrajecten;

/// <summary>Writes a dated update of a trajectory or corrects one; <see cref="Voortgangsbericht.Bijgewerkt"/> is the request's moment (the feed's "updated").</summary>
public static class VoortgangsberichtOpslaan
{
    /// <summary>The refusal code when the trajectory or the item does not exist: the API answers 404.</summary>
    public const string NietGevonden = "bericht.niet-gevonden";

    public sealed record Gegevens(DateOnly? Datum, string? Titel, string? Tekst);

    public static async Task<Resultaat<Voortgangsbericht>> HandleAsync(
        ZorginkoopDbContext db, int trajectId, int? berichtId, Gegevens g, DateTimeOffset nu, CancellationToken ct = default)
    {
        var bestaand = berichtId is null ? null : await db.Voortgangsberichten.SingleOrDefaultAsync(b => b.Id == berichtId && b.InkooptrajectId == trajectId, ct);
        if ((berichtId is not null && bestaand is null) || !await db.Inkooptrajecten.AnyAsync(t => t.Id == trajectId, ct))
        {
            return Resultaat.Geweigerd<Voortgangsbericht>(Weigering.Geheel(NietGevonden, "Deze update of dit inkooptraject bestaat niet (meer)."));
        }

        var kandidaat = new Voortgangsbericht { InkooptrajectId = trajectId, Titel = g.Titel?.Trim() ?? "", Tekst = g.Tekst?.Trim() ?? "", Bijgewerkt = nu };
        var weigeringen = new List<Weigering>();
        if (g.Datum is null)
        {
            weigeringen.Add(new("bericht.datum-ontbreekt", nameof(g.Datum), "Vul de datum van de update in."));
        }

        weigeringen.AddRange(InkooptrajectRegels.Valideer(kandidaat));
        if (weigeringen.Count > 0)
        {
            return Resultaat.Geweigerd<Voortgangsbericht>(weigeringen);
        }

        var b = bestaand ?? kandidaat;
        (b.Datum, b.Titel, b.Tekst, b.Bijgewerkt) = (g.Datum!.Value, kandidaat.Titel, kandidaat.Tekst, nu);
        if (bestaand is null)
        {
            db.Voortgangsberichten.Add(b);
        }

        await db.SaveChangesAsync(ct);
        return Resultaat.Goed(b);
    }
}
