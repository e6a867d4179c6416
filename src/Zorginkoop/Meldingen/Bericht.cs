using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zorginkoop.Data;

namespace Zorginkoop.Meldingen;

/// <summary>
/// An e-mail to send (the outbox). Each has a key that says why it exists (e.g. "ontvangstbewijs:12:user-id"): the
/// notifier derives messages from what happened and the unique key makes sure nobody gets the same one twice, even
/// when two app instances or a restart run the notifier again.
/// </summary>
public class Bericht
{
    public int Id { get; set; }
    public required string Sleutel { get; set; }
    public required string Aan { get; set; }
    public required string Onderwerp { get; set; }
    public required string Tekst { get; set; }
    public DateTimeOffset AangemaaktOp { get; set; }
    public DateTimeOffset? VerzondenOp { get; set; }
    public int Pogingen { get; set; }
    public string? Fout { get; set; }
}

internal sealed class BerichtConfiguration : IEntityTypeConfiguration<Bericht>
{
    public void Configure(EntityTypeBuilder<Bericht> b)
    {
        b.ToTable("Berichten");
        b.HasIndex(x => x.Sleutel).IsUnique();
        b.HasIndex(x => x.VerzondenOp);
        b.Property(x => x.Sleutel).HasMaxLength(200);
        b.Property(x => x.Aan).HasMaxLength(256);
        b.Property(x => x.Onderwerp).HasMaxLength(300);
        b.Property(x => x.Tekst).HasMaxLength(8000);
        b.Property(x => x.Fout).HasMaxLength(1000);
        b.Property(x => x.AangemaaktOp).AsTicks();
        b.Property(x => x.VerzondenOp).AsTicks();
    }
}
