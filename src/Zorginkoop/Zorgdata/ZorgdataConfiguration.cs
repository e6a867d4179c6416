using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Zorginkoop.Zorgdata;

/// <summary>Marks the configuration of a care-data entity: part of <see cref="ZorgdataDbContext"/>, not of the main model.</summary>
internal interface IZorgdataConfiguration;

internal sealed class ImportrunConfiguration : IEntityTypeConfiguration<Importrun>, IZorgdataConfiguration
{
    public void Configure(EntityTypeBuilder<Importrun> b)
    {
        b.Property(r => r.Bestandsnaam).HasMaxLength(260);
        b.Property(r => r.Sha256).HasMaxLength(64);
        b.Property(r => r.Formaat).HasMaxLength(20);
        b.Property(r => r.Gebruiker).HasMaxLength(256);
        b.Property(r => r.Resultaat).HasMaxLength(20);
        b.Property(r => r.Gemeenten).HasMaxLength(4000);
        b.Property(r => r.Gestart).HasConversion(m => m.UtcTicks, t => new DateTimeOffset(t, TimeSpan.Zero));
        b.Property(r => r.Beeindigd).HasConversion(m => m!.Value.UtcTicks, t => new DateTimeOffset(t, TimeSpan.Zero));
        b.HasIndex(r => r.Sha256);
        b.HasIndex(r => r.Opdracht);
    }
}

internal sealed class ZorgregelConfiguration : IEntityTypeConfiguration<Zorgregel>, IZorgdataConfiguration
{
    public void Configure(EntityTypeBuilder<Zorgregel> b)
    {
        b.ToTable("Zorgregels");
        b.Property(z => z.Sleutel).HasMaxLength(ZorgregelSleutel.Lengte);
        b.Property(z => z.ToewijzingNummer).HasMaxLength(9);
        b.Property(z => z.ClientSleutel).HasMaxLength(ZorgregelSleutel.Lengte);
        b.Property(z => z.TrajectSleutel).HasMaxLength(ZorgregelSleutel.Lengte);
        b.Property(z => z.GemeenteCode).HasMaxLength(4);
        b.Property(z => z.AgbCode).HasMaxLength(8);
        b.Property(z => z.EenheidCode).HasMaxLength(2);
        b.Property(z => z.ReferentieNummer).HasMaxLength(20);
        b.Property(z => z.VorigReferentieNummer).HasMaxLength(20);
        // The only index is the key, and there are no foreign keys: the monitor reads the lines into its own in-memory
        // index (MonitorIndex), and on a table of ten million rows every index costs each insert a random B-tree write
        // and every foreign key (a trigger per row in PostgreSQL) a lookup: without them the PostgreSQL insert took
        // half the time (bench/README.md). The importer itself guarantees what the constraints would: the run is
        // inserted in the same transaction and the product is looked up in the catalogue, which never deletes a
        // product (products end with a validity date).
        b.HasIndex(z => z.Sleutel).IsUnique();
    }
}
