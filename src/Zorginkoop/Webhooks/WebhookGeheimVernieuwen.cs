using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;

namespace Zorginkoop.Webhooks;

/// <summary>
/// A new secret, for when the old one may have leaked: from now on every message (also a retry of one already waiting)
/// is signed with the new one, which is shown this once.
/// </summary>
public static class WebhookGeheimVernieuwen
{
    public static async Task<Resultaat<Webhook>> HandleAsync(ZorginkoopDbContext db, int id, CancellationToken ct = default)
    {
        var webhook = await db.Webhooks.SingleOrDefaultAsync(w => w.Id == id && w.VerwijderdOp == null, ct);
        if (webhook is null)
        {
            return Resultaat.Geweigerd<Webhook>(Weigering.Geheel("webhook.niet-gevonden", "Deze webhook bestaat niet (meer)."));
        }

        webhook.Geheim = WebhookRegistreren.NieuwGeheim();
        await db.SaveChangesAsync(ct);
        return Resultaat.Goed(webhook);
    }
}
