using Microsoft.AspNetCore.Identity;

namespace Zorginkoop.Accounts;

/// <summary>An account: an employee of the purchasing office, or a provider's employee.</summary>
public class Gebruiker : IdentityUser
{
    public string? Naam { get; set; }

    /// <summary>For the role aanbieder: the one provider this account acts for (set from the KvK claim under eHerkenning).</summary>
    public int? ZorgaanbiederId { get; set; }
}
