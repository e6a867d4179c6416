using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;

namespace Zorginkoop.Webhooks;

/// <summary>
/// Sends the deliveries that are due: an HTTP POST of the JSON body, signed with the webhook's secret
/// (<c>Zorginkoop-Handtekening: sha256=&lt;hex HMAC-SHA256 of the body&gt;</c>). A 2xx answer delivers it; anything else is
/// tried again after 1, 5, 15 and 30 minutes, then every 1, 2, 4 and 8 hours, until 24 hours after the event was found
/// (issue 17); a 410 Gone ends it at once. A receiver that failed gets nothing more in that round. Every attempt goes into the delivery log. Two app instances never send the
/// same delivery at once: each claims it first (<see cref="WebhookBezorging.BezigTot"/>). Delivery is at least once:
/// a receiver recognises a repeat by <c>Zorginkoop-Bezorging</c>.
/// </summary>
public static class WebhookBezorger
{
    public const string HandtekeningHeader = "Zorginkoop-Handtekening";
    public static readonly TimeSpan Wachttijd = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan[] Tussenpozen =
    [
        TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(30),
        TimeSpan.FromHours(1), TimeSpan.FromHours(2), TimeSpan.FromHours(4), TimeSpan.FromHours(8),
    ];

    /// <summary>How many deliveries one round sends at most; the rest waits for the next round.</summary>
    public const int PerRonde = 50;

    public static async Task<int> BezorgAsync(ZorginkoopDbContext db, HttpClient http, TimeProvider tijd, DateTimeOffset nu, CancellationToken ct = default)
    {
        var teSturen = await db.WebhookBezorgingen.AsNoTracking()
            .Where(b => b.Status == WebhookStatus.Wachtend && b.VolgendePoging <= nu && (b.BezigTot == null || b.BezigTot < nu))
            .OrderBy(b => b.VolgendePoging).ThenBy(b => b.Id).Select(b => new { b.Id, b.WebhookId, b.Pogingen }).Take(PerRonde).ToListAsync(ct);
        var bezorgd = 0;
        // A receiver that failed in this round gets nothing more in it: a dead one must not cost every other webhook
        // ten seconds per message waiting behind it.
        var mislukt = new HashSet<int>();
        foreach (var (id, webhookId, pogingen) in teSturen.Select(b => (b.Id, b.WebhookId, b.Pogingen)))
        {
            if (mislukt.Contains(webhookId))
            {
                continue;
            }

            // The claim: only the instance whose update changed the row sends it (a crash frees it after BezigTot). A
            // lease, so it runs from the clock of this moment, not of the round's start: a round of slow receivers
            // takes minutes, and a lease already past would let another instance send the same delivery beside it.
            var nuNu = tijd.GetUtcNow();
            // Still as listed: another instance may have sent it (and set its next attempt) since.
            var geclaimd = await db.WebhookBezorgingen
                .Where(b => b.Id == id && b.Status == WebhookStatus.Wachtend && b.Pogingen == pogingen && b.VolgendePoging <= nuNu
                    && (b.BezigTot == null || b.BezigTot < nuNu))
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.BezigTot, nuNu + (2 * Wachttijd) + TimeSpan.FromMinutes(1)), ct);
            if (geclaimd == 0)
            {
                continue;
            }

            var bezorging = await db.WebhookBezorgingen.SingleAsync(b => b.Id == id, ct);
            var webhook = await db.Webhooks.AsNoTracking().SingleAsync(w => w.Id == bezorging.WebhookId, ct);
            var poging = webhook.VerwijderdOp is null
                ? await StuurAsync(http, tijd, webhook, bezorging, ct)
                : new WebhookPoging { Fout = "De webhook is verwijderd." };
            poging.Moment = nuNu;
            bezorging.PogingenLog.Add(poging);
            bezorging.Pogingen++;
            bezorging.BezigTot = null;
            if (poging.Fout is null)
            {
                bezorging.Status = WebhookStatus.Bezorgd;
                bezorging.BezorgdOp = nuNu;
                bezorgd++;
            }
            else
            {
                mislukt.Add(webhookId);
                var volgende = nuNu + Tussenpozen[Math.Min(bezorging.Pogingen, Tussenpozen.Length) - 1];
                var opgeven = webhook.VerwijderdOp is not null || poging.Statuscode == (int)HttpStatusCode.Gone
                    || volgende > bezorging.AangemaaktOp + WebhookGebeurtenissen.Horizon;
                bezorging.Status = opgeven ? WebhookStatus.Opgegeven : WebhookStatus.Wachtend;
                bezorging.VolgendePoging = volgende;
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        return bezorgd;
    }

