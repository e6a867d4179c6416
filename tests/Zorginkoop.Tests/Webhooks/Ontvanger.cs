using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Zorginkoop.Tests.Webhooks;

/// <summary>A real HTTP receiver on a free port of 127.0.0.1 (HttpListener): records what arrives and answers with <see cref="Status"/>.</summary>
public sealed class Ontvanger : IDisposable
{
    public sealed record Verzoek(string Methode, string Pad, IReadOnlyDictionary<string, string> Headers, byte[] Inhoud);

    private readonly HttpListener listener = new();

    public Ontvanger()
    {
        using var vrij = new TcpListener(IPAddress.Loopback, 0);
        vrij.Start();
        var poort = ((IPEndPoint)vrij.LocalEndpoint).Port;
        vrij.Stop();
        Url = $"http://127.0.0.1:{poort}/haak";
        listener.Prefixes.Add($"http://127.0.0.1:{poort}/");
        listener.Start();
        _ = LusAsync();
    }

    public string Url { get; }

    public int Status { get; set; } = 200;

    public ConcurrentQueue<Verzoek> Ontvangen { get; } = new();

    private async Task LusAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var inhoud = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(inhoud);
            Ontvangen.Enqueue(new Verzoek(context.Request.HttpMethod, context.Request.Url!.AbsolutePath,
                context.Request.Headers.AllKeys.OfType<string>().ToDictionary(k => k, k => context.Request.Headers[k]!, StringComparer.OrdinalIgnoreCase),
                inhoud.ToArray()));
            context.Response.StatusCode = Status;
            context.Response.Close();
        }
    }

    public void Dispose() => listener.Close();
}
