using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zorginkoop.Audit;
using Zorginkoop.Data;

namespace Zorginkoop.Vragen;

/// <summary>One published question and answer, as the round holds it: no provider, no account, only the public wording.</summary>
public sealed record NvIItem(int Volgnummer, int? Perceel, string? Onderwerp, string Vraag, string Antwoord, bool Aanvulling);

/// <summary>The outcome of publishing a round: the round, or the refusal with what the check for the asker found.</summary>
public sealed record NvIPublicatie(NvIRonde? Ronde, Weigering? Weigering, IReadOnlyList<Herkenning> Herkenningen)
{
    public void Deconstruct(out NvIRonde? ronde, out Weigering? weigering) => (ronde, weigering) = (Ronde, Weigering);
}

/// <summary>
/// A numbered Nota van Inlichtingen: the questions and answers published together. Its content is a snapshot taken at
/// publication and never changes (a correction goes into the next round); the SHA-256 of the snapshot is shown with it,
/// so anyone can see that a round is the one that was published.
/// </summary>
public class NvIRonde : IAudited
{
    public int Id { get; set; }
    public int AanbestedingId { get; set; }
    public int Nummer { get; set; }
    public DateTimeOffset GepubliceerdOp { get; set; }
    public required string GepubliceerdDoor { get; set; }

    /// <summary>The items as JSON (<see cref="Items"/>).</summary>
    public required string InhoudJson { get; set; }
    public required string Sha256 { get; set; }

    /// <summary>What the check for the asker found (one per line) when the round was published anyway; officers only.</summary>
    public string? Herkenningen { get; set; }

    /// <summary>Why the officer published despite <see cref="Herkenningen"/>; officers only, audited.</summary>
    public string? OndanksReden { get; set; }

    public IReadOnlyList<NvIItem> Items => JsonSerializer.Deserialize<List<NvIItem>>(InhoudJson) ?? [];
}

internal sealed class NvIRondeConfiguration : IEntityTypeConfiguration<NvIRonde>
{
    public void Configure(EntityTypeBuilder<NvIRonde> b)
    {
        b.ToTable("NvIRondes");
        b.Ignore(r => r.Items);
        b.HasIndex(r => new { r.AanbestedingId, r.Nummer }).IsUnique();
        b.HasOne<Aanbestedingen.Aanbesteding>().WithMany().HasForeignKey(r => r.AanbestedingId).OnDelete(DeleteBehavior.Restrict);
        b.Property(r => r.GepubliceerdDoor).HasMaxLength(256);
        b.Property(r => r.Sha256).HasMaxLength(64);
        b.Property(r => r.OndanksReden).HasMaxLength(2000);
        b.Property(r => r.GepubliceerdOp).AsTicks();
    }
}
