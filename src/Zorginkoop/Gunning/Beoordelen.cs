using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Data;
using Zorginkoop.Inschrijvingen;

namespace Zorginkoop.Gunning;

/// <summary>A score as entered: empty when not yet given.</summary>
public sealed record Invoer(int? Waarde, string? Motivatie);

/// <summary>
/// Blind, independent scoring of the opened bids, then consensus, then quality final. An assessor's scores are hidden
/// from everyone else until that person has submitted their own assessment of the same bid; consensus is recorded by
/// an assessor who has submitted, once at least <see cref="MinimumBeoordelaars"/> have; once quality is final the price
/// parts may be opened (best price-quality ratio) and nothing of the quality scores changes any more.
/// </summary>
public static class Beoordelen
{
    /// <summary>Independent scoring means more than one pair of eyes per bid.</summary>
    public const int MinimumBeoordelaars = 2;

    public const int MaxMotivatie = 4000;

    /// <summary>The fields a refusal names: a score (its value or motivation) and the criterion of a consensus score.</summary>
    public const string Waarde = "Waarde", Motivatie = "Motivatie", CriteriumId = "CriteriumId";

    /// <summary>The submitted bids of the procedure, once its vault is open and assessment has started; else the reason why not.</summary>
    public static async Task<(List<Inschrijving> Inschrijvingen, Weigering? Weigering)> InschrijvingenAsync(ZorginkoopDbContext db, Aanbesteding a, CancellationToken ct = default)
    {
        if (!a.Instellingen.Rangschikking)
        {
            return ([], Weigering.Geheel("beoordeling.open-house", "Open House kent geen beoordeling met scores: aanmeldingen worden getoetst aan de toelatingseisen."));
        }

        if (!await KluisOpenen.IsOpenAsync(db, a.Id, ct))
        {
            return ([], Weigering.Geheel("beoordeling.kluis-dicht", "De kluis is nog niet geopend: beoordelen kan pas na de opening door twee inkopers."));
        }

        if (a.Status is AanbestedingStatus.InschrijvingGesloten)
        {
            return ([], Weigering.Geheel("beoordeling.niet-gestart", "De beoordeling is nog niet gestart (stap 'beoordeling starten')."));
        }

        var lijst = await db.Inschrijvingen.AsNoTracking()
            .Where(i => i.AanbestedingId == a.Id && i.Status == InschrijvingStatus.Ingediend).OrderBy(i => i.Id).ToListAsync(ct);
        return (lijst, null);
    }

    /// <summary>The criteria an assessor scores for this bid: requirements and quality criteria of the lots it bids on. Never price.</summary>
    public static IReadOnlyList<Criterium> TeScoren(IReadOnlyList<Criterium> criteria, IReadOnlyList<int> percelen) =>
        [.. criteria.Where(c => c.Soort != CriteriumSoort.Prijs && (c.PerceelNummer is null || percelen.Contains(c.PerceelNummer.Value)))];

    public static Task<Beoordeling?> EigenAsync(ZorginkoopDbContext db, int inschrijvingId, string wie, CancellationToken ct = default) =>
        db.Beoordelingen.Include(b => b.Scores).SingleOrDefaultAsync(b => b.InschrijvingId == inschrijvingId && b.Beoordelaar == wie, ct);

    /// <summary>
    /// The other assessors' assessments of a bid that <paramref name="wie"/> may see: none until their own is submitted
    /// (or quality is final); drafts of others never.
    /// </summary>
    public static async Task<IReadOnlyList<Beoordeling>> AnderenAsync(ZorginkoopDbContext db, int aanbestedingId, int inschrijvingId, string wie, CancellationToken ct = default)
    {
        var definitief = await db.Gunningsdossiers.AnyAsync(d => d.AanbestedingId == aanbestedingId && d.KwaliteitDefinitiefOp != null, ct);
        var eigenIngediend = await db.Beoordelingen.AnyAsync(b => b.InschrijvingId == inschrijvingId && b.Beoordelaar == wie && b.IngediendOp != null, ct);
        if (!definitief && !eigenIngediend)
        {
            return [];
        }

        return await db.Beoordelingen.AsNoTracking().Include(b => b.Scores)
            .Where(b => b.InschrijvingId == inschrijvingId && b.Beoordelaar != wie && b.IngediendOp != null).OrderBy(b => b.Beoordelaar).ToListAsync(ct);
    }

