using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Audit;
using Zorginkoop.Data;

namespace Zorginkoop.Web.Infrastructure;

public static class AuditQueries
{
    /// <summary>The audit entries of the given records, newest first (at most 200).</summary>
    public static async Task<IReadOnlyList<AuditRegel>> GeschiedenisAsync(
        this ZorginkoopDbContext db, IEnumerable<(string Entiteit, int Id)> records, CancellationToken ct)
    {
        var sleutels = records.Select(r => r.Entiteit + ":" + r.Id.ToString(CultureInfo.InvariantCulture)).ToList();
        return await db.AuditRegels.AsNoTracking()
            .Where(r => sleutels.Contains(r.Entiteit + ":" + r.Sleutel))
            .OrderByDescending(r => r.Id).Take(200).ToListAsync(ct);
    }
}
