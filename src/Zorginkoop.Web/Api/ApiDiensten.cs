using Microsoft.AspNetCore.Authorization;
using Zorginkoop.Accounts;
using Zorginkoop.Data;
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

    public async Task<bool> IsMedewerkerAsync() => (await Autorisatie.AuthorizeAsync(Http.User, Policies.Medewerker)).Succeeded;
}
