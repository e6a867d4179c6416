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
            try
            {
                var nu = tijd.GetUtcNow();
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<ZorginkoopDbContext>();
                var nieuw = await WebhookGebeurtenissen.VerzamelAsync(db, meldingen.Value.BasisAdres, nu, stoppingToken);
                var bezorgd = await WebhookBezorger.BezorgAsync(db, http.CreateClient(HttpClientNaam), tijd, nu, stoppingToken);
                if (nieuw + bezorgd > 0)
                {
                    logger.LogInformation("Webhooks: {Nieuw} nieuwe bericht(en), {Bezorgd} bezorgd", nieuw, bezorgd);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Webhooks verzamelen of versturen mislukt; volgende poging bij de volgende ronde");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
