using Microsoft.Extensions.Options;
using Zorginkoop.Data;
using Zorginkoop.Meldingen;
using Zorginkoop.Werk;

namespace Zorginkoop.Web.Achtergrond;

/// <summary>
/// Every <see cref="MeldingenOptions.IntervalSeconden"/>: raise the contract alarms, fill the employees' inboxes from
/// their work lists, derive the providers' notifications and the daily summaries, and send the outbox through the
/// configured channel (with the channel off, only the alarms and the inboxes). The clock is the injected TimeProvider.
/// </summary>
public sealed class MeldingenJob(IServiceScopeFactory scopes, TimeProvider tijd, IOptions<MeldingenOptions> opties, IOptions<OpslagOptions> opslag,
    IOptions<Zorginkoop.Contracten.ContractOptions> contracten,
    ILogger<MeldingenJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = opties.Value;
        var mailen = o.Kanaal != MeldingenOptions.KanaalUit;
        if (!mailen)
        {
            logger.LogInformation("Meldingen per e-mail staan uit (Meldingen:Kanaal = uit); werkbak en postvak worden wel bijgewerkt");
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
                // The alarms first, so a new one is in this round's inboxes.
                var nieuw = await Zorginkoop.Contracten.ContractSignalering.VerzamelAsync(db, contracten.Value, nu, stoppingToken)
                    + await PostvakVullen.VerzamelAsync(db, o, mailen, nu, stoppingToken);
                var verzonden = 0;
                if (mailen)
                {
                    nieuw += await Signalering.VerzamelAsync(db, o, nu, stoppingToken) + await Dagoverzicht.VerzamelAsync(db, o, nu, stoppingToken);
                    await using var kanaal = Kanaal(o);
                    verzonden = await MailSender.SendAsync(db, kanaal, o.Afzender, nu, stoppingToken);
                }

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
