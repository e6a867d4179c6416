using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Data;
using Zorginkoop.Inschrijvingen;

namespace Zorginkoop.Gunning;

/// <summary>Asks a bidder to repair a missing document for one requirement, within a term of at most a set number of days (a herstelverzoek).</summary>
public static class HerstelVragen
{
    public sealed record Gegevens(int InschrijvingId, int EisId, string? Toelichting, DateTimeOffset Termijn);

    public static async Task<Weigering?> HandleAsync(ZorginkoopDbContext db, Aanbesteding a, Gegevens g, string wie, DateTimeOffset nu, CancellationToken ct = default)
    {
        var (inschrijvingId, eisId, toelichting, termijn) = g;
        toelichting = toelichting?.Trim();
        var (inschrijvingen, weigering) = await Beoordelen.InschrijvingenAsync(db, a, ct);
        var i = inschrijvingen.SingleOrDefault(x => x.Id == inschrijvingId);
        var eis = await db.Inschrijvingseisen.AsNoTracking().SingleOrDefaultAsync(e => e.Id == eisId && e.AanbestedingId == a.Id, ct);
        weigering ??= (a.Status != AanbestedingStatus.InBeoordeling
                ? Weigering.Geheel("herstel.niet-in-beoordeling", $"Herstel kan alleen tijdens de beoordeling; de aanbesteding is {a.Status.Naam()}.") : null)
            ?? (await db.Gunningsdossiers.AnyAsync(d => d.AanbestedingId == a.Id && d.KwaliteitDefinitiefOp != null, ct)
                ? Weigering.Geheel("herstel.kwaliteit-definitief", "De kwaliteitsscores zijn definitief; herstel kan alleen daarvóór.") : null)
            ?? (i is null ? Weigering.Geheel("herstel.inschrijving-onbekend", "Deze inschrijving is er niet (of niet ingediend).") : null)
            ?? (eis is null || eis.Soort != EisSoort.Bestand
                ? new Weigering("herstel.geen-bestandseis", Herstel.EisId, "Herstel vraagt een bestand bij een bestandseis van deze aanbesteding.") : null)
            ?? (await db.Herstelverzoeken.AnyAsync(h => h.InschrijvingId == inschrijvingId && h.EisId == eisId, ct)
                ? new Weigering("herstel.al-gevraagd", Herstel.EisId, "Voor dit document is al een herstelverzoek gedaan; een tweede kans geeft één inschrijver voordeel boven de anderen.") : null)
            ?? (string.IsNullOrEmpty(toelichting) || toelichting.Length > 2000
                ? new Weigering("herstel.toelichting-ongeldig", Herstel.Toelichting, "Beschrijf wat de inschrijver moet aanleveren (ten hoogste 2000 tekens).") : null)
            ?? (termijn <= nu || termijn > nu.AddDays(Herstel.MaxDagen)
                ? new Weigering("herstel.termijn-buiten-bereik", Herstel.Termijn, $"De termijn ligt na nu en ten hoogste {Herstel.MaxDagen} dagen later.") : null);
        if (weigering is not null)
        {
            return weigering;
        }

        db.Herstelverzoeken.Add(new Herstelverzoek
        {
            AanbestedingId = a.Id,
            InschrijvingId = i!.Id,
            ZorgaanbiederId = i.ZorgaanbiederId,
            EisId = eisId,
            Toelichting = toelichting!,
            Termijn = termijn,
            GevraagdDoor = wie,
            GevraagdOp = nu,
        });
        await db.SaveChangesAsync(ct);
        return null;
    }
}
