using System.Net;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;

namespace Zorginkoop.Webhooks;

/// <summary>
/// An officer registers a URL for the events of one region. The answer carries the secret, which is shown this once:
/// the receiver checks each message's signature with it.
/// </summary>
public static class WebhookRegistreren
{
    /// <summary>More than this per region is a mistake or abuse; each one is called for every event.</summary>
    public const int MaxPerRegio = 25;

    public sealed record Gegevens(string? Url, IReadOnlyList<string>? Soorten, string? Omschrijving);

    public static async Task<Resultaat<Webhook>> HandleAsync(ZorginkoopDbContext db, string regioCode, Gegevens g, string wie, DateTimeOffset nu,
        WebhookOptions opties, Func<string, CancellationToken, Task<IPAddress[]>> opzoeken, CancellationToken ct = default)
    {
        var regioId = await db.Regios.Where(r => r.Code == regioCode).Select(r => (int?)r.Id).SingleOrDefaultAsync(ct);
        if (regioId is null)
        {
            return Resultaat.Geweigerd<Webhook>(Weigering.Geheel("webhook.regio-onbekend", $"Er is geen regio '{regioCode}'."));
        }

        var weigeringen = new List<Weigering>();
        var soorten = (g.Soorten ?? []).Select(s => s.Trim()).Where(s => s.Length > 0).Distinct().ToList();
        if (soorten.Count == 0)
        {
            weigeringen.Add(new("webhook.soort-ontbreekt", "Soorten", "Kies ten minste één soort gebeurtenis."));
        }
        else if (soorten.FirstOrDefault(s => !WebhookSoort.IsBekend(s)) is { } onbekend)
        {
            weigeringen.Add(new("webhook.soort-onbekend", "Soorten",
                $"'{onbekend}' is geen soort gebeurtenis. Kies uit: {string.Join(", ", WebhookSoort.Alle.Select(s => s.Soort))}."));
        }

        var omschrijving = string.IsNullOrWhiteSpace(g.Omschrijving) ? null : g.Omschrijving.Trim();
        if (omschrijving?.Length > 200)
        {
            weigeringen.Add(new("webhook.omschrijving-te-lang", "Omschrijving", "Een omschrijving is hoogstens 200 tekens lang."));
        }

        if (await WebhookAdres.ControleerAsync(g.Url, opties, opzoeken, ct) is { } adres)
        {
            weigeringen.Add(adres);
        }
        else
        {
            var url = g.Url!.Trim();
            var bestaande = await db.Webhooks.Where(w => w.RegioId == regioId && w.VerwijderdOp == null).Select(w => w.Url).ToListAsync(ct);
            if (bestaande.Contains(url, StringComparer.Ordinal))
            {
                weigeringen.Add(new("webhook.url-bestaat", "Url", "Deze regio heeft al een webhook met deze URL. Pas de soorten daar aan, of verwijder die eerst."));
            }
            else if (bestaande.Count >= MaxPerRegio)
            {
                weigeringen.Add(Weigering.Geheel("webhook.te-veel", $"Een regio heeft hoogstens {MaxPerRegio} webhooks. Verwijder er eerst een die niet meer nodig is."));
            }
        }

        if (weigeringen.Count > 0)
        {
            return Resultaat.Geweigerd<Webhook>(weigeringen);
        }

        var webhook = new Webhook
        {
            RegioId = regioId.Value,
            Url = g.Url!.Trim(),
            Soorten = string.Join(',', WebhookSoort.Alle.Select(s => s.Soort).Where(soorten.Contains)),
            Geheim = NieuwGeheim(),
            Omschrijving = omschrijving,
            AangemaaktOp = nu,
            AangemaaktDoor = wie,
        };
        db.Webhooks.Add(webhook);
        await db.SaveChangesAsync(ct);
        return Resultaat.Goed(webhook);
    }

    /// <summary>256 random bits as 64 hex characters; the receiver uses the text itself as the HMAC key.</summary>
    public static string NieuwGeheim() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
}
