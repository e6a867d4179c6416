using Microsoft.Extensions.Options;
using Zorginkoop.Data;
using Zorginkoop.Ocds;

namespace Zorginkoop.Web.Achtergrond;

/// <summary>
/// Once an hour, the OCDS releases of contracts whose status the calendar changed (started, ended): nobody saves their
/// procedure that day, so the save's own capture does not see it (<see cref="OcdsVastlegging.KalenderBijwerkenAsync"/>).
/// The clock is the injected TimeProvider.
/// </summary>
public sealed class OcdsKalenderJob(IServiceScopeFactory scopes, TimeProvider tijd, IOptions<OcdsOptions> opties, ILogger<OcdsKalenderJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), tijd);
        do
        {
            await Task.Yield();
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var n = await OcdsVastlegging.KalenderBijwerkenAsync(scope.ServiceProvider.GetRequiredService<ZorginkoopDbContext>(), opties.Value.Prefix,
                    tijd.GetUtcNow(), stoppingToken);
                if (n > 0)
                {
                    logger.LogInformation("{Aantal} OCDS-release(s) vastgelegd voor contracten die begonnen of eindigden", n);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "OCDS-releases van de kalender vastleggen mislukt; volgende poging over een uur");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
