using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Zorginkoop.Ocds;

/// <summary>
/// One OCDS release as it was published: written in the transaction of the change that caused it
/// (<see cref="OcdsVastlegging"/>) and never changed or removed afterwards (the context refuses it), so what a
/// consumer downloaded once stays true. A later correction is a release of its own.
/// </summary>
public class OcdsRelease
{
    /// <summary>The order of storing; with <see cref="Datum"/> the order of a record's releases and the bulk pages.</summary>
    public long Id { get; set; }
    public int AanbestedingId { get; set; }
    public required string Ocid { get; set; }

    /// <summary>The release id (unique across the publication: the ocid and what happened).</summary>
    public required string ReleaseId { get; set; }
    public DateTimeOffset Datum { get; set; }

    /// <summary>The release's tags, comma-separated, for listing without reading the JSON.</summary>
    public required string Tag { get; set; }

    /// <summary>The release as published, compact JSON.</summary>
    public required string Json { get; set; }
}

internal sealed class OcdsReleaseConfiguration : IEntityTypeConfiguration<OcdsRelease>
{
    public void Configure(EntityTypeBuilder<OcdsRelease> b)
    {
        b.ToTable("OcdsReleases");
        b.Property(r => r.Ocid).HasMaxLength(100);
        b.Property(r => r.ReleaseId).HasMaxLength(200);
        b.Property(r => r.Tag).HasMaxLength(200);
        b.Property(r => r.Datum).HasConversion(m => m.UtcTicks, t => new DateTimeOffset(t, TimeSpan.Zero));
        b.HasIndex(r => r.ReleaseId).IsUnique();
        b.HasIndex(r => new { r.AanbestedingId, r.Datum, r.Id });
        b.HasIndex(r => new { r.Datum, r.Id });
    }
}
