using Zorginkoop.Data;
using Zorginkoop.Monitoring;

namespace Zorginkoop.Web.Achtergrond;

/// <summary>
/// Loads the monitor's in-memory index when the app starts, so the first person to open the monitor does not wait for
/// the care lines to be read (seconds for a national year, bench/README.md). After that, each query brings the index up
/// to date itself; the web import warms it again as soon as an import is done.
/// </summary>
public sealed class MonitorWarmup(IServiceScopeFactory scopes, ILogger<MonitorWarmup> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => WarmUpAsync(scopes, logger, stoppingToken);

    public static async Task WarmUpAsync(IServiceScopeFactory scopes, ILogger logger, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var stand = await MonitorIndex.ActueelAsync(scope.ServiceProvider.GetRequiredService<ZorginkoopDbContext>(), ct);
            logger.LogInformation("Monitorindex bijgewerkt: {Regels} zorgregels", stand.Regels);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Not fatal: the next monitor query loads the index itself.
            logger.LogWarning(e, "Monitorindex vooraf laden mislukt");
        }
    }
}