    /// <summary>Saves (a draft of) the assessor's own scores of one bid.</summary>
    public static async Task<Weigering?> BewaarAsync(ZorginkoopDbContext db, Kluis kluis, Aanbesteding a, int inschrijvingId, string wie,
        IReadOnlyDictionary<int, Invoer> invoer, CancellationToken ct = default)
    {
        var (i, criteria, weigering) = await VoorbereidAsync(db, kluis, a, inschrijvingId, ct);
        if (weigering is not null)
        {
            return weigering;
        }

        var eigen = await EigenAsync(db, inschrijvingId, wie, ct);
        if (eigen?.IsIngediend == true)
        {
            return Weigering.Geheel("beoordeling.al-ingediend", "U heeft uw beoordeling van deze inschrijving al ingediend; zij ligt vast.");
        }

        foreach (var (id, (waarde, motivatie)) in invoer)
        {
            var c = criteria.SingleOrDefault(x => x.Id == id);
            if (c is null)
            {
                return Weigering.Geheel("beoordeling.criterium-onbekend", "Een van de scores hoort niet bij een criterium van deze inschrijving.");
            }

            if (waarde is { } w && (w < 0 || w > c.SchaalMax))
            {
                return new Weigering("beoordeling.score-buiten-schaal", Waarde, c.Soort == CriteriumSoort.Eis
                    ? $"'{c.Naam}': kies voldoet of voldoet niet."
                    : $"'{c.Naam}': de score ligt tussen 0 en {c.SchaalMax}.");
            }

            if (motivatie?.Length > MaxMotivatie)
            {
                return new Weigering("beoordeling.motivering-te-lang", Motivatie, $"'{c.Naam}': de motivering is ten hoogste {MaxMotivatie} tekens.");
            }
        }

        if (eigen is null)
        {
            eigen = new Beoordeling { AanbestedingId = a.Id, InschrijvingId = i!.Id, Beoordelaar = wie };
            db.Beoordelingen.Add(eigen);
        }

        foreach (var (id, (waarde, motivatie)) in invoer)
        {
            var score = eigen.Scores.SingleOrDefault(s => s.CriteriumId == id);
            if (waarde is null)
            {
                if (score is not null)
                {
                    eigen.Scores.Remove(score);
                }

                continue;
            }

            if (score is null)
            {
                eigen.Scores.Add(score = new Score { CriteriumId = id });
            }

            score.Waarde = waarde.Value;
            score.Motivatie = string.IsNullOrWhiteSpace(motivatie) ? null : motivatie.Trim();
        }

        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Submits the assessor's own assessment: every criterion scored, every quality score motivated. Final from then on.</summary>
    public static async Task<Weigering?> IndienenAsync(ZorginkoopDbContext db, Kluis kluis, Aanbesteding a, int inschrijvingId, string wie, DateTimeOffset nu, CancellationToken ct = default)
    {
        var (_, criteria, weigering) = await VoorbereidAsync(db, kluis, a, inschrijvingId, ct);
        if (weigering is not null)
        {
            return weigering;
        }

        var eigen = await EigenAsync(db, inschrijvingId, wie, ct);
        if (eigen?.IsIngediend == true)
        {
            return Weigering.Geheel("beoordeling.al-ingediend", "U heeft uw beoordeling van deze inschrijving al ingediend.");
        }

        var ontbrekend = criteria.Where(c => eigen?.Scores.Any(s => s.CriteriumId == c.Id) != true).Select(c => c.Naam).ToList();
        if (ontbrekend.Count > 0)
        {
            return Weigering.Geheel("beoordeling.score-ontbreekt", $"Nog niet gescoord: {string.Join("; ", ontbrekend)}.");
        }

        var zonderMotivering = criteria.Where(c => c.Soort == CriteriumSoort.Kwaliteit && eigen!.Scores.Single(s => s.CriteriumId == c.Id).Motivatie is null)
            .Select(c => c.Naam).ToList();
        if (zonderMotivering.Count > 0)
        {
            return Weigering.Geheel("beoordeling.motivering-ontbreekt", $"Motiveer elke kwaliteitsscore; nog zonder motivering: {string.Join("; ", zonderMotivering)}.");
        }

        eigen!.IngediendOp = nu;
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>
    /// Makes the quality scores final: every submitted bid has a consensus score on every criterion it is judged on.
    /// From this moment the price parts may be opened, and no quality score changes.
    /// </summary>
    public static async Task<Weigering?> VaststellenAsync(ZorginkoopDbContext db, Kluis kluis, Aanbesteding a, string wie, DateTimeOffset nu, CancellationToken ct = default)
    {
        var (inschrijvingen, weigering) = await InschrijvingenAsync(db, a, ct);
        if (weigering is not null)
        {
            return weigering;
        }

        var dossier = await Criteria.DossierAsync(db, a.Id, ct);
        if (dossier.PrijsOpen)
        {
            return Weigering.Geheel("beoordeling.definitief", "De kwaliteitsscores zijn al definitief.");
        }

        if (inschrijvingen.Count == 0)
        {
            return Weigering.Geheel("beoordeling.geen-inschrijvingen", "Er zijn geen ingediende inschrijvingen om te beoordelen.");
        }

        var criteria = await Criteria.VanAsync(db, a.Id, ct);
        if (criteria.Count == 0)
        {
            return Weigering.Geheel("beoordeling.geen-criteria", "Deze aanbesteding heeft geen criteria; leg ze vast vóór publicatie.");
        }

        var consensus = await db.Consensusscores.Where(s => s.AanbestedingId == a.Id).Select(s => new { s.InschrijvingId, s.CriteriumId }).ToListAsync(ct);
        var ontbrekend = 0;
        foreach (var i in inschrijvingen)
        {
            var percelen = Inschrijven.LeesKwaliteit(kluis, i).Percelen;
            ontbrekend += TeScoren(criteria, percelen).Count(c => !consensus.Any(s => s.InschrijvingId == i.Id && s.CriteriumId == c.Id));
        }

        if (ontbrekend > 0)
        {
            return Weigering.Geheel("beoordeling.consensus-ontbreekt",
                $"Er ontbreken nog {ontbrekend} consensusscores; de kwaliteit is pas definitief als elke inschrijving op elk criterium een consensusscore heeft.");
        }

        dossier.KwaliteitDefinitiefOp = nu;
        dossier.KwaliteitDefinitiefDoor = wie;
        await db.SaveChangesAsync(ct);
        return null;
    }

    internal static async Task<(Inschrijving? Inschrijving, IReadOnlyList<Criterium> Criteria, Weigering? Weigering)> VoorbereidAsync(
        ZorginkoopDbContext db, Kluis kluis, Aanbesteding a, int inschrijvingId, CancellationToken ct)
    {
        var (inschrijvingen, weigering) = await InschrijvingenAsync(db, a, ct);
        if (weigering is not null)
        {
            return (null, [], weigering);
        }

        if (a.Status != AanbestedingStatus.InBeoordeling)
        {
            return (null, [], Weigering.Geheel("beoordeling.niet-in-beoordeling", $"De aanbesteding is {a.Status.Naam()}; scores liggen vast."));
        }

        if (await db.Gunningsdossiers.AnyAsync(d => d.AanbestedingId == a.Id && d.KwaliteitDefinitiefOp != null, ct))
        {
            return (null, [], Weigering.Geheel("beoordeling.definitief", "De kwaliteitsscores zijn definitief; er verandert niets meer aan."));
        }

        var i = inschrijvingen.SingleOrDefault(x => x.Id == inschrijvingId);
        if (i is null)
        {
            return (null, [], Weigering.Geheel("beoordeling.inschrijving-onbekend", "Deze inschrijving is er niet (of niet ingediend)."));
        }

        return (i, TeScoren(await Criteria.VanAsync(db, a.Id, ct), Inschrijven.LeesKwaliteit(kluis, i).Percelen), null);
    }
}
