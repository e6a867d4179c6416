using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zorginkoop.Audit;
using Zorginkoop.Catalogus;

namespace Zorginkoop.Monitoring;

/// <summary>The budget of a region for one year, domain and monitor group, in eurocents.</summary>
public class Budget : IAudited
{
    public int Id { get; set; }
    public int RegioId { get; set; }
    public int Jaar { get; set; }
    public Domein Domein { get; set; }
    public required string Monitorgroep { get; set; }
    public long BedragCent { get; set; }
}

internal sealed class BudgetConfiguration : IEntityTypeConfiguration<Budget>
{
    public void Configure(EntityTypeBuilder<Budget> b)
    {
        b.Property(x => x.Monitorgroep).HasMaxLength(100);
        b.HasIndex(x => new { x.RegioId, x.Jaar, x.Domein, x.Monitorgroep }).IsUnique();
        b.HasOne<Regio>().WithMany().HasForeignKey(x => x.RegioId).OnDelete(DeleteBehavior.Cascade);
    }
}
