using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;

namespace Zorginkoop.Inkooptrajecten;

/// <summary>Starts a trajectory in a region (with its four phases) or changes its name, domains, description and publicity.</summary>
public static class InkooptrajectOpslaan
{
    /// <param name="Regio">The region's code; only read for a new trajectory (a trajectory stays in its region).</param>
    public sealed record Gegevens(string? Regio, string? Naam, bool Jeugd, bool Wmo, string? Omschrijving, bool Openbaar);

    public static async Task<Resultaat<Inkooptraject>> HandleAsync(ZorginkoopDbContext db, int? id, Gegevens g, CancellationToken ct = default)
    {
        Inkooptraject? t;
        if (id is null)
        {
            var regio = await db.Regios.SingleOrDefaultAsync(r => r.Code == g.Regio, ct);
            if (regio is null)
            {
                return Resultaat.Geweigerd<Inkooptraject>(new Weigering("inkooptraject.regio-onbekend", nameof(g.Regio), "Kies de regio van het inkooptraject."));
            }

            t = Inkooptraject.Nieuw(regio.Id, "");
            t.Regio = regio;
        }
        else
        {
            t = await db.Inkooptrajecten.Include(x => x.Regio).SingleOrDefaultAsync(x => x.Id == id, ct);
            if (t is null)
            {
                return Resultaat.Geweigerd<Inkooptraject>(Weigering.Geheel("inkooptraject.niet-gevonden", $"Inkooptraject {id} bestaat niet (meer)."));
            }
        }

        var kandidaat = Inkooptraject.Nieuw(t.RegioId, g.Naam?.Trim() ?? "");
        (kandidaat.Jeugd, kandidaat.Wmo, kandidaat.Openbaar) = (g.Jeugd, g.Wmo, g.Openbaar);
        kandidaat.Omschrijving = string.IsNullOrWhiteSpace(g.Omschrijving) ? null : g.Omschrijving.Trim();
        var weigeringen = InkooptrajectRegels.Valideer(kandidaat);
        if (weigeringen.Count > 0)
        {
            return Resultaat.Geweigerd<Inkooptraject>(weigeringen);
        }

        (t.Naam, t.Jeugd, t.Wmo, t.Omschrijving, t.Openbaar) = (kandidaat.Naam, kandidaat.Jeugd, kandidaat.Wmo, kandidaat.Omschrijving, kandidaat.Openbaar);
        if (id is null)
        {
            db.Inkooptrajecten.Add(t);
        }

        await db.SaveChangesAsync(ct);
        return Resultaat.Goed(t);
    }
}
