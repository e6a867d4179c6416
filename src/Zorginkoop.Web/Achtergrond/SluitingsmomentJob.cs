using Zorginkoop.Aanbestedingen;
using Zorginkoop.Data;

namespace Zorginkoop.Web.Achtergrond;

/// <summary>
/// Closes submission of procedures whose deadline has passed, once a minute, so the state is right even when nobody
/// reads the page (pages also close on read). The clock is the injected TimeProvider.
/// </summary>
public sealed class SluitingsmomentJob(IServiceScopeFactory scopes, TimeProvider tijd, ILogger<SluitingsmomentJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), tijd);
        do
        {
            // Off the thread that fired the timer: ticks that come while a round runs are one tick, not one round each.
            await Task.Yield();
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var gesloten = await AanbestedingAanpassen.BijwerkenAllesAsync(scope.ServiceProvider.GetRequiredService<ZorginkoopDbContext>(), tijd.GetUtcNow(), stoppingToken);
                if (gesloten > 0)
                {
                    logger.LogInformation("{Aantal} aanbesteding(en) gesloten: uiterste inschrijfdatum verstreken", gesloten);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Bijwerken van aanbestedingen mislukt; volgende poging over een minuut");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
