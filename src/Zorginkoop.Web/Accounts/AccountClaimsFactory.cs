using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zorginkoop.Accounts;
using Zorginkoop.Data;

namespace Zorginkoop.Web.Accounts;

/// <summary>
/// Puts on the login what every check reads: the bound provider of an aanbieder account, and an employee's memberships
/// (decision record 0009). Read again at every sign-in and when the security stamp is validated, so a removed
/// membership ends within the stamp's interval.
/// </summary>
public sealed class AccountClaimsFactory(UserManager<Gebruiker> gebruikers, RoleManager<IdentityRole> rollen, IOptions<IdentityOptions> opties, ZorginkoopDbContext db)
    : UserClaimsPrincipalFactory<Gebruiker, IdentityRole>(gebruikers, rollen, opties)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(Gebruiker gebruiker)
    {
        var identiteit = await base.GenerateClaimsAsync(gebruiker);
        if (gebruiker.ZorgaanbiederId is { } id)
        {
            identiteit.AddClaim(new Claim(Policies.ZorgaanbiederClaim, id.ToString(CultureInfo.InvariantCulture)));
        }

        if (gebruiker.TwoFactorEnabled)
        {
            identiteit.AddClaim(new Claim(Policies.TweestapsClaim, "aan"));
        }

        var leden = await db.Lidmaatschappen.AsNoTracking().Where(l => l.GebruikerId == gebruiker.Id)
            .Select(l => new { l.RegioId, l.Rol }).ToListAsync();
        foreach (var lid in leden)
        {
            identiteit.AddClaim(new Claim(Policies.LidClaim, string.Create(CultureInfo.InvariantCulture, $"{lid.RegioId}:{lid.Rol}")));
        }

        // The role in some region, as a role claim: a page's policy lets the request in, and the record it loads is then
        // checked against its own region (RegioAutorisatie).
        foreach (var rol in leden.Select(l => l.Rol).Distinct())
        {
            identiteit.AddClaim(new Claim(Options.ClaimsIdentity.RoleClaimType, rol));
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
