using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;

namespace Zorginkoop.Inkooptrajecten;

/// <summary>Sets a phase's status, dates and summary; an active or finished phase has its dates (<see cref="InkooptrajectRegels"/>).</summary>
public static class FaseBijwerken
{
    /// <summary>The refusal code when the trajectory or the item does not exist: the API answers 404.</summary>
    public const string NietGevonden = "fase.niet-gevonden";

    public sealed record Gegevens(FaseStatus Status, DateOnly? Van, DateOnly? Tot, string? Samenvatting);

    public static async Task<Resultaat<Fase>> HandleAsync(ZorginkoopDbContext db, int trajectId, int nummer, Gegevens g, CancellationToken ct = default)
    {
        var fase = !Enum.IsDefined((FaseSoort)nummer) ? null
            : await db.Fasen.SingleOrDefaultAsync(f => f.InkooptrajectId == trajectId && f.Soort == (FaseSoort)nummer, ct);
        if (fase is null)
        {
            return Resultaat.Geweigerd<Fase>(Weigering.Geheel(NietGevonden, $"Inkooptraject {trajectId} heeft geen fase {nummer} (fasen zijn 1 tot en met 4)."));
        }

        var kandidaat = new Fase { Soort = fase.Soort, Status = g.Status, Van = g.Van, Tot = g.Tot, Samenvatting = string.IsNullOrWhiteSpace(g.Samenvatting) ? null : g.Samenvatting.Trim() };
        var weigeringen = InkooptrajectRegels.Valideer(kandidaat);
        if (weigeringen.Count > 0)
        {
            return Resultaat.Geweigerd<Fase>(weigeringen);
        }

        (fase.Status, fase.Van, fase.Tot, fase.Samenvatting) = (kandidaat.Status, kandidaat.Van, kandidaat.Tot, kandidaat.Samenvatting);
        await db.SaveChangesAsync(ct);
        return Resultaat.Goed(fase);
    }
}
