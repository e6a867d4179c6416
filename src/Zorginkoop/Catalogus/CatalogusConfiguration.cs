using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Zorginkoop.Catalogus;

internal sealed class GemeenteConfiguration : IEntityTypeConfiguration<Gemeente>
{
    public void Configure(EntityTypeBuilder<Gemeente> b)
    {
        b.HasKey(g => g.Code);
        b.Property(g => g.Code).HasMaxLength(4);
        b.Property(g => g.Naam).HasMaxLength(100);
        b.Property(g => g.Provincie).HasMaxLength(50);
    }
}

internal sealed class RegioConfiguration : IEntityTypeConfiguration<Regio>
{
    public void Configure(EntityTypeBuilder<Regio> b)
    {
        b.Property(r => r.Code).HasMaxLength(50);
        b.Property(r => r.Naam).HasMaxLength(200);
        b.HasIndex(r => r.Code).IsUnique();
        b.HasMany(r => r.Gemeenten).WithMany(g => g.Regios).UsingEntity("RegioGemeente");
        b.Property(r => r.Kleur).HasMaxLength(7);
        b.Property(r => r.LogoSha256).HasMaxLength(64);
    }
}

internal sealed class RegioLogoConfiguration : IEntityTypeConfiguration<RegioLogo>
{
    public void Configure(EntityTypeBuilder<RegioLogo> b)
    {
        b.HasKey(l => l.RegioId);
        b.Property(l => l.MediaType).HasMaxLength(20);
        b.HasOne<Regio>().WithOne().HasForeignKey<RegioLogo>(l => l.RegioId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SegmentConfiguration : IEntityTypeConfiguration<Segment>
{
    public void Configure(EntityTypeBuilder<Segment> b)
    {
        b.Property(s => s.Code).HasMaxLength(50);
        b.Property(s => s.Naam).HasMaxLength(200);
        b.Property(s => s.Omschrijving).HasMaxLength(2000);
        b.HasIndex(s => new { s.RegioId, s.Code }).IsUnique();
        b.HasOne(s => s.Regio).WithMany(r => r.Segmenten).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProductCategorieConfiguration : IEntityTypeConfiguration<ProductCategorie>
{
    public void Configure(EntityTypeBuilder<ProductCategorie> b)
    {
        b.HasKey(c => new { c.Domein, c.Code });
        b.Property(c => c.Code).HasMaxLength(2);
        b.Property(c => c.Omschrijving).HasMaxLength(200);
    }
}

internal sealed class EenheidConfiguration : IEntityTypeConfiguration<Eenheid>
{
    public void Configure(EntityTypeBuilder<Eenheid> b)
    {
        b.HasKey(e => e.Code);
        b.Property(e => e.Code).HasMaxLength(2);
        b.Property(e => e.Omschrijving).HasMaxLength(100);
        b.Property(e => e.Naam).HasMaxLength(30);
    }
}

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> b)
    {
        b.Ignore(p => p.Geldigheid);
        b.Property(p => p.Code).HasMaxLength(20);
        b.Property(p => p.Naam).HasMaxLength(200);
        b.Property(p => p.CategorieCode).HasMaxLength(2);
        b.Property(p => p.Monitorgroep).HasMaxLength(100);
        b.Property(p => p.EenheidCode).HasMaxLength(2);
        b.Property(p => p.LandelijkeCode).HasMaxLength(20);
        b.HasIndex(p => new { p.RegioId, p.Code });
        b.HasOne(p => p.Regio).WithMany(r => r.Producten).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(p => p.Segment).WithMany().OnDelete(DeleteBehavior.SetNull);
        b.HasOne(p => p.Eenheid).WithMany().HasForeignKey(p => p.EenheidCode).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ProductCategorie>().WithMany().HasForeignKey(p => new { p.Domein, p.CategorieCode })
            .OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TariefConfiguration : IEntityTypeConfiguration<Tarief>
{
    public void Configure(EntityTypeBuilder<Tarief> b)
    {
        b.Ignore(t => t.Geldigheid);
        b.HasIndex(t => new { t.ProductId, t.GeldigVan }).IsUnique();
        b.HasOne(t => t.Product).WithMany(p => p.Tarieven).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ZorgaanbiederConfiguration : IEntityTypeConfiguration<Zorgaanbieder>
{
    public void Configure(EntityTypeBuilder<Zorgaanbieder> b)
    {
        b.Property(z => z.Naam).HasMaxLength(200);
        b.Property(z => z.KvkNummer).HasMaxLength(8);
        b.Property(z => z.Vestigingsnummer).HasMaxLength(12);
        b.Property(z => z.AgbCode).HasMaxLength(8);
        b.Property(z => z.Straat).HasMaxLength(200);
        b.Property(z => z.Huisnummer).HasMaxLength(20);
        b.Property(z => z.Postcode).HasMaxLength(7);
        b.Property(z => z.Plaats).HasMaxLength(100);
        b.Property(z => z.Contactpersoon).HasMaxLength(200);
        b.Property(z => z.Email).HasMaxLength(254);
        b.Property(z => z.Telefoon).HasMaxLength(30);
        b.Property(z => z.Website).HasMaxLength(300);
        b.HasIndex(z => z.AgbCode).IsUnique();
        b.HasIndex(z => z.KvkNummer);
        b.HasIndex(z => z.Naam);
    }
}
