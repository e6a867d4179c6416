using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zorginkoop.Audit;
using Zorginkoop.Catalogus;

namespace Zorginkoop.Aanbestedingen;

/// <summary>A procurement procedure: its kind, dates and state. Every change of state goes through <see cref="Levenscyclus"/>.</summary>
public class Aanbesteding : IAudited
{
    public int Id { get; set; }
    public int RegioId { get; set; }
    public Regio? Regio { get; set; }
    public required string Naam { get; set; }
    public string? Omschrijving { get; set; }
    public Procedurevorm Vorm { get; set; }
    public AanbestedingStatus Status { get; set; } = AanbestedingStatus.Concept;

    /// <summary>TenderNed reference: "TN" followed by digits, e.g. TN469379.</summary>
    public string? TenderNedKenmerk { get; set; }
    public DateOnly? Publicatiedatum { get; set; }
    public DateTimeOffset? VragenDeadline { get; set; }

    /// <summary>Uiterste inschrijfdatum (for Open House: the closing date of admission), an instant in UTC.</summary>
    public DateTimeOffset? Sluitingsmoment { get; set; }
    public DateOnly? GeplandeGunning { get; set; }
    public DateOnly? ContractStart { get; set; }
    public DateOnly? ContractEinde { get; set; }

    /// <summary>Extension options as written in the procedure, e.g. "2 × 1 jaar".</summary>
    public string? Verlengingsopties { get; set; }
    public DateTimeOffset? StandstillEinde { get; set; }

    /// <summary>The trajectory this procedure comes from, if any.</summary>
    public int? InkooptrajectId { get; set; }
    public Inkooptrajecten.Inkooptraject? Inkooptraject { get; set; }

    /// <summary>For a re-opening: the finally awarded procedure it re-opens products of.</summary>
    public int? HeropeningVanId { get; set; }
    public Aanbesteding? HeropeningVan { get; set; }
    public List<Aanbesteding> Heropeningen { get; set; } = [];

    /// <summary>At most this many awards per lot (e.g. "max 20"); starts from the kind's bundle.</summary>
    public int? MaxGunningenPerPerceel { get; set; }

    /// <summary>Calendar days between provisional and final award; at least the kind's minimum.</summary>
    public int StandstillDagen { get; set; }

    public List<Overgang> Overgangen { get; set; } = [];
    public List<Perceel> Percelen { get; set; } = [];
    public List<Rectificatie> Rectificaties { get; set; } = [];
    public List<Documenten.Document> Documenten { get; set; } = [];

    /// <summary>The regions that take part besides the owner (a joint procedure); empty for most.</summary>
    public List<Deelname> Deelnames { get; set; } = [];

    /// <summary>The owner and the participants: the regions whose employees work on it and whose municipalities it covers.</summary>
    public IReadOnlyList<int> RegioIds => [RegioId, .. Deelnames.Select(d => d.RegioId)];

    /// <summary>The kind's bundle with this procedure's own maximum and standstill.</summary>
    public ProcedureInstellingen Instellingen => ProcedureInstellingen.Voor(Vorm) with
    {
        MaxGunningenPerPerceel = MaxGunningenPerPerceel,
        StandstillDagen = StandstillDagen,
    };

    public AanbestedingStand Stand => new(Status, Vorm, Sluitingsmoment, ContractStart, StandstillEinde, Instellingen, Percelen.Count);

    /// <summary>A new concept of the given kind, with the kind's settings.</summary>
    public static Aanbesteding Nieuw(int regioId, string naam, Procedurevorm vorm)
    {
        var bundel = ProcedureInstellingen.Voor(vorm);
        return new Aanbesteding
        {
            RegioId = regioId,
            Naam = naam,
            Vorm = vorm,
            MaxGunningenPerPerceel = bundel.MaxGunningenPerPerceel,
            StandstillDagen = bundel.StandstillDagen,
        };
    }
}

/// <summary>One step of the lifecycle: who, when, which event, from which state to which, and why.</summary>
public class Overgang : IAudited
{
    public int Id { get; set; }
    public int AanbestedingId { get; set; }
    public Gebeurtenis Gebeurtenis { get; set; }
    public AanbestedingStatus Van { get; set; }
    public AanbestedingStatus Naar { get; set; }
    public DateTimeOffset Moment { get; set; }
    public required string Wie { get; set; }
    public string? Reden { get; set; }
}

internal sealed class AanbestedingConfiguration : IEntityTypeConfiguration<Aanbesteding>
{
    public void Configure(EntityTypeBuilder<Aanbesteding> b)
    {
        b.Ignore(a => a.Stand);
        b.Property(a => a.Naam).HasMaxLength(300);
        b.Property(a => a.Omschrijving).HasMaxLength(4000);
        b.Property(a => a.TenderNedKenmerk).HasMaxLength(20);
        b.Property(a => a.Verlengingsopties).HasMaxLength(200);
        b.Property(a => a.Vorm).HasConversion<string>().HasMaxLength(30);
        b.Property(a => a.Status).HasConversion<string>().HasMaxLength(30);
        // SQLite cannot compare DateTimeOffset in SQL; instants are stored as UTC ticks on every provider.
        b.Property(a => a.VragenDeadline).HasConversion(m => m!.Value.UtcTicks, t => new DateTimeOffset(t, TimeSpan.Zero));
        b.Property(a => a.Sluitingsmoment).HasConversion(m => m!.Value.UtcTicks, t => new DateTimeOffset(t, TimeSpan.Zero));
        b.Property(a => a.StandstillEinde).HasConversion(m => m!.Value.UtcTicks, t => new DateTimeOffset(t, TimeSpan.Zero));
        b.Ignore(a => a.Instellingen);
        b.Ignore(a => a.RegioIds);
        b.HasMany(a => a.Deelnames).WithOne().HasForeignKey(d => d.AanbestedingId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(a => a.TenderNedKenmerk);
        b.HasOne(a => a.Inkooptraject).WithMany().HasForeignKey(a => a.InkooptrajectId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(a => a.HeropeningVan).WithMany(a => a.Heropeningen).HasForeignKey(a => a.HeropeningVanId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(a => a.Percelen).WithOne().HasForeignKey(p => p.AanbestedingId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(a => a.Rectificaties).WithOne().HasForeignKey(r => r.AanbestedingId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(a => a.Status);
        b.HasOne(a => a.Regio).WithMany().HasForeignKey(a => a.RegioId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(a => a.Overgangen).WithOne().HasForeignKey(o => o.AanbestedingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OvergangConfiguration : IEntityTypeConfiguration<Overgang>
{
    public void Configure(EntityTypeBuilder<Overgang> b)
    {
        b.Property(o => o.Gebeurtenis).HasConversion<string>().HasMaxLength(30);
        b.Property(o => o.Van).HasConversion<string>().HasMaxLength(30);
        b.Property(o => o.Naar).HasConversion<string>().HasMaxLength(30);
        b.Property(o => o.Moment).HasConversion(m => m.UtcTicks, t => new DateTimeOffset(t, TimeSpan.Zero));
        b.Property(o => o.Wie).HasMaxLength(256);
        b.Property(o => o.Reden).HasMaxLength(2000);
    }
}
