using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zorginkoop.Audit;
using Zorginkoop.Data;

namespace Zorginkoop.Webhooks;

/// <summary>
/// A URL of an outside system (a municipality's back office, a provider's portal) that is told, by an HTTP POST, when
/// something of one of <see cref="Soorten"/> happens in the region: registered by an officer of that region, signed with
/// <see cref="Geheim"/> (HMAC-SHA256 over the body), retried for 24 hours (<see cref="WebhookBezorger"/>).
/// </summary>
public class Webhook : IAudited
{
    public int Id { get; set; }
    public int RegioId { get; set; }
    public required string Url { get; set; }

    /// <summary>The event kinds (<see cref="WebhookSoort"/>), comma-separated, such as <c>aanbesteding.gepubliceerd,nvi.gepubliceerd</c>.</summary>
    public required string Soorten { get; set; }

    /// <summary>
    /// The key of the signature, shown once when the webhook is made (and when it is renewed): the receiver needs it as
    /// it is, so it is kept as it is; the audit log records that it changed, never its value.
    /// </summary>
    public required string Geheim { get; set; }

    /// <summary>What the officer calls it, such as "Suites Houten".</summary>
    public string? Omschrijving { get; set; }
    public DateTimeOffset AangemaaktOp { get; set; }
    public required string AangemaaktDoor { get; set; }

    /// <summary>
    /// When it was removed; null while active. A removed webhook gets nothing more, and keeps its delivery log for those
    /// who must later show what was sent.
    /// </summary>
    public DateTimeOffset? VerwijderdOp { get; set; }
    public string? VerwijderdDoor { get; set; }

    public IReadOnlyList<string> SoortenLijst => Soorten.Split(',', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>
/// One event for one webhook: its body as sent (the same bytes on every attempt, so the signature stays the same), its
/// state and when it is tried next. One per webhook and event (<see cref="Sleutel"/>): finding an event twice, in two
/// app instances, delivers it once.
/// </summary>
public class WebhookBezorging
{
    public long Id { get; set; }
    public int WebhookId { get; set; }

    /// <summary>The event's identity, such as <c>nvi.gepubliceerd:12</c>: unique per webhook.</summary>
    public required string Sleutel { get; set; }
    public required string Soort { get; set; }

    /// <summary>When the event happened.</summary>
    public DateTimeOffset Moment { get; set; }
    public DateTimeOffset AangemaaktOp { get; set; }

    /// <summary>The JSON body, as signed and sent.</summary>
    public required string Inhoud { get; set; }

    /// <summary><c>wachtend</c>, <c>bezorgd</c> or <c>opgegeven</c> (24 hours of refusals, or the webhook was removed).</summary>
    public required string Status { get; set; }
    public int Pogingen { get; set; }
    public DateTimeOffset VolgendePoging { get; set; }

    /// <summary>Until when one app instance is sending it; another instance leaves it alone until then.</summary>
    public DateTimeOffset? BezigTot { get; set; }
    public DateTimeOffset? BezorgdOp { get; set; }
    public List<WebhookPoging> PogingenLog { get; set; } = [];
}

/// <summary>One attempt: when, the answer's status code (null when none came) and what went wrong, for the delivery log.</summary>
public class WebhookPoging
{
    public long Id { get; set; }
    public long WebhookBezorgingId { get; set; }
    public DateTimeOffset Moment { get; set; }
    public int? Statuscode { get; set; }

    /// <summary>Why it failed, in Dutch (a time-out, a refused address, the status code's meaning); null when it succeeded.</summary>
    public string? Fout { get; set; }
    public int DuurMs { get; set; }
}

public static class WebhookStatus
{
    public const string Wachtend = "wachtend";
    public const string Bezorgd = "bezorgd";
    public const string Opgegeven = "opgegeven";
}

internal sealed class WebhookConfiguration : IEntityTypeConfiguration<Webhook>
{
    public void Configure(EntityTypeBuilder<Webhook> b)
    {
        b.ToTable("Webhooks");
        b.Ignore(w => w.SoortenLijst);
        b.Property(w => w.Url).HasMaxLength(WebhookAdres.MaxLengte);
        b.Property(w => w.Soorten).HasMaxLength(400);
        b.Property(w => w.Geheim).HasMaxLength(100);
        b.Property(w => w.Omschrijving).HasMaxLength(200);
        b.Property(w => w.AangemaaktDoor).HasMaxLength(256);
        b.Property(w => w.VerwijderdDoor).HasMaxLength(256);
        b.Property(w => w.AangemaaktOp).AsTicks();
        b.Property(w => w.VerwijderdOp).AsTicks();
        b.HasOne<Catalogus.Regio>().WithMany().HasForeignKey(w => w.RegioId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(w => w.RegioId);
    }
}

internal sealed class WebhookBezorgingConfiguration : IEntityTypeConfiguration<WebhookBezorging>
{
    public void Configure(EntityTypeBuilder<WebhookBezorging> b)
    {
        b.ToTable("WebhookBezorgingen");
        b.Property(w => w.Sleutel).HasMaxLength(200);
        b.Property(w => w.Soort).HasMaxLength(50);
        b.Property(w => w.Status).HasMaxLength(20);
        b.Property(w => w.Moment).AsTicks();
        b.Property(w => w.AangemaaktOp).AsTicks();
        b.Property(w => w.VolgendePoging).AsTicks();
        b.Property(w => w.BezigTot).AsTicks();
        b.Property(w => w.BezorgdOp).AsTicks();
        b.HasOne<Webhook>().WithMany().HasForeignKey(w => w.WebhookId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(w => w.PogingenLog).WithOne().HasForeignKey(p => p.WebhookBezorgingId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(w => new { w.WebhookId, w.Sleutel }).IsUnique();
        b.HasIndex(w => new { w.Status, w.VolgendePoging });
    }
}

internal sealed class WebhookPogingConfiguration : IEntityTypeConfiguration<WebhookPoging>
{
    public void Configure(EntityTypeBuilder<WebhookPoging> b)
    {
        b.ToTable("WebhookPogingen");
        b.Property(p => p.Fout).HasMaxLength(500);
        b.Property(p => p.Moment).AsTicks();
    }
}
