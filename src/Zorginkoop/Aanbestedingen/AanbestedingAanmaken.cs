using Zorginkoop.Data;

namespace Zorginkoop.Aanbestedingen;

/// <summary>Creates a procedure as a concept of one region: nothing of it is public until it is published.</summary>
public static class AanbestedingAanmaken
{
    public sealed record Gegevens(int RegioId, Voorwaarden Voorwaarden);

    public static async Task<Resultaat<Aanbesteding>> HandleAsync(ZorginkoopDbContext db, Gegevens g, CancellationToken ct = default)
    {
        var v = g.Voorwaarden.Genormaliseerd();
        var weigeringen = AanbestedingRegels.Valideer(v).ToList();
        weigeringen.AddRange(await AanbestedingWijzigen.InkooptrajectFoutAsync(db, g.RegioId, v.InkooptrajectId, ct));
        if (weigeringen.Count > 0)
        {
            return Resultaat.Geweigerd<Aanbesteding>(weigeringen);
        }

        var a = Aanbesteding.Nieuw(g.RegioId, v.Naam, v.Vorm);
        v.PasToeOp(a);
        db.Aanbestedingen.Add(a);
        await db.SaveChangesAsync(ct);
        return Resultaat.Goed(a);
    }
}
