using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Accounts;
using Zorginkoop.Catalogus;

namespace Zorginkoop.Data;

public class ZorginkoopDbContext(DbContextOptions<ZorginkoopDbContext> options)
    : IdentityDbContext<Gebruiker>(options), IDataProtectionKeyContext
{
    public DbSet<Gemeente> Gemeenten => Set<Gemeente>();
    public DbSet<Regio> Regios => Set<Regio>();
    public DbSet<Segment> Segmenten => Set<Segment>();
    public DbSet<ProductCategorie> ProductCategorieen => Set<ProductCategorie>();
    public DbSet<Eenheid> Eenheden => Set<Eenheid>();
    public DbSet<Product> Producten => Set<Product>();
    public DbSet<Tarief> Tarieven => Set<Tarief>();
    public DbSet<Zorgaanbieder> Zorgaanbieders => Set<Zorgaanbieder>();

    /// <summary>ASP.NET Core Data Protection keys live in the database so several app instances share them.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ZorginkoopDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Domains are exchanged as "jeugd"/"wmo" everywhere (CSV, API, CLI); store them the same way.
        configurationBuilder.Properties<Domein>().HaveConversion<DomeinConverter>().HaveMaxLength(8);
    }
}
