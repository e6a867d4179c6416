using Microsoft.Extensions.Options;
using Zorginkoop.Data;
using Zorginkoop.Meldingen;
using Zorginkoop.Webhooks;

namespace Zorginkoop.Web.Achtergrond;

/// <summary>
/// Every <see cref="MeldingenOptions.IntervalSeconden"/> (30 seconds by default): find the new events and queue their
/// deliveries (<see cref="WebhookGebeurtenissen"/>), then send what is due (<see cref="WebhookBezorger"/>). Apart from
/// the requests, so a slow or absent receiver never holds up the officer whose step caused the event (issue 17). The
/// clock is the injected TimeProvider; one reading per round.
/// </summary>
public sealed class WebhookJob(IServiceScopeFactory scopes, TimeProvider tijd, IOptions<MeldingenOptions> meldingen, IHttpClientFactory http,
    ILogger<WebhookJob> logger) : BackgroundService
{
    public const string HttpClientNaam = "webhooks";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(meldingen.Value.IntervalSeconden), tijd);
        do
        {
            await Task.Yield();
            var nu = tijd.GetUtcNow();
            // Two steps, each on its own: a failure to find new events (a deadlock between two instances) must not stop
            // the sending of what already waits, nor the other way round.
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var nieuw = await WebhookGebeurtenissen.VerzamelAsync(scope.ServiceProvider.GetRequiredService<ZorginkoopDbContext>(), meldingen.Value.BasisAdres, nu,
                    stoppingToken);
                if (nieuw > 0)
                {
                    logger.LogInformation("Webhooks: {Nieuw} nieuwe bericht(en)", nieuw);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Nieuwe gebeurtenissen voor webhooks zoeken mislukt; volgende poging bij de volgende ronde");
            }

            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var bezorgd = await WebhookBezorger.BezorgAsync(scope.ServiceProvider.GetRequiredService<ZorginkoopDbContext>(), http.CreateClient(HttpClientNaam),
                    tijd, nu, stoppingToken);
                if (bezorgd > 0)
                {
                    logger.LogInformation("Webhooks: {Bezorgd} bericht(en) bezorgd", bezorgd);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Webhookberichten versturen mislukt; volgende poging bij de volgende ronde");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
