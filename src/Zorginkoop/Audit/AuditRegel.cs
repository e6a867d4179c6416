namespace Zorginkoop.Audit;

/// <summary>
/// One change in the append-only audit log: who, when, which record, and the values before and after, chained to the
/// previous entry by HMAC-SHA256 with the audit key (SHA-256 without one) so that any change behind the app's back shows (<see cref="AuditKeten"/>).
/// </summary>
public class AuditRegel
{
    public long Id { get; set; }
    public DateTimeOffset Moment { get; set; }
    public required string Gebruiker { get; set; }

    /// <summary>The entity type, e.g. <c>Product</c>.</summary>
    public required string Entiteit { get; set; }

    /// <summary>The record's key, e.g. <c>12</c>.</summary>
    public required string Sleutel { get; set; }

    /// <summary><c>toegevoegd</c>, <c>gewijzigd</c> or <c>verwijderd</c>.</summary>
    public required string Actie { get; set; }

    /// <summary>JSON object of the changed properties before the change; null for an insert.</summary>
    public string? Voor { get; set; }

    /// <summary>JSON object of the changed properties after the change; null for a delete.</summary>
    public string? Na { get; set; }

    public required string VorigeHash { get; set; }
    public required string Hash { get; set; }
}

/// <summary>Marks an entity whose every change is written to the audit log.</summary>
public interface IAudited;

/// <summary>Who makes the changes in this scope: the logged-in user, the CLI's OS user, or the system at start.</summary>
public interface ICurrentUser
{
    string Naam { get; }

    /// <summary>The moment of the change: the arrival of the web request that makes it; null where no request is (CLI, start-up, jobs).</summary>
    DateTimeOffset? Moment => null;
}

public sealed class SystemUser(string naam = "systeem") : ICurrentUser
{
    public string Naam { get; } = naam;
}
