using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Audit;
using Zorginkoop.Data;
using Zorginkoop.Formatting;
using Zorginkoop.Gunning;
using Zorginkoop.Inschrijvingen;

namespace Zorginkoop.Contracten;

public enum AanvraagStatus
{
    Ingediend = 1,
    Toegelaten = 2,
    Afgewezen = 3,
}

/// <summary>A provider's application for admission to an Open House procedure, for one or more lots.</summary>
public class Toelatingsaanvraag : IGeaudit
{
    public int Id { get; set; }
    public int AanbestedingId { get; set; }
    public int ZorgaanbiederId { get; set; }
    public Catalogus.Zorgaanbieder? Zorgaanbieder { get; set; }

    /// <summary>The lots applied for, by number, comma-separated.</summary>
    public required string Percelen { get; set; }
    public DateTimeOffset IngediendOp { get; set; }
    public required string IngediendDoor { get; set; }
    public AanvraagStatus Status { get; set; } = AanvraagStatus.Ingediend;
    public DateTimeOffset? BesluitOp { get; set; }
    public string? BesluitDoor { get; set; }
    public string? Reden { get; set; }

    public IReadOnlyList<int> PerceelNummers => [.. Percelen.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse)];
}

internal sealed class ToelatingsaanvraagConfiguration : IEntityTypeConfiguration<Toelatingsaanvraag>
{
    public void Configure(EntityTypeBuilder<Toelatingsaanvraag> b)
    {
        b.ToTable("Toelatingsaanvragen");
        b.Ignore(x => x.PerceelNummers);
        b.Property(x => x.Percelen).HasMaxLength(200);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.IngediendDoor).HasMaxLength(256);
        b.Property(x => x.BesluitDoor).HasMaxLength(256);
        b.Property(x => x.Reden).HasMaxLength(4000);
        b.Property(x => x.IngediendOp).AsTicks();
        b.Property(x => x.BesluitOp).AsTicks();
        b.HasIndex(x => new { x.AanbestedingId, x.Status });
        b.HasOne<Aanbesteding>().WithMany().HasForeignKey(x => x.AanbestedingId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Zorgaanbieder).WithMany().HasForeignKey(x => x.ZorgaanbiederId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>
/// Open House admission: during the contract period any provider may apply, declaring it meets the admission
/// requirements; an officer admits or rejects with reasons; admission makes a contract to the common end date.
/// There is no ranking and no maximum (the Falk Pharma rule, HvJ EU C-410/14). Admission closes a configurable time
/// before the contracts end, and a procedure without interim entry refuses applications with that reason.
/// </summary>
public static class Toelating
{
    /// <summary>Why admission is closed at <paramref name="nu"/>, or null when a provider may apply.</summary>
    public static Weigering? Gesloten(Aanbesteding a, ContractOptions opties, DateTimeOffset nu)
    {
        if (!a.Instellingen.TussentijdsToetreden)
        {
            return Weigering.Geheel("toelating.geen-toetreding", $"Tussentijds toetreden is niet mogelijk: {a.Naam} is een {a.Vorm.Naam()} zonder tussentijdse toetreding.");
        }

        if (a.Status is not (AanbestedingStatus.Gepubliceerd or AanbestedingStatus.LopendContract))
        {
            return Weigering.Geheel("toelating.niet-open", $"Aanmelden kan alleen zolang de toelating open is; de procedure is {a.Status.Naam()}.");
        }

        if (a.Sluitingsmoment is { } s && nu >= s)
        {
            return Weigering.Geheel("toelating.gesloten", $"De toelating is gesloten sinds {NlFormat.DatumTijd(s)}.");
        }

        if (a.ContractEinde is { } einde && NlFormat.DatumInAmsterdam(nu) > einde.AddMonths(-opties.ToelatingSluitMaandenVoorEinde))
        {
            return Weigering.Geheel("toelating.gesloten-voor-einde", $"De toelating sloot {opties.ToelatingSluitMaandenVoorEinde} maanden vóór het einde van de contracten ({NlFormat.Datum(einde)}), " +
                $"op {NlFormat.Datum(einde.AddMonths(-opties.ToelatingSluitMaandenVoorEinde))}.");
        }

        return null;
    }

    /// <summary>A provider applies for lots, confirming every admission requirement of those lots (by criterion id).</summary>
    public static async Task<Weigering?> AanvragenAsync(ZorginkoopDbContext db, Aanbesteding a, ContractOptions opties, int zorgaanbiederId,
        IReadOnlyCollection<int> percelen, IReadOnlyCollection<int> bevestigd, string wie, DateTimeOffset nu, CancellationToken ct = default)
    {
        var weigering = Gesloten(a, opties, nu)
            ?? (percelen.Count == 0 ? new Weigering("toelating.perceel-ontbreekt", "Percelen", "Kies ten minste één perceel.") : null)
            ?? (percelen.Where(p => a.Percelen.All(x => x.Nummer != p)).Select(p => (int?)p).FirstOrDefault() is { } onbekend ? new Weigering("toelating.perceel-onbekend", "Percelen", $"Perceel {onbekend} bestaat niet.") : null);
        if (weigering is not null)
        {
            return weigering;
        }

        var eisen = (await Criteria.VanAsync(db, a.Id, ct)).Where(c => c.Soort == CriteriumSoort.Eis && (c.PerceelNummer is null || percelen.Contains(c.PerceelNummer.Value))).ToList();
        var ontbrekend = eisen.Where(e => !bevestigd.Contains(e.Id)).Select(e => e.Naam).ToList();
        if (ontbrekend.Count > 0)
        {
            return new Weigering("toelating.eisen-niet-bevestigd", "Eisen", $"U wordt toegelaten als u aan alle toelatingseisen voldoet; nog niet bevestigd: {string.Join("; ", ontbrekend)}.");
        }

        if (await db.Toelatingsaanvragen.AnyAsync(t => t.AanbestedingId == a.Id && t.ZorgaanbiederId == zorgaanbiederId && t.Status == AanvraagStatus.Ingediend, ct))
        {
            return Weigering.Geheel("toelating.al-aangemeld", "U heeft al een aanmelding die wordt beoordeeld.");
        }

        var al = await db.Raamovereenkomsten.Where(c => c.AanbestedingId == a.Id && c.ZorgaanbiederId == zorgaanbiederId).Select(c => c.PerceelNummer).ToListAsync(ct);
        if (percelen.All(al.Contains))
        {
            return new Weigering("toelating.al-toegelaten", "Percelen", "U bent voor deze percelen al toegelaten.");
        }

        db.Toelatingsaanvragen.Add(new Toelatingsaanvraag
        {
            AanbestedingId = a.Id,
            ZorgaanbiederId = zorgaanbiederId,
            Percelen = string.Join(',', percelen.Except(al).Order()),
            IngediendOp = nu,
            IngediendDoor = wie,
        });
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>
    /// An officer admits (a contract per lot, from today or the contract start to the common end date) or rejects
    /// (a reason is required: it goes to the provider).
    /// </summary>
    public static async Task<Weigering?> BeslissenAsync(ZorginkoopDbContext db, Aanbesteding a, int aanvraagId, bool toelaten, string? reden,
        string wie, DateTimeOffset nu, CancellationToken ct = default)
    {
        reden = reden?.Trim();
        var t = await db.Toelatingsaanvragen.SingleOrDefaultAsync(x => x.Id == aanvraagId && x.AanbestedingId == a.Id, ct);
        var weigering = (t is null ? Weigering.Geheel("toelating.aanmelding-niet-gevonden", "Deze aanmelding bestaat niet.") : null)
            ?? (t!.Status != AanvraagStatus.Ingediend ? Weigering.Geheel("toelating.al-besloten", "Over deze aanmelding is al besloten.") : null)
            ?? (!toelaten && string.IsNullOrEmpty(reden) ? new Weigering("toelating.reden-ontbreekt", "Reden", "Afwijzen kan alleen met een reden; de aanbieder ontvangt haar.") : null)
            ?? (reden?.Length > Raamovereenkomsten.MaxTekst ? new Weigering("contract.reden-te-lang", "Reden", $"De reden is ten hoogste {Raamovereenkomsten.MaxTekst} tekens.") : null);
        if (weigering is not null)
        {
            return weigering;
        }

        t!.Status = toelaten ? AanvraagStatus.Toegelaten : AanvraagStatus.Afgewezen;
        t.BesluitOp = nu;
        t.BesluitDoor = wie;
        t.Reden = string.IsNullOrEmpty(reden) ? null : reden;
        if (toelaten)
        {
            var vandaag = NlFormat.DatumInAmsterdam(nu);
            var al = await db.Raamovereenkomsten.Where(c => c.AanbestedingId == a.Id && c.ZorgaanbiederId == t.ZorgaanbiederId).Select(c => c.PerceelNummer).ToListAsync(ct);
            foreach (var p in t.PerceelNummers.Except(al))
            {
                db.Raamovereenkomsten.Add(Raamovereenkomsten.Nieuw(a, p, t.ZorgaanbiederId, ContractHerkomst.Toelating, vandaag));
            }
        }

        await db.SaveChangesAsync(ct);
        return null;
    }
}
