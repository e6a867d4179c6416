using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zorginkoop.Data;

namespace Zorginkoop.Accounts;

internal sealed class LidmaatschapConfiguration : IEntityTypeConfiguration<Lidmaatschap>
{
    public void Configure(EntityTypeBuilder<Lidmaatschap> b)
    {
        b.ToTable("Lidmaatschappen");
        b.Property(l => l.Rol).HasMaxLength(50);
        b.HasIndex(l => new { l.GebruikerId, l.RegioId, l.Rol }).IsUnique();
        b.HasIndex(l => new { l.RegioId, l.Rol });
        // An account is never deleted (the audit keeps naming the person), a region neither; restrict, so a mistake
        // cannot silently take memberships with it.
        b.HasOne<Gebruiker>().WithMany().HasForeignKey(l => l.GebruikerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(l => l.Regio).WithMany().HasForeignKey(l => l.RegioId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class GebruikerConfiguration : IEntityTypeConfiguration<Gebruiker>
{
    public void Configure(EntityTypeBuilder<Gebruiker> b)
    {
        b.Property(g => g.GedeactiveerdOp).AsTicks();
        b.Property(g => g.WachtOpGoedkeuringSinds).AsTicks();
        b.Property(g => g.PostvakSinds).AsTicks();
    }
}
