using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;

namespace Zorginkoop.Audit;

/// <summary>The SHA-256 chain over the audit log: each entry's hash covers its content and the previous entry's hash.</summary>
public static class AuditKeten
{
    public const string Begin = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string BerekenHash(AuditRegel r)
    {
        // Fields separated by a unit separator (U+001F), which none of them can contain unescaped (JSON escapes it).
        var inhoud = string.Join('\u001f',
            r.VorigeHash,
            r.Moment.UtcTicks.ToString(CultureInfo.InvariantCulture),
            r.Gebruiker,
            r.Entiteit,
            r.Sleutel,
            r.Actie,
            r.Voor ?? "",
            r.Na ?? "");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(inhoud)));
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

            if (BerekenHash(r) != r.Hash)
            {
                return (r, "de inhoud past niet bij de hash (de regel is gewijzigd)");
            }

            vorige = r.Hash;
        }

        return null;
    }
}
