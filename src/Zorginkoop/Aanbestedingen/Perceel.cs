using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zorginkoop.Audit;
using Zorginkoop.Catalogus;

namespace Zorginkoop.Aanbestedingen;

/// <summary>A lot of a procedure: a whole segment of the catalogue, or a single product (as in a re-opening).</summary>
public class Perceel : IAudited
{
    public int Id { get; set; }
    public int AanbestedingId { get; set; }

    /// <summary>1, 2, 3 … within the procedure.</summary>
    public int Nummer { get; set; }
    public required string Naam { get; set; }
    public int? SegmentId { get; set; }
    public Segment? Segment { get; set; }
    public int? ProductId { get; set; }
    public Product? Product { get; set; }
}

internal sealed class PerceelConfiguration : IEntityTypeConfiguration<Perceel>
{
    public void Configure(EntityTypeBuilder<Perceel> b)
    {
        b.ToTable("Percelen");
        b.Property(p => p.Naam).HasMaxLength(300);
        b.HasIndex(p => new { p.AanbestedingId, p.Nummer }).IsUnique();
        b.HasOne(p => p.Segment).WithMany().HasForeignKey(p => p.SegmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(p => p.Product).WithMany().HasForeignKey(p => p.ProductId).OnDelete(DeleteBehavior.Restrict);
        // A lot is a segment or a product, never both and never neither.
        b.ToTable(t => t.HasCheckConstraint("CK_Percelen_SegmentOfProduct",
            "(\"SegmentId\" IS NULL AND \"ProductId\" IS NOT NULL) OR (\"SegmentId\" IS NOT NULL AND \"ProductId\" IS NULL)"));
    }
}
