using Zorginkoop.Audit;

namespace Zorginkoop.Web.Accounts;

/// <summary>The logged-in user of the current request for the audit log; "systeem" outside a request (start-up).</summary>
public sealed class HttpGebruiker(IHttpContextAccessor accessor) : IHuidigeGebruiker
{
    public string Naam => accessor.HttpContext?.User.Identity is { IsAuthenticated: true, Name: { } naam } ? naam
        : accessor.HttpContext is null ? "systeem" : "anoniem";
}
