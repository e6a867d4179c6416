using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zorginkoop.Audit;

namespace Zorginkoop.Aanbestedingen;

/// <summary>One changed condition: the field in words, and the value before and after, as published.</summary>
public sealed record Wijziging(string Veld, string Oud, string Nieuw);

/// <summary>
/// A numbered change of the conditions of a published procedure (TenderNed: "rectificatie"), shown on the public
/// page. Bids submitted before it must be confirmed again: a bid needs re-confirmation when it was last confirmed
/// before the latest rectification's <see cref="Moment"/>.
/// </summary>
public class Rectificatie : IAudited
{
    public int Id { get; set; }
    public int AanbestedingId { get; set; }

    /// <summary>1, 2, 3 … within the procedure.</summary>
    public int Nummer { get; set; }
    public DateTimeOffset Moment { get; set; }
    public required string Wie { get; set; }
    public required string Reden { get; set; }

    /// <summary>The changes as JSON (<see cref="Wijzigingen"/>).</summary>
    public string WijzigingenJson { get; set; } = "[]";

    public IReadOnlyList<Wijziging> Wijzigingen
    {
        get => JsonSerializer.Deserialize<List<Wijziging>>(WijzigingenJson) ?? [];
        set => WijzigingenJson = JsonSerializer.Serialize(value);
    }
}

internal sealed class RectificatieConfiguration : IEntityTypeConfiguration<Rectificatie>
{
    public void Configure(EntityTypeBuilder<Rectificatie> b)
    {
        b.ToTable("Rectificaties");
        b.Ignore(r => r.Wijzigingen);
        b.Property(r => r.Wie).HasMaxLength(256);
        b.Property(r => r.Reden).HasMaxLength(2000);
        b.Property(r => r.WijzigingenJson).HasMaxLength(20000);
        b.Property(r => r.Moment).HasConversion(m => m.UtcTicks, t => new DateTimeOffset(t, TimeSpan.Zero));
        b.HasIndex(r => new { r.AanbestedingId, r.Nummer }).IsUnique();
    }
}
