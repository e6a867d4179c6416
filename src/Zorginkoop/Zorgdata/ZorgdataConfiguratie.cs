using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zorginkoop.Catalogus;

namespace Zorginkoop.Zorgdata;

internal sealed class ImportrunConfiguratie : IEntityTypeConfiguration<Importrun>
{
    public void Configure(EntityTypeBuilder<Importrun> b)
    {
        b.Property(r => r.Bestandsnaam).HasMaxLength(260);
        b.Property(r => r.Sha256).HasMaxLength(64);
        b.Property(r => r.Formaat).HasMaxLength(20);
        b.Property(r => r.Gebruiker).HasMaxLength(256);
        b.Property(r => r.Resultaat).HasMaxLength(20);
        b.Property(r => r.Gestart).HasConversion(m => m.UtcTicks, t => new DateTimeOffset(t, TimeSpan.Zero));
        b.Property(r => r.Beeindigd).HasConversion(m => m!.Value.UtcTicks, t => new DateTimeOffset(t, TimeSpan.Zero));
        b.HasIndex(r => r.Sha256);
    }
}

internal sealed class ZorgregelConfiguratie : IEntityTypeConfiguration<Zorgregel>
{
    public void Configure(EntityTypeBuilder<Zorgregel> b)
    {
        b.ToTable("Zorgregels");
        b.Property(z => z.Sleutel).HasMaxLength(100);
        b.Property(z => z.ToewijzingNummer).HasMaxLength(9);
        b.Property(z => z.Client).HasMaxLength(64);
        b.Property(z => z.Traject).HasMaxLength(100);
        b.Property(z => z.GemeenteCode).HasMaxLength(4);
        b.Property(z => z.AgbCode).HasMaxLength(8);
        b.Property(z => z.EenheidCode).HasMaxLength(2);
        b.Property(z => z.ReferentieNummer).HasMaxLength(20);
        b.Property(z => z.VorigReferentieNummer).HasMaxLength(20);
        b.HasIndex(z => z.Sleutel).IsUnique();
        // The monitor filters on the period and groups by product; the index covers every column it reads, so a year
        // is read from the index in order instead of one table lookup per line (bench/README.md).
        b.HasIndex(z => new { z.Begindatum, z.ProductId, z.GemeenteCode, z.AgbCode, z.Afgewezen, z.Traject, z.Client, z.BedragCent })
            .HasDatabaseName("IX_Zorgregels_Monitor");
        b.HasOne<Importrun>().WithMany().HasForeignKey(z => z.ImportrunId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Product>().WithMany().HasForeignKey(z => z.ProductId).OnDelete(DeleteBehavior.Restrict);
    }
}
