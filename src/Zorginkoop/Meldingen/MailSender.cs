using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Zorginkoop.Data;

namespace Zorginkoop.Meldingen;

/// <summary>Where an e-mail goes: an SMTP server, or (development) a folder of .eml files.</summary>
public interface IMailChannel
{
    Task SendAsync(MimeMessage bericht, CancellationToken ct);
}

/// <summary>Development: every message as an .eml file in <c>mail/</c> in the data folder, readable with any mail program.</summary>
public sealed class FolderMailChannel(string dataMap) : IMailChannel
{
    public string Map { get; } = Path.Combine(dataMap, "mail");

    public async Task SendAsync(MimeMessage bericht, CancellationToken ct)
    {
        Directory.CreateDirectory(Map);
        var pad = Path.Combine(Map, $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid():N}.eml");
        await bericht.WriteToAsync(pad, ct);
    }
}

/// <summary>Production: one SMTP connection per batch, STARTTLS and login when configured (MailKit).</summary>
public sealed class SmtpMailChannel(SmtpOptions opties) : IMailChannel, IAsyncDisposable
{
    private readonly SmtpClient client = new();

    public async Task SendAsync(MimeMessage bericht, CancellationToken ct)
    {
        if (!client.IsConnected)
        {
            await client.ConnectAsync(opties.Host, opties.Poort, opties.StartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, ct);
            if (!string.IsNullOrEmpty(opties.Gebruiker))
            {
                await client.AuthenticateAsync(opties.Gebruiker, opties.Wachtwoord ?? "", ct);
            }
        }

        await client.SendAsync(bericht, ct);
    }

    public async ValueTask DisposeAsync()
    {
        if (client.IsConnected)
        {
            await client.DisconnectAsync(true);
        }

        client.Dispose();
    }
}

/// <summary>Sends what is in the outbox, oldest first; a failure is recorded and tried again later, at most ten times.</summary>
public static class MailSender
{
    public const int MaxPogingen = 10;

    public static async Task<int> SendAsync(ZorginkoopDbContext db, IMailChannel kanaal, string afzender, DateTimeOffset nu, CancellationToken ct = default)
    {
        var wachtend = await db.Berichten.Where(b => b.VerzondenOp == null && b.Pogingen < MaxPogingen).OrderBy(b => b.Id).Take(100).ToListAsync(ct);
        var verzonden = 0;
        foreach (var b in wachtend)
        {
            var mail = new MimeMessage { Subject = b.Onderwerp, Body = new TextPart("plain") { Text = b.Tekst } };
            mail.From.Add(MailboxAddress.Parse(afzender));
            mail.To.Add(MailboxAddress.Parse(b.Aan));
            mail.Headers.Add("X-Zorginkoop-Sleutel", b.Sleutel);
            b.Pogingen++;
            try
            {
                await kanaal.SendAsync(mail, ct);
                b.VerzondenOp = nu;
                b.Fout = null;
                verzonden++;
            }
            catch (Exception e) when (e is IOException or MailKit.ProtocolException or MailKit.CommandException or System.Net.Sockets.SocketException
                                          or AuthenticationException or ParseException)
            {
                b.Fout = e.Message.Length > 1000 ? e.Message[..1000] : e.Message;
            }

            await db.SaveChangesAsync(ct);
        }

        return verzonden;
    }
}
