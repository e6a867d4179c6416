using Zorginkoop.Audit;
using Zorginkoop.Web.Infrastructure;

namespace Zorginkoop.Web.Accounts;

/// <summary>The logged-in user of the current request for the audit log; "systeem" outside a request (start-up).</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public string Naam => accessor.HttpContext?.User.Identity is { IsAuthenticated: true, Name: { } naam } ? naam
        : accessor.HttpContext is null ? "systeem" : "anoniem";

    /// <summary>The request's arrival, so the audit entry carries the same moment as everything else the request stored.</summary>
    public DateTimeOffset? Moment => accessor.HttpContext?.Features.Get<RequestArrival>()?.Moment;
}
