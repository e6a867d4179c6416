using Microsoft.Extensions.Options;
using Zorginkoop.Data;
using Zorginkoop.Meldingen;

namespace Zorginkoop.Web.Achtergrond;

/// <summary>
/// Every <see cref="MeldingenOptions.IntervalSeconden"/>: derive the notifications that are due (providers' and the
/// contract alarms) and send the outbox,
/// through the configured channel. The clock is the injected TimeProvider.
/// </summary>
public sealed class MeldingenJob(IServiceScopeFactory scopes, TimeProvider tijd, IOptions<MeldingenOptions> opties, IOptions<OpslagOptions> opslag,
    IOptions<Zorginkoop.Contracten.ContractOptions> contracten,
    ILogger<MeldingenJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = opties.Value;
        if (o.Kanaal == MeldingenOptions.KanaalUit)
        {
            logger.LogInformation("Meldingen per e-mail staan uit (Meldingen:Kanaal = uit)");
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(o.IntervalSeconden), tijd);
        do
        {
            // Off the thread that fired the timer: ticks that come while a round runs are one tick, not one round each.
            await Task.Yield();
            try
            {
                // One clock reading per round.
                var nu = tijd.GetUtcNow();
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<ZorginkoopDbContext>();
                var nieuw = await Signalering.VerzamelAsync(db, o, nu, stoppingToken)
                    + await Zorginkoop.Contracten.ContractSignalering.VerzamelAsync(db, contracten.Value, o.BasisAdres, nu, stoppingToken);
                await using var kanaal = Kanaal(o);
                var verzonden = await MailSender.SendAsync(db, kanaal, o.Afzender, nu, stoppingToken);
                if (nieuw + verzonden > 0)
                {
                    logger.LogInformation("Meldingen: {Nieuw} nieuw, {Verzonden} verzonden", nieuw, verzonden);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Meldingen verzamelen of verzenden mislukt; volgende poging bij de volgende ronde");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private KanaalHouder Kanaal(MeldingenOptions o) => o.Kanaal == MeldingenOptions.KanaalSmtp
        ? new KanaalHouder(new SmtpMailChannel(o.Smtp))
        : new KanaalHouder(new FolderMailChannel(opslag.Value.DataMap));

    /// <summary>Disposes the SMTP connection after a batch; the folder channel has nothing to dispose.</summary>
    private sealed class KanaalHouder(IMailChannel kanaal) : IMailChannel, IAsyncDisposable
    {
        public Task SendAsync(MimeKit.MimeMessage bericht, CancellationToken ct) => kanaal.SendAsync(bericht, ct);

        public ValueTask DisposeAsync() => kanaal is IAsyncDisposable d ? d.DisposeAsync() : ValueTask.CompletedTask;
    }
}
