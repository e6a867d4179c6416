using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Zorginkoop.Audit;

internal sealed class AuditRegelConfiguration : IEntityTypeConfiguration<AuditRegel>
{
    public void Configure(EntityTypeBuilder<AuditRegel> b)
    {
        b.ToTable("AuditLog");
        b.Property(r => r.Gebruiker).HasMaxLength(256);
        b.Property(r => r.Entiteit).HasMaxLength(100);
        b.Property(r => r.Sleutel).HasMaxLength(100);
        b.Property(r => r.Actie).HasMaxLength(20);
        b.Property(r => r.VorigeHash).HasMaxLength(64);
        b.Property(r => r.Hash).HasMaxLength(64);
        // SQLite cannot order DateTimeOffset in SQL; store the instant as UTC ticks on every provider.
        b.Property(r => r.Moment).HasConversion(m => m.UtcTicks, t => new DateTimeOffset(t, TimeSpan.Zero));
        b.HasIndex(r => new { r.Entiteit, r.Sleutel });
    }
}
