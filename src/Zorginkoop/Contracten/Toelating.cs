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
public class Toelatingsaanvraag : IAudited
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

}
