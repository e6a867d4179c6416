using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Zorginkoop.Accounts;

namespace Zorginkoop.Web.Accounts;

/// <summary>Adds the bound provider of an aanbieder account to its login, so every check reads it from the claim.</summary>
public sealed class AccountClaimsFactory(UserManager<Gebruiker> gebruikers, RoleManager<IdentityRole> rollen, IOptions<IdentityOptions> opties)
    : UserClaimsPrincipalFactory<Gebruiker, IdentityRole>(gebruikers, rollen, opties)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(Gebruiker gebruiker)
    {
        var identiteit = await base.GenerateClaimsAsync(gebruiker);
        if (gebruiker.ZorgaanbiederId is { } id)
        {
            identiteit.AddClaim(new Claim(Policies.ZorgaanbiederClaim, id.ToString(CultureInfo.InvariantCulture)));
        }

        return identiteit;
    }
}

public static class ZorgaanbiederVanGebruiker
{
    /// <summary>The provider the logged-in aanbieder acts for, or null for anyone else.</summary>
    public static int? ZorgaanbiederId(this ClaimsPrincipal user) =>
        user.IsInRole(Rollen.Aanbieder) && int.TryParse(user.FindFirstValue(Policies.ZorgaanbiederClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;
}
