using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zorginkoop.Catalogus;

namespace Zorginkoop.Aanbestedingen;

/// <summary>
/// A region that takes part in another region's procedure (a joint procedure: "samen met Zuid Oost Utrecht een
/// SAS-procedure"). Its employees have the roles they hold at home for this procedure, its municipalities are covered
/// by its lots and contracts, and its coverage counts the contracts (issue 15).
/// </summary>
public class Deelname : Audit.IAudited
{
    public int Id { get; set; }
    public int AanbestedingId { get; set; }
    public int RegioId { get; set; }
    public Regio? Regio { get; set; }
}

internal sealed class DeelnameConfiguration : IEntityTypeConfiguration<Deelname>
{
    public void Configure(EntityTypeBuilder<Deelname> b)
    {
        b.ToTable("Deelnames");
        b.HasIndex(d => new { d.AanbestedingId, d.RegioId }).IsUnique();
        b.HasIndex(d => d.RegioId);
        b.HasOne(d => d.Regio).WithMany().HasForeignKey(d => d.RegioId).OnDelete(DeleteBehavior.Restrict);
    }
}
