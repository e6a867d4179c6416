using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Zorginkoop.Web.Accounts;

/// <summary>
/// /health: can the configured login service (the organisation's identity provider, the eHerkenning broker) be reached?
/// Its discovery document is fetched over the handler's own back channel. Unreachable is "degraded", not "unhealthy":
/// the app itself works, and password logins go on.
/// </summary>
public sealed class LoginServiceHealthCheck(IOptionsMonitor<OpenIdConnectOptions> opties, string schema) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var o = opties.Get(schema);
        var adres = o.MetadataAddress ?? $"{o.Authority!.TrimEnd('/')}/.well-known/openid-configuration";
        try
        {
            using var tijdslimiet = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            tijdslimiet.CancelAfter(TimeSpan.FromSeconds(5));
            using var antwoord = await o.Backchannel.GetAsync(adres, tijdslimiet.Token);
            return antwoord.IsSuccessStatusCode
                ? HealthCheckResult.Healthy()
                : new HealthCheckResult(context.Registration.FailureStatus, $"De inlogdienst antwoordt {(int)antwoord.StatusCode}.");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "De inlogdienst is niet bereikbaar.");
        }
    }
}
