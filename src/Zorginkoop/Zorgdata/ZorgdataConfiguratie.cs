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
        b.Property(z => z.Sleutel).HasMaxLength(ZorgregelSleutel.Lengte);
        b.Property(z => z.ToewijzingNummer).HasMaxLength(9);
        b.Property(z => z.GemeenteCode).HasMaxLength(4);
        b.Property(z => z.AgbCode).HasMaxLength(8);
        b.Property(z => z.EenheidCode).HasMaxLength(2);
        b.Property(z => z.ReferentieNummer).HasMaxLength(20);
        b.Property(z => z.VorigReferentieNummer).HasMaxLength(20);
        // The only index besides the key: the monitor reads the lines into its own in-memory index (MonitorIndex),
        // so every extra index would only slow the import down (bench/README.md).
        b.HasIndex(z => z.Sleutel).IsUnique();
        b.HasOne<Importrun>().WithMany().HasForeignKey(z => z.ImportrunId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Product>().WithMany().HasForeignKey(z => z.ProductId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Client>().WithMany().HasForeignKey(z => z.ClientId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Zorgtraject>().WithMany().HasForeignKey(z => z.TrajectId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ClientConfiguratie : IEntityTypeConfiguration<Client>
{
    public void Configure(EntityTypeBuilder<Client> b)
    {
        b.ToTable("Clienten");
        b.Property(c => c.Pseudoniem).HasMaxLength(64);
        b.HasIndex(c => c.Pseudoniem).IsUnique();
    }
}

internal sealed class ZorgtrajectConfiguratie : IEntityTypeConfiguration<Zorgtraject>
{
    public void Configure(EntityTypeBuilder<Zorgtraject> b)
    {
        b.ToTable("Zorgtrajecten");
        b.Property(t => t.Sleutel).HasMaxLength(100);
        b.HasIndex(t => t.Sleutel).IsUnique();
    }
}
