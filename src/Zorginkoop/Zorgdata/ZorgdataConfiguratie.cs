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
        b.Property(z => z.ClientSleutel).HasMaxLength(ZorgregelSleutel.Lengte);
        b.Property(z => z.TrajectSleutel).HasMaxLength(ZorgregelSleutel.Lengte);
        b.Property(z => z.GemeenteCode).HasMaxLength(4);
        b.Property(z => z.AgbCode).HasMaxLength(8);
        b.Property(z => z.EenheidCode).HasMaxLength(2);
        b.Property(z => z.ReferentieNummer).HasMaxLength(20);
        b.Property(z => z.VorigReferentieNummer).HasMaxLength(20);
        // The only index is the key: the monitor reads the lines into its own in-memory index (MonitorIndex), and
        // every index on a table of ten million rows costs each insert a random B-tree write (bench/README.md). The
        // run and product stay foreign keys (checked on insert, by primary key); their usual indexes would only speed
        // up deleting a run or a product, which Zorginkoop never does once care lines refer to them.
        b.HasIndex(z => z.Sleutel).IsUnique();
        b.HasOne<Importrun>().WithMany().HasForeignKey(z => z.ImportrunId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Product>().WithMany().HasForeignKey(z => z.ProductId).OnDelete(DeleteBehavior.Restrict);
        // (The foreign-key indexes EF adds by convention are taken off again by ZorgregelIndexConventie.)
    }
}

/// <summary>
/// EF Core's convention that puts an index on every foreign key, except on the care lines: see ZorgregelConfiguratie
/// for why. (Removing the indexes afterwards does not stick: the convention adds them again.)
/// </summary>
internal sealed class ForeignKeyIndexConventieZonderZorgregels(Microsoft.EntityFrameworkCore.Metadata.Conventions.Infrastructure.ProviderConventionSetBuilderDependencies dependencies)
    : Microsoft.EntityFrameworkCore.Metadata.Conventions.ForeignKeyIndexConvention(dependencies)
{
    protected override Microsoft.EntityFrameworkCore.Metadata.IConventionIndex? CreateIndex(
        IReadOnlyList<Microsoft.EntityFrameworkCore.Metadata.IConventionProperty> properties, bool unique,
        Microsoft.EntityFrameworkCore.Metadata.Builders.IConventionEntityTypeBuilder entityTypeBuilder) =>
        entityTypeBuilder.Metadata.ClrType == typeof(Zorgregel) ? null : base.CreateIndex(properties, unique, entityTypeBuilder);
}
