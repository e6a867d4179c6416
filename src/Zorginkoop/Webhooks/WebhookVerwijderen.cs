using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;

namespace Zorginkoop.Webhooks;

/// <summary>
/// Removes a webhook: nothing more is sent to it, what still waits is given up, and its delivery log stays (who sent
/// what, when, is part of the record).
/// </summary>
public static class WebhookVerwijderen
{
    public static async Task<Resultaat<Webhook>> HandleAsync(ZorginkoopDbContext db, int id, string wie, DateTimeOffset nu, CancellationToken ct = default)
    {
        var webhook = await db.Webhooks.SingleOrDefaultAsync(w => w.Id == id && w.VerwijderdOp == null, ct);
        if (webhook is null)
        {
            return Resultaat.Geweigerd<Webhook>(Weigering.Geheel("webhook.niet-gevonden", "Deze webhook bestaat niet (meer)."));
        }

        webhook.VerwijderdOp = nu;
        webhook.VerwijderdDoor = wie;
        foreach (var b in await db.WebhookBezorgingen.Where(b => b.WebhookId == id && b.Status == WebhookStatus.Wachtend).ToListAsync(ct))
        {
            b.Status = WebhookStatus.Opgegeven;
        }

        await db.SaveChangesAsync(ct);
        return Resultaat.Goed(webhook);
    }
}
