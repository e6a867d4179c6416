using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Data;
using Zorginkoop.Inschrijvingen;

namespace Zorginkoop.Gunning;

/// <summary>Records the consensus score of a bid on a criterion, by an assessor who submitted, once enough have.</summary>
public static class ConsensusVastleggen
{
    public sealed record Gegevens(int InschrijvingId, int CriteriumId, int? Waarde, string? Motivatie);

    public static async Task<Weigering?> HandleAsync(ZorginkoopDbContext db, Kluis kluis, Aanbesteding a, Gegevens g, string wie, DateTimeOffset nu, CancellationToken ct = default)
    {
        var (inschrijvingId, criteriumId, waarde, motivatie) = g;
        var (_, criteria, weigering) = await Beoordelen.VoorbereidAsync(db, kluis, a, inschrijvingId, ct);
        if (weigering is not null)
        {
            return weigering;
        }

        var c = criteria.SingleOrDefault(x => x.Id == criteriumId);
        var ingediend = await db.Beoordelingen.Where(b => b.InschrijvingId == inschrijvingId && b.IngediendOp != null).Select(b => b.Beoordelaar).ToListAsync(ct);
        weigering = (c is null ? new Weigering("beoordeling.criterium-onbekend", Beoordelen.CriteriumId, "Dit criterium hoort niet bij deze inschrijving.") : null)
            ?? (!ingediend.Contains(wie)
                ? Weigering.Geheel("beoordeling.consensus-zonder-eigen-beoordeling", "Alleen een beoordelaar die zijn eigen beoordeling van deze inschrijving heeft ingediend, legt de consensus vast.")
                : null)
            ?? (ingediend.Count < Beoordelen.MinimumBeoordelaars
                ? Weigering.Geheel("beoordeling.consensus-te-weinig-beoordelaars", $"Consensus kan pas als ten minste {Beoordelen.MinimumBeoordelaars} beoordelaars hun beoordeling hebben ingediend (nu {ingediend.Count}).")
                : null)
            ?? (waarde is not { } w || w < 0 || w > c!.SchaalMax
                ? new Weigering("beoordeling.score-buiten-schaal", Beoordelen.Waarde, c!.Soort == CriteriumSoort.Eis ? "Kies voldoet of voldoet niet." : $"De score ligt tussen 0 en {c.SchaalMax}.")
                : null)
            ?? (string.IsNullOrWhiteSpace(motivatie) ? new Weigering("beoordeling.motivering-ontbreekt", Beoordelen.Motivatie, "Motiveer de consensusscore: de motivering komt in de gunningsbrieven.") : null)
            ?? (motivatie!.Length > Beoordelen.MaxMotivatie ? new Weigering("beoordeling.motivering-te-lang", Beoordelen.Motivatie, $"De motivering is ten hoogste {Beoordelen.MaxMotivatie} tekens.") : null);
        if (weigering is not null)
        {
            return weigering;
        }

        var bestaand = await db.Consensusscores.SingleOrDefaultAsync(s => s.InschrijvingId == inschrijvingId && s.CriteriumId == criteriumId, ct);
        if (bestaand is null)
        {
            db.Consensusscores.Add(bestaand = new Consensusscore { AanbestedingId = a.Id, InschrijvingId = inschrijvingId, CriteriumId = criteriumId, Motivatie = "", Door = wie });
        }

        bestaand.Waarde = waarde!.Value;
        bestaand.Motivatie = motivatie!.Trim();
        bestaand.Door = wie;
        bestaand.Moment = nu;
        await db.SaveChangesAsync(ct);
        return null;
    }
}
