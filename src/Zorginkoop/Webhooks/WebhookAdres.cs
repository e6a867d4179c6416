using System.Net;
using System.Net.Sockets;

namespace Zorginkoop.Webhooks;

/// <summary>
/// Where a webhook may point: an https URL (http only where the installation allows it, in Development) of a public
/// address. A URL to a private, loopback or link-local address would let anyone who may register a webhook make the
/// server call into its own network (server-side request forgery, OWASP A10:2021); it is refused when registered, and
/// again when sent (<see cref="IsPubliek"/> in the connection's callback), because a name can resolve elsewhere later.
/// </summary>
public static class WebhookAdres
{
    public const int MaxLengte = 500;

    /// <summary>Checks the URL and the addresses its host resolves to; null when it may be used.</summary>
    /// <param name="opzoeken">Resolves a host name (Dns.GetHostAddressesAsync in the app).</param>
    public static async Task<Weigering?> ControleerAsync(string? url, WebhookOptions opties, Func<string, CancellationToken, Task<IPAddress[]>> opzoeken, CancellationToken ct)
    {
        const string veld = "Url";
        if (string.IsNullOrWhiteSpace(url))
        {
            return new("webhook.url-ontbreekt", veld, "Vul de URL in waar de meldingen heen gaan, zoals https://voorbeeld.nl/zorginkoop.");
        }

        url = url.Trim();
        if (url.Length > MaxLengte)
        {
            return new("webhook.url-te-lang", veld, $"Een URL is hoogstens {MaxLengte} tekens lang.");
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return new("webhook.url-ongeldig", veld, "Geef een volledige URL die begint met https://.");
        }

        if (uri.Scheme == Uri.UriSchemeHttp && !opties.HttpToestaan)
        {
            return new("webhook.url-geen-https", veld, "Een webhook gebruikt https: de meldingen en hun handtekening gaan anders onversleuteld over het net.");
        }

        if (uri.UserInfo.Length > 0 || uri.Fragment.Length > 0)
        {
            return new("webhook.url-ongeldig", veld, "Een URL met een gebruikersnaam, wachtwoord of #-deel kan niet: de handtekening bewijst de afzender.");
        }

        if (opties.PriveAdressenToestaan)
        {
            return null;
        }

        IPAddress[] adressen;
        if (IPAddress.TryParse(uri.IdnHost.Trim('[', ']'), out var ip))
        {
            adressen = [ip];
        }
        else
        {
            if (uri.IdnHost.Length > 253)
            {
                return new("webhook.url-ongeldig", veld, "De naam van de server in de URL is langer dan 253 tekens (DNS).");
            }

            try
            {
                adressen = await opzoeken(uri.IdnHost, ct);
            }
            catch (Exception e) when (e is SocketException or ArgumentException)
            {
                adressen = [];
            }

            if (adressen.Length == 0)
            {
                return new("webhook.url-onbekende-host", veld, $"De naam {uri.Host} is niet te vinden (DNS). Controleer de URL.");
            }
        }

        return adressen.All(IsPubliek) ? null
            : new("webhook.url-prive-adres", veld, $"{uri.Host} wijst naar een intern adres (zoals 10.x, 192.168.x of localhost). Een webhook gaat alleen naar een openbaar adres.");
    }

    /// <summary>False for loopback, private (RFC 1918, RFC 4193), link-local, shared (RFC 6598), multicast and reserved addresses.</summary>
    public static bool IsPubliek(IPAddress adres)
    {
        if (adres.IsIPv4MappedToIPv6)
        {
            adres = adres.MapToIPv4();
        }

        if (adres.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = adres.GetAddressBytes();
            return !(b[0] is 0 or 10 or 127 or >= 224
                || (b[0] == 100 && b[1] >= 64 && b[1] < 128)
                || (b[0] == 169 && b[1] == 254)
                || (b[0] == 172 && b[1] >= 16 && b[1] < 32)
                || (b[0] == 192 && b[1] == 168)
                || (b[0] == 192 && b[1] == 0 && b[2] is 0 or 2)
                || (b[0] == 198 && b[1] is 18 or 19)
                || (b[0] == 198 && b[1] == 51 && b[2] == 100)
                || (b[0] == 203 && b[1] == 0 && b[2] == 113));
        }

        if (adres.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return false;
        }

        // Besides the private kinds: the forms that carry an IPv4 address inside, which a translator on the way may turn
        // into a private one: ::/64 (::a.b.c.d compatible, ::ffff:0:a.b.c.d translated), NAT64 64:ff9b::/96 and
        // 64:ff9b:1::/48 (RFC 6052, 8215), 6to4 2002::/16 and Teredo 2001::/32; and the discard prefix 100::/64. None is
        // the address of a receiver of its own.
        var v6 = adres.GetAddressBytes();
        return !(IPAddress.IsLoopback(adres) || adres.IsIPv6LinkLocal || adres.IsIPv6SiteLocal || adres.IsIPv6Multicast
            || (v6[0] & 0xfe) == 0xfc // fc00::/7, unique local
            || (v6[0] == 0x20 && v6[1] == 0x01 && v6[2] == 0x0d && v6[3] == 0xb8) // 2001:db8::/32, documentation
            || v6.Take(8).All(b => b == 0)
            || (v6[0] == 0x00 && v6[1] == 0x64 && v6[2] == 0xff && v6[3] == 0x9b)
            || (v6[0] == 0x20 && v6[1] == 0x02)
            || (v6[0] == 0x20 && v6[1] == 0x01 && v6[2] == 0x00 && v6[3] == 0x00)
            || (v6[0] == 0x01 && v6.Skip(1).Take(7).All(b => b == 0)));
    }
}
