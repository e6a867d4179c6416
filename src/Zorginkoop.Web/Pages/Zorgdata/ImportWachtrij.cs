using System.Collections.Concurrent;
using System.Threading.Channels;
using Zorginkoop.Zorgdata;

namespace Zorginkoop.Web.Pages.Zorgdata;

public sealed record ImportOpdracht(Guid Id, string Pad, string Bestandsnaam, string Gebruiker);

/// <summary>What the status page shows while an import runs and after it ends.</summary>
public sealed class ImportStatus
{
    public required ImportOpdracht Opdracht { get; init; }
    private int regels;

    /// <summary>Lines read so far; written by the import's thread, read by requests.</summary>
    public int Regels
    {
        get => Volatile.Read(ref regels);
        set => Volatile.Write(ref regels, value);
    }

    public string Fase { get; set; } = "wacht";
    public ZorgdataImportResultaat? Resultaat { get; set; }
    public string? Fout { get; set; }

    private readonly TaskCompletionSource voltooid = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the import has ended, whatever its result (for callers that wait instead of polling).</summary>
    public Task Voltooid => voltooid.Task;

    internal void MeldVoltooid() => voltooid.TrySetResult();
}

/// <summary>
/// Imports run in the background so a large file never holds a request; the page polls their progress. The queue and
/// progress live in this process: with several app instances, the status page must be served by the instance that
/// took the upload (the import run itself is recorded in the database either way).
/// </summary>
public sealed class ImportWachtrij
{
    private readonly Channel<ImportOpdracht> kanaal = Channel.CreateUnbounded<ImportOpdracht>();
    private readonly ConcurrentDictionary<Guid, ImportStatus> statussen = new();

    public ImportStatus Plaats(ImportOpdracht opdracht)
    {
        var status = new ImportStatus { Opdracht = opdracht };
        statussen[opdracht.Id] = status;
        kanaal.Writer.TryWrite(opdracht);
        return status;
    }

    public ImportStatus? Status(Guid id) => statussen.GetValueOrDefault(id);

    public IAsyncEnumerable<ImportOpdracht> LeesAsync(CancellationToken ct) => kanaal.Reader.ReadAllAsync(ct);
}

public sealed class ImportVerwerker(ImportWachtrij wachtrij, IServiceScopeFactory scopes, ILogger<ImportVerwerker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var opdracht in wachtrij.LeesAsync(stoppingToken))
        {
            var status = wachtrij.Status(opdracht.Id)!;
            status.Fase = "bezig";
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var import = scope.ServiceProvider.GetRequiredService<ZorgdataImport>();
                await using var stream = File.OpenRead(opdracht.Pad);
                status.Resultaat = await import.VoerUitAsync(stream, opdracht.Bestandsnaam, opdracht.Gebruiker,
                    new Voortgang(n => status.Regels = n), stoppingToken);
                logger.LogInformation("Zorgdata-import {Bestand} door {Gebruiker}: {Resultaat}", opdracht.Bestandsnaam, opdracht.Gebruiker, status.Resultaat.Run.Resultaat);

            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Never show the exception text: it may contain data from the file.
                logger.LogError(e, "Zorgdata-import {Bestand} mislukt", opdracht.Bestandsnaam);
                status.Fout = "De import is onverwacht mislukt; er is niets opgeslagen. De beheerder kan de oorzaak in het logboek vinden.";
            }
            finally
            {
                status.Fase = "klaar";
                File.Delete(opdracht.Pad);
                status.MeldVoltooid();
            }

            if (status.Resultaat?.Run.Resultaat == Resultaten.Gelukt)
            {
                // The new lines go into the monitor's index now, not when the next person opens the monitor.
                await Monitor.MonitorOpwarmer.WarmOpAsync(scopes, logger, stoppingToken);
            }
        }
    }

    /// <summary>Synchronous progress: Progress&lt;T&gt; would post to the thread pool and report out of order.</summary>
    private sealed class Voortgang(Action<int> actie) : IProgress<int>
    {
        public void Report(int value) => actie(value);
    }
}