    /// <summary>The hex HMAC-SHA256 of the body with the secret (as text, UTF-8) as key, as the header carries it after <c>sha256=</c>.</summary>
    public static string Handtekening(string geheim, byte[] inhoud) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(geheim), inhoud));

    /// <summary>
    /// The connection webhooks go out on: no redirects (a redirect could lead to an internal address), and unless the
    /// installation allows private addresses, a check of the address actually connected to, after DNS, so a name that
    /// resolves to an internal address later is refused too (<see cref="WebhookAdres"/>).
    /// </summary>
    public static SocketsHttpHandler Handler(WebhookOptions opties) => new()
    {
        AllowAutoRedirect = false,
        // A proxy (HTTPS_PROXY in the environment) would be the address connected to and checked, not the receiver's.
        UseProxy = false,
        UseCookies = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectTimeout = Wachttijd,
        ConnectCallback = opties.PriveAdressenToestaan ? null : async (context, ct) =>
        {
            var adressen = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, ct);
            var publiek = adressen.Where(WebhookAdres.IsPubliek).ToArray();
            if (publiek.Length == 0 || publiek.Length < adressen.Length)
            {
                throw new WebhookAdresGeweigerdException(context.DnsEndPoint.Host);
            }

            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(publiek, context.DnsEndPoint.Port, ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };

    private static async Task<WebhookPoging> StuurAsync(HttpClient http, TimeProvider tijd, Webhook webhook, WebhookBezorging bezorging, CancellationToken ct)
    {
        var inhoud = Encoding.UTF8.GetBytes(bezorging.Inhoud);
        using var verzoek = new HttpRequestMessage(HttpMethod.Post, webhook.Url) { Content = new ByteArrayContent(inhoud) };
        verzoek.Content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
        verzoek.Headers.Add(HandtekeningHeader, "sha256=" + Handtekening(webhook.Geheim, inhoud));
        verzoek.Headers.Add("Zorginkoop-Gebeurtenis", bezorging.Soort);
        verzoek.Headers.Add("Zorginkoop-Bezorging", bezorging.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        verzoek.Headers.UserAgent.ParseAdd("Zorginkoop-Webhooks/1.0");
        var start = tijd.GetTimestamp();
        using var time = CancellationTokenSource.CreateLinkedTokenSource(ct);
        time.CancelAfter(Wachttijd);
        var poging = new WebhookPoging();
        try
        {
            using var antwoord = await http.SendAsync(verzoek, HttpCompletionOption.ResponseHeadersRead, time.Token);
            poging.Statuscode = (int)antwoord.StatusCode;
            poging.Fout = antwoord.IsSuccessStatusCode ? null : $"Antwoord {(int)antwoord.StatusCode} ({antwoord.ReasonPhrase}); 2xx verwacht.";
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            poging.Fout = $"Geen antwoord binnen {Wachttijd.TotalSeconds:0} seconden.";
        }
        catch (HttpRequestException e)
        {
            poging.Fout = e.InnerException is WebhookAdresGeweigerdException g ? g.Message : $"Geen verbinding: {e.Message}";
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Whatever else a send can throw (a URL the client will not take) is this delivery's failure, logged with
            // it, not the end of the round for every other webhook.
            poging.Fout = $"Versturen mislukt: {e.Message}";
        }

        poging.DuurMs = (int)Math.Min(int.MaxValue, tijd.GetElapsedTime(start).TotalMilliseconds);
        if (poging.Fout?.Length > 500)
        {
            poging.Fout = poging.Fout[..500];
        }

        return poging;
    }
}

/// <summary>The host resolved to an internal address when the delivery went out.</summary>
public sealed class WebhookAdresGeweigerdException(string host)
    : Exception($"{host} wijst nu naar een intern adres; een webhook gaat alleen naar een openbaar adres.");
