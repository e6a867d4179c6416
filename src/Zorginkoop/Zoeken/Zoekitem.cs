using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Zorginkoop.Zoeken;

/// <summary>
/// One findable thing in the search index: a procedure, a lot, a trajectory, an update, a document, a published NvI
/// item, a product or a provider. The index is derived: it is rebuilt per <see cref="Groep"/> whenever something in the
/// group changes (<see cref="Zoekindex"/>), in the same transaction, and can be rebuilt whole
/// (<c>zorginkoop zoekindex herbouwen</c>). Visibility is stored with each item, as the group's root decides it
/// (<see cref="Aanbestedingen.AanbestedingZichtbaarheid"/>, <see cref="Inkooptrajecten.InkooptrajectZichtbaarheid"/>).
/// Bids are never indexed.
/// </summary>
public class Zoekitem
{
    public int Id { get; set; }

    /// <summary>The kind (<see cref="Zoeksoorten"/>): "aanbesteding", "document", …</summary>
    public required string Soort { get; set; }

    /// <summary>Unique per item, e.g. "nvi:12:3" (round 12, question 3).</summary>
    public required string Sleutel { get; set; }

    /// <summary>The unit that is rebuilt together: "aanbesteding:5" holds the procedure, its lots, NvI items and documents.</summary>
    public required string Groep { get; set; }

    public required string Titel { get; set; }
    public required string Tekst { get; set; }
    public required string Url { get; set; }
    public DateOnly? Datum { get; set; }

    /// <summary>Found by everyone (the public, providers); otherwise only by employees of <see cref="Regios"/>.</summary>
    public bool Openbaar { get; set; }

    /// <summary>The regions the item belongs to, as ";3;7;" (owner and participants), for visibility and the region filter.</summary>
    public required string Regios { get; set; }

    /// <summary>The stemmed terms of the title and the text, for SQLite's FTS5 (PostgreSQL computes its own from the text).</summary>
    public string? TitelTermen { get; set; }
    public string? TekstTermen { get; set; }

    public static string RegioLijst(IEnumerable<int> regioIds) => ";" + string.Concat(regioIds.Distinct().Order().Select(id => $"{id};"));
}

internal sealed class ZoekitemConfiguration : IEntityTypeConfiguration<Zoekitem>
{
    public void Configure(EntityTypeBuilder<Zoekitem> b)
    {
        b.ToTable("Zoekitems");
        b.Property(z => z.Soort).HasMaxLength(20);
        b.Property(z => z.Sleutel).HasMaxLength(60);
        b.Property(z => z.Groep).HasMaxLength(40);
        b.Property(z => z.Titel).HasMaxLength(400);
        b.Property(z => z.Url).HasMaxLength(500);
        b.Property(z => z.Regios).HasMaxLength(400);
        b.HasIndex(z => z.Sleutel).IsUnique();
        b.HasIndex(z => z.Groep);
        // Covers what a search filters and ranks on, so SQLite reads neither the long texts nor their overflow pages
        // for every match (Zoekopdracht asks for it by name: 300 ms became 60 ms for 45,000 matches, bench/README.md).
        b.HasIndex(z => new { z.Id, z.Soort, z.Openbaar, z.Regios }, "IX_Zoekitems_Filter");
    }
}
