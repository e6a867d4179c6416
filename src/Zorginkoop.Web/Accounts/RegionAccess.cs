using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc.Rendering;
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
public static class RegionAccess
{
    /// <summary>The (region, role) pairs of this user.</summary>
    public static IReadOnlyList<(int RegioId, string Rol)> Leden(ClaimsPrincipal user)
    {
        var leden = new List<(int, string)>();
        foreach (var claim in user.FindAll(Policies.LidClaim))
        {
            if (claim.Value.Split(':', 2) is [var regio, var rol]
                && int.TryParse(regio, NumberStyles.None, CultureInfo.InvariantCulture, out var regioId))
            {
                leden.Add((regioId, rol));
            }
        }

        return leden;
    }

    /// <summary>The regions where this user holds one of <paramref name="rollen"/> (any employee role when null).</summary>
    public static IReadOnlyList<int> RegioIds(ClaimsPrincipal user, IEnumerable<string>? rollen = null)
    {
        var gevraagd = (rollen ?? Rollen.Medewerkers).ToHashSet(StringComparer.Ordinal);
        return [.. Leden(user).Where(l => gevraagd.Contains(l.Rol)).Select(l => l.RegioId).Distinct()];
    }

    /// <summary>The regions where this user holds any employee role, by name: the regions of her coverage, budget and contract register.</summary>
    public static Task<List<Catalogus.Regio>> EigenRegiosAsync(ZorginkoopDbContext db, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var ids = RegioIds(user);
        return db.Regios.AsNoTracking().Where(r => ids.Contains(r.Id)).OrderBy(r => r.Naam).ToListAsync(ct);
    }

    /// <summary>The regions where this user holds one of <paramref name="rollen"/>, by name: the choice of region on a form.</summary>
    public static async Task<List<SelectListItem>> RegioOptiesAsync(ZorginkoopDbContext db, ClaimsPrincipal user, IEnumerable<string> rollen, CancellationToken ct = default)
    {
        var ids = RegioIds(user, rollen);
        return await db.Regios.AsNoTracking().Where(r => ids.Contains(r.Id)).OrderBy(r => r.Naam)
            .Select(r => new SelectListItem(r.Naam, r.Code)).ToListAsync(ct);
    }

    /// <summary>The viewer for the visibility rules: the public, or an employee with the regions of their memberships.</summary>
    public static Kijker Kijker(ClaimsPrincipal user)
    {
        var regios = RegioIds(user);
        return regios.Count == 0 ? Zorginkoop.Accounts.Kijker.Publiek : Zorginkoop.Accounts.Kijker.Medewerker(regios);
    }

    /// <summary>
    /// The policies of this request's endpoint (its <c>[Authorize(Policy = …)]</c> or <c>RequireAuthorization</c>), asked
    /// again for the record it loaded, of region <paramref name="regioId"/>: a page an inkoper of Lekstroom may open is
    /// not thereby open on a procedure of Utrecht-West. The caller answers 404 when false, so nothing tells that the
    /// record exists.
    /// </summary>
    public static Task<bool> EindpuntInRegioAsync(this HttpContext http, int regioId) => http.EindpuntInRegioAsync([regioId]);

    /// <summary>
    /// As <see cref="EindpuntInRegioAsync(HttpContext, int)"/> for a record of several regions (a joint procedure: its
    /// owner and participants), where a role in any of them counts.
    /// </summary>
    public static async Task<bool> EindpuntInRegioAsync(this HttpContext http, IReadOnlyCollection<int> regioIds)
    {
        var autorisatie = http.RequestServices.GetRequiredService<IAuthorizationService>();
        var bereik = new InRegio(regioIds);
        var policies = http.GetEndpoint()?.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>().Distinct() ?? [];
        foreach (var policy in policies)
        {
            if (!(await autorisatie.AuthorizeAsync(http.User, bereik, policy)).Succeeded)
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
