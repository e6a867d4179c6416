using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;

namespace Zorginkoop.Webhooks;

/// <summary>
/// A test message (<c>webhook.test</c>) for one webhook, queued as any other delivery, signed and logged the same way: so
/// whoever builds the receiver can check its signature and its answer before the first real event.
/// </summary>
public static class WebhookTesten
{
    public static async Task<Resultaat<WebhookBezorging>> HandleAsync(ZorginkoopDbContext db, int id, DateTimeOffset nu, CancellationToken ct = default)
    {
        var webhook = await db.Webhooks.AsNoTracking().SingleOrDefaultAsync(w => w.Id == id && w.VerwijderdOp == null, ct);
        if (webhook is null)
        {
            return Resultaat.Geweigerd<WebhookBezorging>(Weigering.Geheel("webhook.niet-gevonden", "Deze webhook bestaat niet (meer)."));
        }

        var sleutel = $"{WebhookSoort.Test}:{Guid.NewGuid():N}";
        var bezorging = new WebhookBezorging
        {
            WebhookId = id,
            Sleutel = sleutel,
            Soort = WebhookSoort.Test,
            Moment = nu,
            AangemaaktOp = nu,
            Inhoud = WebhookGebeurtenissen.Inhoud(sleutel, WebhookSoort.Test, nu, await db.Regios.Where(r => r.Id == webhook.RegioId).Select(r => r.Code).SingleAsync(ct), id,
                new JsonObject { ["tekst"] = "Testbericht van Zorginkoop: de handtekening en uw antwoord staan daarna in het bezorglog." }),
            Status = WebhookStatus.Wachtend,
            VolgendePoging = nu,
        };
        db.WebhookBezorgingen.Add(bezorging);
        await db.SaveChangesAsync(ct);
        return Resultaat.Goed(bezorging);
    }
}
