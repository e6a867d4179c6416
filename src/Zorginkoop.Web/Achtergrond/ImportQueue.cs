using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Zorgdata;

namespace Zorginkoop.Web.Achtergrond;

/// <param name="Gemeenten">The municipalities whose lines the user may import (<c>ImportBereik</c>).</param>
public sealed record ImportJob(Guid Id, string Bestandsnaam, string Gebruiker, IReadOnlySet<string>? Gemeenten = null);

/// <summary>
/// An upload waiting for its import: the file, encrypted with a key that only this object holds
/// (<see cref="EncryptedFile"/>), and the lock that shows it is alive (<see cref="ImportLock"/>). Disposing
/// deletes the file and forgets the key.
/// </summary>
public sealed class ImportUpload(string pad, byte[] sleutel, ImportLock slot) : IDisposable
{
    public string Pad { get; } = pad;

    public Stream Open() => EncryptedFile.Open(Pad, sleutel);

    public void Dispose()
    {
        File.Delete(Pad);
        System.Security.Cryptography.CryptographicOperations.ZeroMemory(sleutel);
        slot.Dispose();
    }
}

/// <summary>What the status page shows while an import runs and after it ends.</summary>
public sealed class ImportJobStatus
{
    public required ImportJob Opdracht { get; init; }
    private ImportProgress? voortgang;

    /// <summary>The last progress reported; written by the import's threads, read by requests.</summary>
    public ImportProgress? Voortgang
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

    /// <summary>
    /// The status of a run this process does not follow (it ran before a restart, or in another app instance), from
    /// its record: running, or its result with when and why.
    /// </summary>
    public static ImportJobStatus VanRun(Importrun run)
    {
        var status = new ImportJobStatus { Opdracht = new(run.Opdracht!.Value, run.Bestandsnaam, run.Gebruiker) };
        status.Fase = run.Resultaat == Resultaten.Bezig ? "bezig" : "klaar";
        if (run.Resultaat == Resultaten.Afgebroken)
        {
            status.Fout = run.Meldingen ?? "De import is afgebroken; er is niets opgeslagen.";
        }
        else if (run.Resultaat != Resultaten.Bezig)
        {
            status.Resultaat = new(run, [], 0);
        }

        return status;
    }
}

/// <summary>
/// Imports run in the background so a large file never holds a request; the page polls their progress. The queue and
/// progress live in this process; the run itself is recorded in the database from its start, so after a restart, or
/// from another app instance, its status page shows the run's record (ImportJobStatus.VanRun).
/// </summary>
public sealed class ImportQueue
{
    private readonly Channel<(ImportJob Opdracht, ImportUpload Upload)> kanaal = Channel.CreateUnbounded<(ImportJob, ImportUpload)>();
    private readonly ConcurrentDictionary<Guid, ImportJobStatus> statussen = new();

    public ImportJobStatus Plaats(ImportJob opdracht, ImportUpload upload)
    {
        var status = new ImportJobStatus { Opdracht = opdracht };
        statussen[opdracht.Id] = status;
        kanaal.Writer.TryWrite((opdracht, upload));
        return status;
    }

    public ImportJobStatus? Status(Guid id) => statussen.GetValueOrDefault(id);

    /// <summary>The status of a job this process follows, only for <paramref name="gebruiker"/> who started it (the status page and the API).</summary>
    public ImportJobStatus? EigenStatus(Guid id, string? gebruiker) => Status(id) is { } s && s.Opdracht.Gebruiker == gebruiker ? s : null;

    /// <summary>The latest run of job <paramref name="id"/> that <paramref name="gebruiker"/> started, from the database (after a restart, or in another instance).</summary>
    public static Task<Importrun?> EigenRunAsync(ZorgdataDbContext db, Guid id, string? gebruiker, CancellationToken ct) =>
        db.Importruns.AsNoTracking().Where(r => r.Opdracht == id && r.Gebruiker == gebruiker).OrderByDescending(r => r.Id).FirstOrDefaultAsync(ct);

    public IAsyncEnumerable<(ImportJob Opdracht, ImportUpload Upload)> LeesAsync(CancellationToken ct) => kanaal.Reader.ReadAllAsync(ct);
}

public sealed class ImportWorker(ImportQueue wachtrij, IServiceScopeFactory scopes, ILogger<ImportWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var (opdracht, upload) in wachtrij.LeesAsync(stoppingToken))
        {
            var status = wachtrij.Status(opdracht.Id)!;
            status.Fase = "bezig";
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var import = scope.ServiceProvider.GetRequiredService<ZorgdataImport>();
                await using var stream = upload.Open();
                status.Resultaat = await import.RunAsync(stream, opdracht.Bestandsnaam, opdracht.Gebruiker, opdracht.Id,
                    new SynchronousProgress<ImportProgress>(v => status.Voortgang = v), stoppingToken, opdracht.Gemeenten);
                if (status.Resultaat.Run.Resultaat == Resultaten.Afgebroken)
                {
                    status.Fout = status.Resultaat.Run.Meldingen ?? string.Join(" ", status.Resultaat.Meldingen.Select(m => m.Tekst));
                }

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
                // The encrypted upload and its key go as soon as the import is done, whatever its result.
                upload.Dispose();
                status.MeldVoltooid();
            }

            if (status.Resultaat?.Run.Resultaat == Resultaten.Gelukt)
            {
                // The new lines go into the monitor's index now, not when the next person opens the monitor.
                await MonitorWarmup.WarmUpAsync(scopes, logger, stoppingToken);
            }
        }
    }
}
