using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Zorginkoop.Data;

namespace Zorginkoop.Audit;

/// <summary>
/// The head of the audit chain at one moment (how many entries, the last one's id and hash), written outside the
/// database: whoever can change the database cannot change what was anchored before. <see cref="Mac"/> is an HMAC with
/// the audit key over the other fields, so a line changed in the file is seen too.
/// </summary>
public sealed record Auditanker(DateTimeOffset Moment, long Regels, long LaatsteId, string Hash, string Reden, string Mac);

/// <summary>
/// The anchors of the audit chain: an append-only file (<c>audit-ankers.jsonl</c>, one JSON line each) in the data
/// folder, written at least daily and at every vault opening and award, shown on the public page /audit/anker (where
/// anyone can copy them), and checked by <c>zorginkoop audit verify</c>. With the key outside the database and the head
/// outside it too, a chain whose newest entries were deleted, or that was changed and hashed again, no longer matches
/// its last anchor.
/// </summary>
public sealed class Auditankers(string dataMap, AuditKey sleutel, ILogger<Auditankers>? logger = null) : IDisposable
{
    public const string Bestandsnaam = "audit-ankers.jsonl";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly SemaphoreSlim schrijven = new(1, 1);

    private ILogger? Logger { get; } = logger;

    public void Dispose() => schrijven.Dispose();

    public string Pad { get; } = Path.Combine(dataMap, Bestandsnaam);

    /// <summary>Anchors the chain as it is committed now. Call it after the commit of the change that is worth an anchor.</summary>
    public async Task<Auditanker> WriteAsync(ZorginkoopDbContext db, string reden, CancellationToken ct = default)
    {
        var (regels, laatsteId, hash) = await AuditKeten.KopAsync(db, ct);
        var moment = db.Klok.GetUtcNow();
        var anker = new Auditanker(moment, regels, laatsteId, hash, reden, Mac(moment, regels, laatsteId, hash, reden));
        var regel = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(anker, Json) + "\n");
        await schrijven.WaitAsync(ct);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Pad)!);
            // Append only, and on disk before the caller goes on: a crash after this line cannot take the anchor back.
            await using var bestand = new FileStream(Pad, FileMode.Append, FileAccess.Write, FileShare.ReadWrite, 4096, FileOptions.WriteThrough);
            await bestand.WriteAsync(regel, ct);
            bestand.Flush(flushToDisk: true);
        }
        finally
        {
            schrijven.Release();
        }

        return anker;
    }

    /// <summary>
    /// After the commit of a change worth an anchor (a vault opened, an award): anchors when this context has anchors
    /// and no transaction is still open. A failure to write is logged, not thrown: the change itself is committed, and
    /// the daily anchor follows.
    /// </summary>
    public static async Task NaAsync(ZorginkoopDbContext db, string reden, CancellationToken ct = default)
    {
        if (db.Auditankers is not { } ankers || db.Database.CurrentTransaction is not null)
        {
            return;
        }

        try
        {
            await ankers.WriteAsync(db, reden, ct);
        }
        catch (IOException e)
        {
            ankers.Logger?.LogError(e, "Het auditanker ({Reden}) kon niet worden geschreven naar {Pad}", reden, ankers.Pad);
        }
    }

    /// <summary>Every anchor in the file, oldest first, with whether its MAC is right.</summary>
    public IReadOnlyList<(int Regel, Auditanker? Anker, bool Echt)> Lees()
    {
        if (!File.Exists(Pad))
        {
            return [];
        }

        var uit = new List<(int, Auditanker?, bool)>();
        using var bestand = new FileStream(Pad, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var lezer = new StreamReader(bestand, Encoding.UTF8);
        var nummer = 0;
        while (lezer.ReadLine() is { } tekst)
        {
            nummer++;
            if (string.IsNullOrWhiteSpace(tekst))
            {
                continue;
            }

            Auditanker? anker = null;
            try
            {
                anker = JsonSerializer.Deserialize<Auditanker>(tekst, Json);
            }
            catch (JsonException)
            {
            }

            uit.Add((nummer, anker, anker is not null && CryptographicOperations.FixedTimeEquals(
                Encoding.ASCII.GetBytes(anker.Mac ?? ""), Encoding.ASCII.GetBytes(Mac(anker.Moment, anker.Regels, anker.LaatsteId, anker.Hash, anker.Reden)))));
        }

        return uit;
    }

    /// <summary>
    /// Checks the chain in the database against every anchor: the anchored entry must still be there with the same
    /// hash, and as many entries up to it. The first problem in Dutch, or null.
    /// </summary>
    public async Task<string?> ControleerAsync(ZorginkoopDbContext db, CancellationToken ct = default)
    {
        foreach (var (nummer, anker, echt) in Lees())
        {
            if (anker is null || !echt)
            {
                return $"regel {nummer} van {Bestandsnaam} is gewijzigd of onleesbaar (de handtekening klopt niet)";
            }

            if (anker.Regels == 0)
            {
                continue;
            }

            var regel = await db.AuditRegels.AsNoTracking().Where(r => r.Id == anker.LaatsteId).Select(r => r.Hash).SingleOrDefaultAsync(ct);
            var laatste = await db.AuditRegels.MaxAsync(r => (long?)r.Id, ct) ?? 0;
            var tot = $"het anker van {Formatting.NlFormat.DatumTijd(anker.Moment)} ({anker.Reden})";
            if (regel is null)
            {
                return laatste < anker.LaatsteId
                    ? $"het einde van de keten ontbreekt: bij {tot} liep de keten tot en met regel {anker.LaatsteId}, nu eindigt zij bij regel {laatste}"
                    : $"regel {anker.LaatsteId}, die bij {tot} de laatste was, ontbreekt";
            }

            if (regel != anker.Hash)
            {
                return $"de keten is herschreven: regel {anker.LaatsteId} heeft een andere hash dan bij {tot}";
            }

            var aantal = await db.AuditRegels.LongCountAsync(r => r.Id <= anker.LaatsteId, ct);
            if (aantal != anker.Regels)
            {
                return $"er zijn regels verwijderd of ingevoegd: bij {tot} waren er {anker.Regels} tot en met regel {anker.LaatsteId}, nu {aantal}";
            }
        }

        return null;
    }

    private string Mac(DateTimeOffset moment, long regels, long laatsteId, string hash, string reden) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(sleutel.Bytes, Encoding.UTF8.GetBytes(string.Join('\u001f',
            moment.UtcTicks.ToString(CultureInfo.InvariantCulture), regels.ToString(CultureInfo.InvariantCulture),
            laatsteId.ToString(CultureInfo.InvariantCulture), hash, reden))));
}
