using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;

namespace Zorginkoop.Webhooks;

/// <summary>How many deliveries of each webhook are bezorgd, wachtend and opgegeven: for the page's list and the API alike.</summary>
public sealed record WebhookTelling(int Bezorgd, int Wachtend, int Opgegeven)
{
    public static async Task<Func<int, WebhookTelling>> VoorAsync(ZorginkoopDbContext db, IReadOnlyCollection<int> webhookIds, CancellationToken ct)
    {
        var rijen = await db.WebhookBezorgingen.Where(b => webhookIds.Contains(b.WebhookId)).GroupBy(b => new { b.WebhookId, b.Status })
            .Select(g => new { g.Key.WebhookId, g.Key.Status, Aantal = g.Count() }).ToListAsync(ct);
        int Aantal(int id, string status) => rijen.Where(t => t.WebhookId == id && t.Status == status).Sum(t => t.Aantal);
        return id => new(Aantal(id, WebhookStatus.Bezorgd), Aantal(id, WebhookStatus.Wachtend), Aantal(id, WebhookStatus.Opgegeven));
    }
}
