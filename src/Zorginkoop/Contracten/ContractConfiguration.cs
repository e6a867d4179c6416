using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zorginkoop.Data;

namespace Zorginkoop.Contracten;

internal sealed class RaamovereenkomstConfiguration : IEntityTypeConfiguration<Raamovereenkomst>
{
    public void Configure(EntityTypeBuilder<Raamovereenkomst> b)
    {
        b.ToTable("Raamovereenkomsten");
        b.Property(c => c.Herkomst).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.BeeindigingsReden).HasMaxLength(2000);
        b.Property(c => c.Consortium).HasMaxLength(300);
        b.Property(c => c.Transformatieplan).HasMaxLength(4000);
        b.Property(c => c.Versie).IsConcurrencyToken();
        // One contract per provider and lot of a procedure: a retried award or admission never makes a second.
        b.HasIndex(c => new { c.AanbestedingId, c.PerceelNummer, c.ZorgaanbiederId }).IsUnique();
        b.HasIndex(c => c.Einde);
        b.HasOne(c => c.Aanbesteding).WithMany().HasForeignKey(c => c.AanbestedingId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(c => c.Zorgaanbieder).WithMany().HasForeignKey(c => c.ZorgaanbiederId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(c => c.Leden).WithOne().HasForeignKey(l => l.RaamovereenkomstId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ContractLidConfiguration : IEntityTypeConfiguration<ContractLid>
{
    public void Configure(EntityTypeBuilder<ContractLid> b)
    {
        b.ToTable("ContractLeden");
        b.HasIndex(l => new { l.RaamovereenkomstId, l.ZorgaanbiederId }).IsUnique();
        b.HasOne(l => l.Zorgaanbieder).WithMany().HasForeignKey(l => l.ZorgaanbiederId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ContractalarmConfiguration : IEntityTypeConfiguration<Contractalarm>
{
    public void Configure(EntityTypeBuilder<Contractalarm> b)
    {
        b.ToTable("Contractalarmen");
        b.Property(a => a.EersteMelding).AsTicks();
        b.Property(a => a.LaatsteMelding).AsTicks();
        b.Property(a => a.AfgehandeldOp).AsTicks();
        b.Property(a => a.AfgehandeldDoor).HasMaxLength(256);
        b.HasIndex(a => new { a.RaamovereenkomstId, a.Einde }).IsUnique();
        b.HasOne<Raamovereenkomst>().WithMany().HasForeignKey(a => a.RaamovereenkomstId).OnDelete(DeleteBehavior.Cascade);
    }
}
