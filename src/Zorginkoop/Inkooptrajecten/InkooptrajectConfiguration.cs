using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Zorginkoop.Inkooptrajecten;

internal sealed class InkooptrajectConfiguration : IEntityTypeConfiguration<Inkooptraject>
{
    public void Configure(EntityTypeBuilder<Inkooptraject> b)
    {
        b.ToTable("Inkooptrajecten");
        b.Ignore(t => t.Domeinen);
        b.Ignore(t => t.RegioIds);
        b.HasMany(t => t.Deelnames).WithOne().HasForeignKey(d => d.InkooptrajectId).OnDelete(DeleteBehavior.Cascade);
        b.Property(t => t.Naam).HasMaxLength(300);
        b.Property(t => t.Omschrijving).HasMaxLength(20000);
        b.HasOne(t => t.Regio).WithMany().HasForeignKey(t => t.RegioId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(t => t.Fasen).WithOne().HasForeignKey(f => f.InkooptrajectId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(t => t.Berichten).WithOne().HasForeignKey(u => u.InkooptrajectId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(t => t.Bijeenkomsten).WithOne().HasForeignKey(e => e.InkooptrajectId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FaseConfiguration : IEntityTypeConfiguration<Fase>
{
    public void Configure(EntityTypeBuilder<Fase> b)
    {
        b.ToTable("Fasen");
        b.Property(f => f.Soort).HasConversion<string>().HasMaxLength(30);
        b.Property(f => f.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(f => f.Samenvatting).HasMaxLength(20000);
        b.HasIndex(f => new { f.InkooptrajectId, f.Soort }).IsUnique();
    }
}

internal sealed class VoortgangsberichtConfiguration : IEntityTypeConfiguration<Voortgangsbericht>
{
    public void Configure(EntityTypeBuilder<Voortgangsbericht> b)
    {
        b.ToTable("Voortgangsberichten");
        b.Property(u => u.Titel).HasMaxLength(300);
        b.Property(u => u.Tekst).HasMaxLength(50000);
        b.Property(u => u.Bijgewerkt).HasConversion(m => m.UtcTicks, t => new DateTimeOffset(t, TimeSpan.Zero));
        b.HasIndex(u => new { u.InkooptrajectId, u.Datum });
    }
}

internal sealed class BijeenkomstConfiguration : IEntityTypeConfiguration<Bijeenkomst>
{
    public void Configure(EntityTypeBuilder<Bijeenkomst> b)
    {
        b.ToTable("Bijeenkomsten");
        b.Property(e => e.Soort).HasConversion<string>().HasMaxLength(30);
        b.Property(e => e.Titel).HasMaxLength(300);
        b.Property(e => e.Locatie).HasMaxLength(300);
        b.Property(e => e.Omschrijving).HasMaxLength(20000);
        // SQLite cannot compare DateTimeOffset in SQL; instants are stored as UTC ticks on every provider.
        b.Property(e => e.Begin).HasConversion(m => m.UtcTicks, t => new DateTimeOffset(t, TimeSpan.Zero));
        b.Property(e => e.Einde).HasConversion(m => m!.Value.UtcTicks, t => new DateTimeOffset(t, TimeSpan.Zero));
        b.HasOne(e => e.Segment).WithMany().HasForeignKey(e => e.SegmentId).OnDelete(DeleteBehavior.Restrict);
    }
}
