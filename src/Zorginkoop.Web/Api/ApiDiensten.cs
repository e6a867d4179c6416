using Microsoft.AspNetCore.Authorization;
using Zorginkoop.Accounts;
using Zorginkoop.Data;
using Zorginkoop.Web.Accounts;
using Zorginkoop.Web.Infrastructure;

namespace Zorginkoop.Web.Api;

/// <summary>
/// What every handler of the API needs besides its own input, bound as one parameter with <c>[AsParameters]</c> (as
/// eShop's <c>CatalogServices</c>), so a handler's signature shows its input and little else.
/// </summary>
public readonly record struct ApiDiensten(ZorginkoopDbContext Db, HttpContext Http, IAuthorizationService Autorisatie, CancellationToken Ct)
{
    /// <summary>The request's one arrival moment (<see cref="RequestArrivalRegistration"/>).</summary>
    public DateTimeOffset Nu => Http.RequestArrival();

    public string Wie => Http.User.Identity?.Name ?? "onbekend";

    /// <summary>Who asks, for the visibility rules: the public, or an employee with the regions of their memberships.</summary>
    public Kijker Kijker => RegionAccess.Kijker(Http.User);

    /// <summary>
    /// The endpoint's policies, asked again for the region of the record it loaded: false means 404, so an officer of
    /// another region cannot tell that the record exists (decision record 0009).
    /// </summary>
    public Task<bool> InRegioAsync(int regioId) => Http.EindpuntInRegioAsync(regioId);

    public Task<bool> InRegioAsync(IReadOnlyCollection<int> regioIds) => Http.EindpuntInRegioAsync(regioIds);
}
