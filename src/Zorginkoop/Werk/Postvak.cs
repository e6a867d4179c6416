using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zorginkoop.Accounts;
using Zorginkoop.Data;

namespace Zorginkoop.Werk;

/// <summary>
/// A message in an employee's inbox in the app: a work item as it came onto her list (one per occasion, by the
/// item's key), kept after the item is done, read or unread. Made by the notifier, as the e-mail outbox is, so it is
/// not audited row by row; what the person changes (read, unread) is hers alone.
/// </summary>
public class Postvakbericht
{
    public long Id { get; set; }
    public required string GebruikerId { get; set; }

    /// <summary>The work item's key (<see cref="Werkitem.Sleutel"/>): unique per person, so an occasion gives one message.</summary>
    public required string Sleutel { get; set; }

    public required string Soort { get; set; }
    public int RegioId { get; set; }
    public required string Titel { get; set; }
    public required string Toelichting { get; set; }

    /// <summary>A path within the app (always starting with one slash): where the work is done.</summary>
    public required string Link { get; set; }

    public DateTimeOffset AangemaaktOp { get; set; }
    public DateTimeOffset? GelezenOp { get; set; }

    /// <summary>The channel it went out by, as the person had chosen when it came (<see cref="Kanaal.AlleenApp"/> for the first fill of an inbox).</summary>
    public Kanaal Kanaal { get; set; }

    /// <summary>When it went into an e-mail (at once or in the day's summary); null while a summary is still to come.</summary>
    public DateTimeOffset? GemaildOp { get; set; }
}

/// <summary>A person's choice of channel for one kind of work item; without one, the kind's default (<see cref="Werksoort.Standaard"/>).</summary>
public class MeldingVoorkeur : Audit.IAudited
{
    public int Id { get; set; }
    public required string GebruikerId { get; set; }
    public required string Soort { get; set; }
    public Kanaal Kanaal { get; set; }
}

internal sealed class PostvakConfiguration : IEntityTypeConfiguration<Postvakbericht>, IEntityTypeConfiguration<MeldingVoorkeur>
{
    public void Configure(EntityTypeBuilder<Postvakbericht> b)
    {
        b.ToTable("Postvakberichten");
        b.HasIndex(x => new { x.GebruikerId, x.Sleutel }).IsUnique();
        b.HasIndex(x => new { x.GebruikerId, x.GelezenOp });
        b.HasIndex(x => new { x.Kanaal, x.GemaildOp });
        b.Property(x => x.Sleutel).HasMaxLength(300);
        b.Property(x => x.Soort).HasMaxLength(30);
        b.Property(x => x.Titel).HasMaxLength(300);
        b.Property(x => x.Toelichting).HasMaxLength(2000);
        b.Property(x => x.Link).HasMaxLength(500);
        b.Property(x => x.AangemaaktOp).AsTicks();
        b.Property(x => x.GelezenOp).AsTicks();
        b.Property(x => x.GemaildOp).AsTicks();
        b.HasOne<Gebruiker>().WithMany().HasForeignKey(x => x.GebruikerId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<MeldingVoorkeur> b)
    {
        b.ToTable("MeldingVoorkeuren");
        b.HasIndex(x => new { x.GebruikerId, x.Soort }).IsUnique();
        b.Property(x => x.Soort).HasMaxLength(30);
        b.HasOne<Gebruiker>().WithMany().HasForeignKey(x => x.GebruikerId).OnDelete(DeleteBehavior.Cascade);
    }
}
