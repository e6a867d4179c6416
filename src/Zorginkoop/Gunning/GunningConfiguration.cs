using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Data;
using Zorginkoop.Inschrijvingen;

namespace Zorginkoop.Gunning;

internal sealed class CriteriumConfiguration : IEntityTypeConfiguration<Criterium>
{
    public void Configure(EntityTypeBuilder<Criterium> b)
    {
        b.ToTable("Criteria");
        b.Property(c => c.Soort).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.Naam).HasMaxLength(300);
        b.Property(c => c.Omschrijving).HasMaxLength(2000);
        b.HasIndex(c => new { c.AanbestedingId, c.Volgorde });
        b.HasOne<Aanbesteding>().WithMany().HasForeignKey(c => c.AanbestedingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BeoordelingConfiguration : IEntityTypeConfiguration<Beoordeling>
{
    public void Configure(EntityTypeBuilder<Beoordeling> b)
    {
        b.ToTable("Beoordelingen");
        b.Ignore(x => x.IsIngediend);
        b.Property(x => x.Beoordelaar).HasMaxLength(256);
        b.Property(x => x.IngediendOp).AsTicks();
        // One assessment per assessor and bid.
        b.HasIndex(x => new { x.InschrijvingId, x.Beoordelaar }).IsUnique();
        b.HasIndex(x => x.AanbestedingId);
        b.HasOne<Inschrijving>().WithMany().HasForeignKey(x => x.InschrijvingId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Scores).WithOne().HasForeignKey(s => s.BeoordelingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ScoreConfiguration : IEntityTypeConfiguration<Score>
{
    public void Configure(EntityTypeBuilder<Score> b)
    {
        b.ToTable("Scores");
        b.Property(s => s.Motivatie).HasMaxLength(4000);
        b.HasIndex(s => new { s.BeoordelingId, s.CriteriumId }).IsUnique();
        b.HasOne<Criterium>().WithMany().HasForeignKey(s => s.CriteriumId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ConsensusscoreConfiguration : IEntityTypeConfiguration<Consensusscore>
{
    public void Configure(EntityTypeBuilder<Consensusscore> b)
    {
        b.ToTable("Consensusscores");
        b.Property(s => s.Motivatie).HasMaxLength(4000);
        b.Property(s => s.Door).HasMaxLength(256);
        b.Property(s => s.Moment).AsTicks();
        b.HasIndex(s => new { s.InschrijvingId, s.CriteriumId }).IsUnique();
        b.HasIndex(s => s.AanbestedingId);
        b.HasOne<Inschrijving>().WithMany().HasForeignKey(s => s.InschrijvingId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Criterium>().WithMany().HasForeignKey(s => s.CriteriumId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class GunningsdossierConfiguration : IEntityTypeConfiguration<Gunningsdossier>
{
    public void Configure(EntityTypeBuilder<Gunningsdossier> b)
    {
        b.ToTable("Gunningsdossiers");
        b.Ignore(d => d.PrijsOpen);
        b.HasIndex(d => d.AanbestedingId).IsUnique();
        b.Property(d => d.Gelijkspelregel).HasConversion<string>().HasMaxLength(20);
        b.Property(d => d.KwaliteitDefinitiefDoor).HasMaxLength(256);
        b.Property(d => d.KwaliteitDefinitiefOp).AsTicks().IsConcurrencyToken();
        b.HasOne<Aanbesteding>().WithMany().HasForeignKey(d => d.AanbestedingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LotingConfiguration : IEntityTypeConfiguration<Loting>
{
    public void Configure(EntityTypeBuilder<Loting> b)
    {
        b.ToTable("Lotingen");
        b.Ignore(l => l.Inschrijvingen);
        b.Property(l => l.Volgorde).HasMaxLength(4000);
        b.Property(l => l.Door).HasMaxLength(256);
        b.Property(l => l.Getuige).HasMaxLength(300);
        b.Property(l => l.Moment).AsTicks();
        // One draw per lot: a second would let someone draw until the result suits.
        b.HasIndex(l => new { l.AanbestedingId, l.PerceelNummer }).IsUnique();
        b.HasOne<Aanbesteding>().WithMany().HasForeignKey(l => l.AanbestedingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class GunningsbesluitConfiguration : IEntityTypeConfiguration<Gunningsbesluit>
{
    public void Configure(EntityTypeBuilder<Gunningsbesluit> b)
    {
        b.ToTable("Gunningsbesluiten");
        b.Property(x => x.Uitkomst).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Reden).HasMaxLength(4000);
        b.Property(x => x.Gelijkspel).HasMaxLength(1000);
        b.Property(x => x.VerzondenOp).AsTicks();
        b.HasIndex(x => new { x.AanbestedingId, x.InschrijvingId, x.PerceelNummer }).IsUnique();
        b.HasOne<Aanbesteding>().WithMany().HasForeignKey(x => x.AanbestedingId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Inschrijving>().WithMany().HasForeignKey(x => x.InschrijvingId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class BezwaarConfiguration : IEntityTypeConfiguration<Bezwaar>
{
    public void Configure(EntityTypeBuilder<Bezwaar> b)
    {
        b.ToTable("Bezwaren");
        b.Ignore(x => x.Blokkeert);
        b.Property(x => x.Soort).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Omschrijving).HasMaxLength(4000);
        b.Property(x => x.Afhandeling).HasMaxLength(4000);
        b.Property(x => x.GeregistreerdDoor).HasMaxLength(256);
        b.Property(x => x.AfgehandeldDoor).HasMaxLength(256);
        b.Property(x => x.IngediendOp).AsTicks();
        b.Property(x => x.AfgehandeldOp).AsTicks();
        b.HasIndex(x => x.AanbestedingId);
        b.HasOne<Aanbesteding>().WithMany().HasForeignKey(x => x.AanbestedingId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Catalogus.Zorgaanbieder>().WithMany().HasForeignKey(x => x.ZorgaanbiederId).OnDelete(DeleteBehavior.Restrict);
    }
}
