using System.Net.Http.Headers;

namespace Zorginkoop.Web.Tests.Infrastructure;

/// <summary>Posting the app's forms as a browser does: GET the page for its antiforgery token, then POST with the cookies.</summary>
public static class Forms
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>GET <paramref name="pad"/>, then POST <paramref name="velden"/> to it (with <c>?handler=</c> when given).</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string pad, IEnumerable<KeyValuePair<string, string>> velden, string? handler = null)
    {
        var token = await TokenAsync(client, pad);
        var alle = velden.Prepend(new("__RequestVerificationToken", token)).ToList();
        return await client.PostAsync(Doel(pad, handler), new FormUrlEncodedContent(alle), Ct);
    }

    /// <summary>A multipart POST, as the document forms send it: the fields, and the file under the name <c>Bestand</c>.</summary>
    public static async Task<HttpResponseMessage> PostBestandAsync(HttpClient client, string pad, string handler, byte[] inhoud, string bestandsnaam,
        IEnumerable<KeyValuePair<string, string>> velden)
    {
        var token = await TokenAsync(client, pad);
        using var formulier = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
        };
        foreach (var (naam, waarde) in velden)
        {
            formulier.Add(new StringContent(waarde), naam);
        }

        var bestand = new ByteArrayContent(inhoud);
        bestand.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        // The name exactly as a browser sends it; MultipartFormDataContent.Add would also add an encoded filename*.
        bestand.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"Bestand\"", FileName = $"\"{bestandsnaam}\"" };
        formulier.Add(bestand);
        return await client.PostAsync(Doel(pad, handler), formulier, Ct);
    }

    public static IEnumerable<KeyValuePair<string, string>> Velden(params (string Naam, string Waarde)[] velden) =>
        velden.Select(v => new KeyValuePair<string, string>(v.Naam, v.Waarde));

    private static async Task<string> TokenAsync(HttpClient client, string pad)
    {
        using var pagina = await client.GetAsync(pad, Ct);
        var html = await pagina.Content.ReadAsStringAsync(Ct);
        Assert.True(pagina.IsSuccessStatusCode, $"GET {pad}: {(int)pagina.StatusCode}");
        return Inloggen.AntiforgeryToken(html);
    }

    private static string Doel(string pad, string? handler) => handler is null ? pad : $"{pad}{(pad.Contains('?', StringComparison.Ordinal) ? '&' : '?')}handler={handler}";
}
