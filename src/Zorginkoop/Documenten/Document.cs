using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zorginkoop.Audit;

namespace Zorginkoop.Documenten;

/// <summary>
/// A published document (PDF or office file) of a trajectory or a procedure. The file itself lives in the data folder
/// under a generated name (<see cref="Opslagnaam"/>), never under the name it was uploaded with, and outside the web
/// root; its SHA-256 lets anyone check that what they downloaded is what was published.
/// </summary>
public class Document : IAudited
{
    public int Id { get; set; }
    public int? InkooptrajectId { get; set; }
    public int? AanbestedingId { get; set; }
    public required string Titel { get; set; }

    /// <summary>The cleaned file name it is downloaded with, e.g. <c>FAQ Gezinsvormen.pdf</c>.</summary>
    public required string Bestandsnaam { get; set; }
    public required string ContentType { get; set; }
    public long Grootte { get; set; }

    /// <summary>Lowercase hex SHA-256 of the content.</summary>
    public required string Sha256 { get; set; }

    /// <summary>The name in the document store: a GUID without extension, so no uploaded name ever reaches the file system.</summary>
    public required string Opslagnaam { get; set; }
    public DateTimeOffset Moment { get; set; }
    public required string Door { get; set; }

    /// <summary>Set when an officer withdrew the document: it stays on record but is no longer offered.</summary>
    public DateTimeOffset? Ingetrokken { get; set; }
    public string? IntrekkingsReden { get; set; }

    /// <summary>The text read from the file at upload, handed to the search index with the record; not stored here.</summary>
    public string? Zoektekst { get; set; }
}

internal sealed class DocumentConfiguration : IEntityTypeConfiguration<Document>
{
    public void Configure(EntityTypeBuilder<Document> b)
    {
        b.ToTable("Documenten");
        b.Ignore(d => d.Zoektekst);
        b.Property(d => d.Titel).HasMaxLength(300);
        b.Property(d => d.Bestandsnaam).HasMaxLength(255);
        b.Property(d => d.ContentType).HasMaxLength(100);
        b.Property(d => d.Sha256).HasMaxLength(64);
        b.Property(d => d.Opslagnaam).HasMaxLength(36);
        b.Property(d => d.Door).HasMaxLength(256);
        b.Property(d => d.IntrekkingsReden).HasMaxLength(1000);
        b.Property(d => d.Moment).HasConversion(m => m.UtcTicks, t => new DateTimeOffset(t, TimeSpan.Zero));
        b.Property(d => d.Ingetrokken).HasConversion(m => m!.Value.UtcTicks, t => new DateTimeOffset(t, TimeSpan.Zero));
        b.HasIndex(d => d.Opslagnaam).IsUnique();
        b.HasOne<Inkooptrajecten.Inkooptraject>().WithMany(t => t.Documenten).HasForeignKey(d => d.InkooptrajectId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Aanbestedingen.Aanbesteding>().WithMany(a => a.Documenten).HasForeignKey(d => d.AanbestedingId).OnDelete(DeleteBehavior.Restrict);
    }
}
