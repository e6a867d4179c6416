using Zorginkoop.Audit;
using Zorginkoop.Data;

namespace Zorginkoop.Web.Achtergrond;

/// <summary>
/// Anchors the audit chain at least once a day (besides the anchors at every vault opening and award): every hour it
/// looks at the last anchor in the file and writes a new one when that is a day old. Several app instances may each
/// write one; an extra anchor does no harm.
/// </summary>
public sealed class AuditAnchorJob(IServiceScopeFactory scopes, Auditankers ankers, TimeProvider tijd, ILogger<AuditAnchorJob> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), tijd);
        do
        {
            // Off the thread that fired the timer: ticks that come while a round runs are one tick, not one round each.
            await Task.Yield();
            try
            {
                var laatste = ankers.Lees().Select(a => a.Anker).OfType<Auditanker>().Select(a => (DateTimeOffset?)a.Moment).LastOrDefault();
                if (laatste is null || tijd.GetUtcNow() - laatste >= Interval)
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var anker = await ankers.WriteAsync(scope.ServiceProvider.GetRequiredService<ZorginkoopDbContext>(), "dagelijks", stoppingToken);
                    logger.LogInformation("Auditanker geschreven: {Regels} regels, laatste {Id}", anker.Regels, anker.LaatsteId);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Het dagelijkse auditanker kon niet worden geschreven; volgende poging over een uur");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
