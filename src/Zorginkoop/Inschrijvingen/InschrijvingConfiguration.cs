using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

using Zorginkoop.Data;

namespace Zorginkoop.Inschrijvingen;

internal sealed class InschrijvingConfiguration : IEntityTypeConfiguration<Inschrijving>
{
    public void Configure(EntityTypeBuilder<Inschrijving> b)
    {
        b.ToTable("Inschrijvingen");
        // One bid per provider per procedure: two simultaneous first submissions cannot make two.
        b.HasIndex(i => new { i.AanbestedingId, i.ZorgaanbiederId }).IsUnique();
        b.HasIndex(i => i.ZorgaanbiederId);
        b.HasOne<Aanbestedingen.Aanbesteding>().WithMany().HasForeignKey(i => i.AanbestedingId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Catalogus.Zorgaanbieder>().WithMany().HasForeignKey(i => i.ZorgaanbiederId).OnDelete(DeleteBehavior.Restrict);
        b.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(i => i.Versie).IsConcurrencyToken();
        b.Property(i => i.Sleutel).HasMaxLength(1024);
        b.Property(i => i.Ontvangstbewijs).HasMaxLength(64);
        b.Property(i => i.IngediendOp).AsTicks();
        b.Property(i => i.Gewijzigd).AsTicks();
        b.HasMany(i => i.Bestanden).WithOne().HasForeignKey(f => f.InschrijvingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InschrijvingBestandConfiguration : IEntityTypeConfiguration<InschrijvingBestand>
{
    public void Configure(EntityTypeBuilder<InschrijvingBestand> b)
    {
        b.ToTable("InschrijvingBestanden");
        b.Property(f => f.Opslagnaam).HasMaxLength(36);
        b.HasIndex(f => f.Opslagnaam).IsUnique();
        b.Property(f => f.Sha256).HasMaxLength(64);
        b.Property(f => f.NaamVersleuteld).HasMaxLength(1024);
        b.Property(f => f.Moment).AsTicks();
        b.HasOne<Inschrijvingseis>().WithMany().HasForeignKey(f => f.EisId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class OntvangstbewijsConfiguration : IEntityTypeConfiguration<Ontvangstbewijs>
{
    public void Configure(EntityTypeBuilder<Ontvangstbewijs> b)
    {
        b.ToTable("Ontvangstbewijzen");
        b.Property(o => o.Sha256).HasMaxLength(64);
        b.HasIndex(o => o.Sha256);
        b.HasIndex(o => new { o.InschrijvingId, o.Versie }).IsUnique();
        b.Property(o => o.Moment).AsTicks();
        b.Property(o => o.OpgeslagenOp).AsTicks();
        b.HasOne<Inschrijving>().WithMany().HasForeignKey(o => o.InschrijvingId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class InschrijvingseisConfiguration : IEntityTypeConfiguration<Inschrijvingseis>
{
    public void Configure(EntityTypeBuilder<Inschrijvingseis> b)
    {
        b.ToTable("Inschrijvingseisen");
        b.Property(e => e.Soort).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Tekst).HasMaxLength(1000);
        b.HasIndex(e => new { e.AanbestedingId, e.Volgorde });
        b.HasOne<Aanbestedingen.Aanbesteding>().WithMany().HasForeignKey(e => e.AanbestedingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class KluisOpeningConfiguration : IEntityTypeConfiguration<KluisOpening>
{
    public void Configure(EntityTypeBuilder<KluisOpening> b)
    {
        b.ToTable("KluisOpeningen");
        b.Ignore(k => k.IsOpen);
        // One opening per procedure; its request and confirmation are two updates of the same row.
        b.HasIndex(k => k.AanbestedingId).IsUnique();
        b.Property(k => k.AangevraagdDoor).HasMaxLength(256);
        b.Property(k => k.BevestigdDoor).HasMaxLength(256);
        b.Property(k => k.AangevraagdOp).AsTicks();
        b.Property(k => k.BevestigdOp).AsTicks().IsConcurrencyToken();
        b.HasOne<Aanbestedingen.Aanbesteding>().WithMany().HasForeignKey(k => k.AanbestedingId).OnDelete(DeleteBehavior.Restrict);
    }
}
