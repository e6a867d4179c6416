using Microsoft.AspNetCore.Identity;

namespace Zorginkoop.Accounts;

/// <summary>
/// An account: an employee of the purchasing office, or a provider's employee. Never deleted (the audit keeps naming the
/// person): a beheerder deactivates it. Audited like every record, without its secrets (AuditWriter leaves out the
/// stamps and records a new password hash only as changed).
/// </summary>
public class Gebruiker : IdentityUser, Audit.IAudited
{
    public string? Naam { get; set; }

    /// <summary>For the role aanbieder: the one provider this account acts for (set from the KvK claim under eHerkenning).</summary>
    public int? ZorgaanbiederId { get; set; }

    /// <summary>
    /// Set when a beheerder deactivated the account: it cannot log in (its lockout runs to the end of time, its security
    /// stamp was renewed so open sessions end) and keeps its memberships, so reactivating restores them.
    /// </summary>
    public DateTimeOffset? GedeactiveerdOp { get; set; }

    /// <summary>
    /// Set when a provider's employee logged in through eHerkenning for the first time while her provider already has
    /// accounts: she cannot log in until the provider's beheerder approves (issue 15).
    /// </summary>
    public DateTimeOffset? WachtOpGoedkeuringSinds { get; set; }

    /// <summary>
    /// When the notifier first filled her inbox (issue 16): what was on her work list then came in without e-mail;
    /// everything after follows her choice of channel.
    /// </summary>
    public DateTimeOffset? PostvakSinds { get; set; }
}
