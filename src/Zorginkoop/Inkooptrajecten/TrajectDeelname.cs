using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zorginkoop.Catalogus;

namespace Zorginkoop.Inkooptrajecten;

/// <summary>
/// A region taking part in another region's trajectory (issue 15): its employees work on the trajectory with the roles
/// they hold at home, and its public page names it. The owner region stays <see cref="Inkooptraject.RegioId"/>.
/// </summary>
public class TrajectDeelname : Audit.IAudited
{
    public int Id { get; set; }
    public int InkooptrajectId { get; set; }
    public int RegioId { get; set; }
    public Regio? Regio { get; set; }
}

internal sealed class TrajectDeelnameConfiguration : IEntityTypeConfiguration<TrajectDeelname>
{
    public void Configure(EntityTypeBuilder<TrajectDeelname> b)
    {
        b.ToTable("TrajectDeelnames");
        b.HasIndex(d => new { d.InkooptrajectId, d.RegioId }).IsUnique();
        b.HasIndex(d => d.RegioId);
        b.HasOne(d => d.Regio).WithMany().HasForeignKey(d => d.RegioId).OnDelete(DeleteBehavior.Restrict);
    }
}
