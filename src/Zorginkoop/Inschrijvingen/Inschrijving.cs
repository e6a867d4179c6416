using Zorginkoop.Audit;

namespace Zorginkoop.Inschrijvingen;

public enum InschrijvingStatus
{
    Concept = 1,
    Ingediend = 2,
    Ingetrokken = 3,
}

/// <summary>
/// A provider's bid on a procedure: one row per provider and procedure (so two submissions at once can never make two
/// bids), its content sealed in the vault. <see cref="Kwaliteit"/> and <see cref="Prijs"/> are AES-GCM ciphertexts
/// under the bid's own data key, which is itself protected by ASP.NET Core Data Protection (keys in the database); the
/// price part is a separate ciphertext, so it can stay closed after the quality part is opened. Nothing of the content
/// is in the clear: not the lots, not the answers, not the names of the files.
/// </summary>
/// <remarks>Audited like every change; the audit log records the size of the ciphertexts, never their bytes.</remarks>
public class Inschrijving : IAudited
{
    public int Id { get; set; }
    public int AanbestedingId { get; set; }
    public int ZorgaanbiederId { get; set; }
    public InschrijvingStatus Status { get; set; } = InschrijvingStatus.Concept;

    /// <summary>Counts every change; the concurrency token, so two writes at once cannot both win.</summary>
    public int Versie { get; set; }

    /// <summary>The bid's data key (32 bytes), protected by Data Protection.</summary>
    public required byte[] Sleutel { get; set; }
    public byte[]? Kwaliteit { get; set; }
    public byte[]? Prijs { get; set; }

    /// <summary>The last submission (or re-confirmation), server time in UTC.</summary>
    public DateTimeOffset? IngediendOp { get; set; }

    /// <summary>SHA-256 (hex) of the complete bid as last submitted: the receipt.</summary>
    public string? Ontvangstbewijs { get; set; }

    /// <summary>The request that last submitted: a retry with the same key returns the same receipt.</summary>
    public Guid? LaatsteVerzoek { get; set; }

    public DateTimeOffset Gewijzigd { get; set; }
    public List<InschrijvingBestand> Bestanden { get; set; } = [];
}

/// <summary>A file of a bid: encrypted on disk in the vault folder, its name encrypted in the database.</summary>
public class InschrijvingBestand : IAudited
{
    public int Id { get; set; }
    public int InschrijvingId { get; set; }

    /// <summary>The requirement (<see cref="Inschrijvingseis"/>) it answers.</summary>
    public int EisId { get; set; }
    public required byte[] NaamVersleuteld { get; set; }
    public required string Opslagnaam { get; set; }
    public long Grootte { get; set; }

    /// <summary>SHA-256 of the plain content (hex), part of the receipt.</summary>
    public required string Sha256 { get; set; }
    public DateTimeOffset Moment { get; set; }
}

/// <summary>A receipt given out: which bid, which version, when, and the SHA-256 of the complete bid at that moment.</summary>
public class Ontvangstbewijs : IAudited
{
    public int Id { get; set; }
    public int InschrijvingId { get; set; }
    public int AanbestedingId { get; set; }
    public int ZorgaanbiederId { get; set; }
    public int Versie { get; set; }

    /// <summary>When the submission arrived at the server: the moment judged against the deadline.</summary>
    public DateTimeOffset Moment { get; set; }

    /// <summary>When it was stored (read once the write lock was held, just before the commit); later than <see cref="Moment"/> when the database was busy.</summary>
    public DateTimeOffset OpgeslagenOp { get; set; }
    public required string Sha256 { get; set; }

    /// <summary>True for a re-confirmation after a rectification (the bid itself did not change).</summary>
    public bool Herbevestiging { get; set; }
}

/// <summary>
/// The opening of a procedure's vault after the deadline: asked by one officer, confirmed by another (four eyes, as
/// TenderNed's kluis). Until it is confirmed no officer reads any bid.
/// </summary>
public class KluisOpening : IAudited
{
    public int Id { get; set; }
    public int AanbestedingId { get; set; }
    public required string AangevraagdDoor { get; set; }
    public DateTimeOffset AangevraagdOp { get; set; }
    public string? BevestigdDoor { get; set; }
    public DateTimeOffset? BevestigdOp { get; set; }

    public bool IsOpen => BevestigdOp is not null;
}
