using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;

namespace Zorginkoop.Audit;

/// <summary>
/// The chain over the audit log: each entry's hash covers its content and the previous entry's hash, keyed with the
/// audit key (HMAC-SHA256, <see cref="AuditKey"/>), so a row changed in the database cannot be hashed again to look
/// right without the key. A context made without a key (design-time tools, tests that build their own) hashes with
/// plain SHA-256; the app and the CLI key such a chain when they first start on it (<see cref="SleutelInvoerenAsync"/>).
/// </summary>
public static class AuditKeten
{
    public const string Begin = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string BerekenHash(AuditRegel r, AuditKey? sleutel)
    {
        // Fields separated by a unit separator (U+001F), which none of them can contain unescaped (JSON escapes it).
        var inhoud = Encoding.UTF8.GetBytes(string.Join('\u001f',
            r.VorigeHash,
            r.Moment.UtcTicks.ToString(CultureInfo.InvariantCulture),
            r.Gebruiker,
            r.Entiteit,
            r.Sleutel,
            r.Actie,
            r.Voor ?? "",
            r.Na ?? ""));
        return Convert.ToHexStringLower(sleutel is null ? SHA256.HashData(inhoud) : HMACSHA256.HashData(sleutel.Bytes, inhoud));
    }

    /// <summary>The first entry whose hash or link does not match, or null when the whole chain is intact.</summary>
    public static async Task<(AuditRegel Regel, string Reden)?> VerifieerAsync(ZorginkoopDbContext db, CancellationToken ct = default)
    {
        var vorige = Begin;
        await foreach (var r in db.AuditRegels.AsNoTracking().OrderBy(r => r.Id).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (r.VorigeHash != vorige)
            {
                return (r, "de verwijzing naar de vorige regel klopt niet (een regel is verwijderd of ingevoegd)");
            }

            if (BerekenHash(r, db.AuditKey) != r.Hash)
            {
                return (r, "de inhoud past niet bij de hash (de regel is gewijzigd, of de auditsleutel hoort niet bij deze database)");
            }

            vorige = r.Hash;
        }

        return null;
    }

    /// <summary>The head of the chain as it is committed now: how many entries, the last one's id and hash.</summary>
    public static async Task<(long Regels, long LaatsteId, string Hash)> KopAsync(ZorginkoopDbContext db, CancellationToken ct = default)
    {
        var laatste = await db.AuditRegels.AsNoTracking().OrderByDescending(r => r.Id).Select(r => new { r.Id, r.Hash }).FirstOrDefaultAsync(ct);
        return laatste is null ? (0, 0, Begin) : (await db.AuditRegels.LongCountAsync(ct), laatste.Id, laatste.Hash);
    }

    /// <summary>The chain's first entry, in SQL of its own: every CLI call asks (Data/RawSql.cs).</summary>
    private static async Task<AuditRegel?> EersteAsync(ZorginkoopDbContext db, CancellationToken ct) =>
        (await Data.RawSql.LeesAsync(db,
            "SELECT \"Id\", \"Moment\", \"Gebruiker\", \"Entiteit\", \"Sleutel\", \"Actie\", \"Voor\", \"Na\", \"VorigeHash\", \"Hash\" " +
            "FROM \"AuditLog\" ORDER BY \"Id\" LIMIT 1",
            r => new AuditRegel
            {
                Id = r.GetInt64(0),
                Moment = new DateTimeOffset(r.GetInt64(1), TimeSpan.Zero),
                Gebruiker = r.GetString(2),
                Entiteit = r.GetString(3),
                Sleutel = r.GetString(4),
                Actie = r.GetString(5),
                Voor = r.IsDBNull(6) ? null : r.GetString(6),
                Na = r.IsDBNull(7) ? null : r.GetString(7),
                VorigeHash = r.GetString(8),
                Hash = r.GetString(9),
            }, ct)).FirstOrDefault();

    /// <summary>
    /// At start: a chain hashed without a key (made by tools or an earlier version) is checked and then keyed, in one
    /// transaction; a keyed chain must be keyed with this key. Refuses (with the reason) when the chain does not fit.
    /// </summary>
    public static async Task<string?> SleutelInvoerenAsync(ZorginkoopDbContext db, CancellationToken ct = default)
    {
        if (db.AuditKey is not { } sleutel || await EersteAsync(db, ct) is not { } eerste)
        {
            return null;
        }

        if (BerekenHash(eerste, sleutel) == eerste.Hash)
        {
            return null;
        }

        if (BerekenHash(eerste, null) != eerste.Hash)
        {
            return "Audit:Sleutel past niet bij het auditlog in deze database (regel " + eerste.Id.ToString(CultureInfo.InvariantCulture) +
                "). Zet de sleutel terug die bij deze database hoort; met een andere sleutel is het auditlog niet meer te controleren.";
        }

        await using var transactie = await db.Database.BeginTransactionAsync(ct);
        var regels = await db.AuditRegels.OrderBy(r => r.Id).ToListAsync(ct);
        var (vorigeOud, vorigeNieuw) = (Begin, Begin);
        foreach (var r in regels)
        {
            if (r.VorigeHash != vorigeOud || BerekenHash(r, null) != r.Hash)
            {
                return $"Het auditlog is gebroken bij regel {r.Id.ToString(CultureInfo.InvariantCulture)}; het wordt pas van een sleutel voorzien als het heel is. " +
                    "Zoek uit wat er met de regel is gebeurd (zorginkoop audit verify).";
            }

            vorigeOud = r.Hash;
            r.VorigeHash = vorigeNieuw;
            r.Hash = BerekenHash(r, sleutel);
            vorigeNieuw = r.Hash;
        }

        // The audit log's own rows are not audited (they are not IAudited), so this save writes just them.
        await db.SaveChangesAsync(ct);
        await transactie.CommitAsync(ct);
        return null;
    }
}
