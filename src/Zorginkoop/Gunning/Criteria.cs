using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Data;

namespace Zorginkoop.Gunning;

/// <summary>
/// The criteria of a procedure. Set while it is a concept: bidders must know the criteria and their weights before
/// they bid (Aanbestedingswet 2.114–2.115), so a published procedure's criteria are fixed.
/// </summary>
public static class Criteria
{
    public const int MaxNaam = 300;

    /// <summary>The fields a refusal names: those of a new criterion, and the tie rule.</summary>
    public const string Soort = "Soort", Naam = "Naam", Weging = "Weging", SchaalMax = "SchaalMax", PerceelNummer = "PerceelNummer", Regel = "Regel";

    public static Task<List<Criterium>> VanAsync(ZorginkoopDbContext db, int aanbestedingId, CancellationToken ct = default) =>
        db.Criteria.AsNoTracking().Where(c => c.AanbestedingId == aanbestedingId).OrderBy(c => c.Volgorde).ThenBy(c => c.Id).ToListAsync(ct);

    /// <summary>The procedure's award file (tie rule, quality final); made on first use.</summary>
    public static async Task<Gunningsdossier> DossierAsync(ZorginkoopDbContext db, int aanbestedingId, CancellationToken ct = default)
    {
        var d = await db.Gunningsdossiers.SingleOrDefaultAsync(x => x.AanbestedingId == aanbestedingId, ct);
        if (d is null)
        {
            d = new Gunningsdossier { AanbestedingId = aanbestedingId };
            db.Gunningsdossiers.Add(d);
        }

        return d;
    }

    public static async Task<Weigering?> VerwijderenAsync(ZorginkoopDbContext db, Aanbesteding a, int criteriumId, CancellationToken ct = default)
    {
        var weigering = Wijzigbaar(a);
        if (weigering is not null)
        {
            return weigering;
        }

        var c = await db.Criteria.SingleOrDefaultAsync(x => x.Id == criteriumId && x.AanbestedingId == a.Id, ct);
        if (c is null)
        {
            return Weigering.Geheel("criteria.criterium-onbekend", "Dit criterium bestaat niet (meer).");
        }

        db.Criteria.Remove(c);
        await db.SaveChangesAsync(ct);
        return null;
    }

    public static async Task<Weigering?> GelijkspelregelZettenAsync(ZorginkoopDbContext db, Aanbesteding a, Gelijkspelregel regel, CancellationToken ct = default)
    {
        var weigering = Wijzigbaar(a) ?? (!Enum.IsDefined(regel) ? new Weigering("criteria.gelijkspelregel-onbekend", Regel, "Kies een regel voor een gelijke stand.") : null);
        if (weigering is not null)
        {
            return weigering;
        }

        (await DossierAsync(db, a.Id, ct)).Gelijkspelregel = regel;
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>
    /// What publishing needs of the criteria: where a lot has award criteria, their weights add up to 100. Null when
    /// fine (also when there are no criteria yet: a procedure may state them in its documents only). Its code is older
    /// than the other codes of this class: a refused publication returns it through the API, so it stays as it is.
    /// </summary>
    public static Weigering? Volledig(Aanbesteding a, IReadOnlyList<Criterium> criteria)
    {
        foreach (var p in a.Percelen.OrderBy(p => p.Nummer))
        {
            var gewogen = criteria.Where(c => c.Soort != CriteriumSoort.Eis && c.GeldtVoor(p.Nummer)).ToList();
            if (gewogen.Count > 0 && gewogen.Sum(c => c.Weging) != 100)
            {
                return Weigering.Geheel("gunning.criteria-onvolledig",
                    $"De wegingen van de gunningscriteria van perceel {p.Nummer} tellen op tot {gewogen.Sum(c => c.Weging)} punten; dat moet 100 zijn.");
            }
        }

        return null;
    }

    internal static bool Overlapt(int? a, int? b) => a is null || b is null || a == b;

    internal static Weigering? Wijzigbaar(Aanbesteding a) => a.Status == AanbestedingStatus.Concept
        ? null
        : Weigering.Geheel("criteria.vastgelegd", "De criteria liggen vast zodra de aanbesteding is gepubliceerd: inschrijvers moeten ze vooraf kennen (Aanbestedingswet 2.114).");
}
