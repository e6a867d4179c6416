using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;
using Zorginkoop.Meldingen;

namespace Zorginkoop.Tests.Meldingen;

/// <summary>The SMTP channel against a minimal SMTP server on a local port: what MailKit sends is what arrives.</summary>
public class SmtpMailChannelTests
{
    [Fact]
    public async Task Een_bericht_gaat_via_smtp_met_afzender_ontvanger_en_inhoud()
    {
        var ct = TestContext.Current.CancellationToken;
        using var luisteraar = new TcpListener(IPAddress.Loopback, 0);
        luisteraar.Start();
        var poort = ((IPEndPoint)luisteraar.LocalEndpoint).Port;
        var server = OntvangAsync(luisteraar, ct);
        var bericht = new MimeMessage { Subject = "Ontvangstbewijs: test", Body = new TextPart("plain") { Text = "Controlegetal abc" } };
        bericht.From.Add(MailboxAddress.Parse("zorginkoop@regio.test"));
        bericht.To.Add(MailboxAddress.Parse("aanbieder@zorg.test"));

        await using (var kanaal = new SmtpMailChannel(new SmtpOptions { Host = "127.0.0.1", Poort = poort, StartTls = false }))
        {
            await kanaal.SendAsync(bericht, ct);
        }

        var (afzender, ontvanger, data) = await server;
        Assert.Equal("<zorginkoop@regio.test>", afzender);
        Assert.Equal("<aanbieder@zorg.test>", ontvanger);
        Assert.Contains("Subject: Ontvangstbewijs: test", data, StringComparison.Ordinal);
        Assert.Contains("Controlegetal abc", data, StringComparison.Ordinal);
    }

    /// <summary>Just enough SMTP (RFC 5321) for one message: greeting, EHLO, MAIL, RCPT, DATA, QUIT.</summary>
    private static async Task<(string Afzender, string Ontvanger, string Data)> OntvangAsync(TcpListener luisteraar, CancellationToken ct)
    {
        using var client = await luisteraar.AcceptTcpClientAsync(ct);
        await using var stroom = client.GetStream();
        using var lezer = new StreamReader(stroom, Encoding.ASCII);
        await using var schrijver = new StreamWriter(stroom, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        string afzender = "", ontvanger = "";
        var data = new StringBuilder();
        await schrijver.WriteLineAsync("220 test ESMTP");
        while (await lezer.ReadLineAsync(ct) is { } regel)
        {
            var opdracht = regel.Length >= 4 ? regel[..4].ToUpperInvariant() : regel.ToUpperInvariant();
            switch (opdracht)
            {
                case "EHLO" or "HELO":
                    await schrijver.WriteLineAsync("250 test");
                    break;
                case "MAIL":
                    afzender = regel[(regel.IndexOf(':', StringComparison.Ordinal) + 1)..].Split(' ')[0].Trim();
                    await schrijver.WriteLineAsync("250 OK");
                    break;
                case "RCPT":
                    ontvanger = regel[(regel.IndexOf(':', StringComparison.Ordinal) + 1)..].Split(' ')[0].Trim();
                    await schrijver.WriteLineAsync("250 OK");
                    break;
                case "DATA":
                    await schrijver.WriteLineAsync("354 einde met .");
                    while (await lezer.ReadLineAsync(ct) is { } d && d != ".")
                    {
                        data.AppendLine(d);
                    }

                    await schrijver.WriteLineAsync("250 OK");
                    break;
                case "QUIT":
                    await schrijver.WriteLineAsync("221 tot ziens");
                    return (afzender, ontvanger, data.ToString());
                default:
                    await schrijver.WriteLineAsync("250 OK");
                    break;
            }
        }

        return (afzender, ontvanger, data.ToString());
    }
}
