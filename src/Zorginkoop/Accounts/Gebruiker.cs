using Microsoft.AspNetCore.Identity;

namespace Zorginkoop.Accounts;

/// <summary>An account: an employee of the purchasing office, or (later) a provider's employee.</summary>
public class Gebruiker : IdentityUser
{
    public string? Naam { get; set; }
}
