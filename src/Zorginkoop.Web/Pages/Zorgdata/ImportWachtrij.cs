using System.Collections.Concurrent;
using System.Threading.Channels;
using Zorginkoop.Zorgdata;

namespace Zorginkoop.Web.Pages.Zorgdata;

public sealed record ImportOpdracht(Guid Id, string Pad, string Bestandsnaam, string Gebruiker);

/// <summary>What the status page shows while an import runs and after it ends.</summary>
public sealed class ImportStatus
{
    public required ImportOpdracht Opdracht { get; init; }
    private ImportVoortgang? voortgang;

    /// <summary>The last progress reported; written by the import's threads, read by requests.</summary>
    public ImportVoortgang? Voortgang
    {
        get => Volatile.Read(ref voortgang);
        set => Volatile.Write(ref voortgang, value);
    }

    /// <summary>What the status page says while the import waits or runs.</summary>
    public string Melding => (Fase, Voortgang) switch
    {
        ("wacht", _) => "De import wacht op zijn beurt.",
        ("klaar", _) => "De import is klaar.",
        (_, null) => "Bezig: het bestand wordt herkend en de catalogus geladen.",
        (_, { } v) => $"Bezig: {v.Tekst}.",
    };

    /// <summary>How much of the file is read, for the progress bar; null while that is not known or no longer moves.</summary>
    public int? Procent => Fase == "bezig" && Voortgang is { Opslaan: false } v ? v.Procent : null;

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
                    new DirecteVoortgang<ImportVoortgang>(v => status.Voortgang = v), stoppingToken);
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
}
