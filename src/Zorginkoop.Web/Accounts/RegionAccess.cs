using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Accounts;
using Zorginkoop.Data;

namespace Zorginkoop.Web.Accounts;

/// <summary>
/// The resource of a check on a record: the regions that own it (its own, and later the participants of a joint
/// procedure). <c>AuthorizeAsync(user, new InRegio(a.RegioId), Policies.X)</c> succeeds only when the user holds one of
/// X's roles in one of these regions (decision record 0009).
/// </summary>
public sealed record InRegio(IReadOnlyCollection<int> RegioIds)
{
    public InRegio(int regioId)
        : this([regioId])
    {
    }
}

/// <summary>
/// An employee's memberships, read from the login's <see cref="Policies.LidClaim"/> claims (region id and role: a
/// region's code may change, its id does not); the one place that turns "may this user do X" into "may this user do X
/// in region R".
/// </summary>
public sealed class RegionAccess(ZorginkoopDbContext db, IAuthorizationService autorisatie)
{
    /// <summary>The (region, role) pairs of this user.</summary>
    public static IReadOnlyList<(int RegioId, string Rol)> Leden(ClaimsPrincipal user) =>
        [.. user.FindAll(Policies.LidClaim).Select(c => c.Value.Split(':', 2))
            .Where(d => d.Length == 2 && int.TryParse(d[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _))
            .Select(d => (int.Parse(d[0], System.Globalization.CultureInfo.InvariantCulture), d[1]))];

    /// <summary>The regions where this user holds one of <paramref name="rollen"/> (any employee role when null).</summary>
    public static IReadOnlyList<int> RegioIds(ClaimsPrincipal user, IEnumerable<string>? rollen = null)
    {
        var gevraagd = (rollen ?? Rollen.Medewerkers).ToHashSet(StringComparer.Ordinal);
        return [.. Leden(user).Where(l => gevraagd.Contains(l.Rol)).Select(l => l.RegioId).Distinct()];
    }

    /// <summary>The regions where this user holds one of <paramref name="rollen"/>, by name: the choice of region on a form.</summary>
    public async Task<List<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem>> RegioOptiesAsync(ClaimsPrincipal user, IEnumerable<string> rollen, CancellationToken ct = default)
    {
        var ids = RegioIds(user, rollen);
        return await db.Regios.AsNoTracking().Where(r => ids.Contains(r.Id)).OrderBy(r => r.Naam)
            .Select(r => new Microsoft.AspNetCore.Mvc.Rendering.SelectListItem(r.Naam, r.Code)).ToListAsync(ct);
    }

    /// <summary>The viewer for the visibility rules: the public, or an employee with the regions of their memberships.</summary>
    public static Kijker Kijker(ClaimsPrincipal user)
    {
        var regios = RegioIds(user);
        return regios.Count == 0 ? Zorginkoop.Accounts.Kijker.Publiek : Zorginkoop.Accounts.Kijker.Medewerker(regios);
    }

    /// <summary>Whether the user may do what <paramref name="policy"/> allows, on a record of <paramref name="bereik"/>.</summary>
    public async Task<bool> MagAsync(ClaimsPrincipal user, InRegio bereik, string policy) =>
        (await autorisatie.AuthorizeAsync(user, bereik, policy)).Succeeded;

    /// <summary>
    /// The policies of this request's endpoint (its <c>[Authorize(Policy = …)]</c> or <c>RequireAuthorization</c>), asked
    /// again for the record it loaded: a page an inkoper of Lekstroom may open is not thereby open on a procedure of
    /// Utrecht-West. The caller answers 404 when false, so nothing tells that the record exists.
    /// </summary>
    public async Task<bool> EindpuntToegestaanAsync(HttpContext http, InRegio bereik)
    {
        var policies = http.GetEndpoint()?.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>().Distinct() ?? [];
        foreach (var policy in policies)
        {
            if (!await MagAsync(http.User, bereik, policy))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>
/// Makes a role requirement region-bound when the resource is a region (<see cref="InRegio"/>): the role must be held in
/// that region. A role of the whole installation (aanbieder, systeembeheerder) counts everywhere. It fails the check
/// rather than merely not succeeding, because the built-in role handler succeeds on the role in any region.
/// </summary>
public sealed class RegionRoleHandler : AuthorizationHandler<RolesAuthorizationRequirement, InRegio>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, RolesAuthorizationRequirement requirement, InRegio resource)
    {
        if (requirement.AllowedRoles.Any(r => Rollen.Globaal.Contains(r) && context.User.IsInRole(r)))
        {
            return Task.CompletedTask;
        }

        if (!RegionAccess.Leden(context.User).Any(l => resource.RegioIds.Contains(l.RegioId) && requirement.AllowedRoles.Contains(l.Rol)))
        {
            context.Fail(new AuthorizationFailureReason(this, "Geen van de vereiste rollen in de regio van dit gegeven."));
        }

        return Task.CompletedTask;
    }
}
