using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Zorginkoop.Web.Accounts;

namespace Zorginkoop.Web.Tests.Infrastructure;

/// <summary>API clients: a bearer token through the real login endpoint, and reading JSON answers.</summary>
public static class ApiHelpers
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The token answer (tokenType, accessToken, expiresIn, refreshToken) for the demo account of <paramref name="rol"/>.</summary>
    public static Task<JsonElement> InloggenAsync(ZorginkoopApp app, string rol) => InloggenMetEmailAsync(app, DemoAccounts.Email(rol));

    private static async Task<JsonElement> InloggenMetEmailAsync(ZorginkoopApp app, string email)
    {
        using var client = app.NieuweClient();
        using var antwoord = await client.PostAsJsonAsync("/api/v1/account/_inloggen", new { email, wachtwoord = DemoAccounts.Wachtwoord }, Ct);
        var json = await JsonAsync(antwoord);
        Assert.True(antwoord.StatusCode == HttpStatusCode.OK, $"API-inloggen als {email} mislukt: {(int)antwoord.StatusCode} {json}");
        return json;
    }

    /// <summary>A new client that sends the bearer token of the demo account of <paramref name="rol"/>.</summary>
    public static async Task<HttpClient> AlsAsync(ZorginkoopApp app, string rol)
    {
        var token = (await InloggenAsync(app, rol)).GetProperty("accessToken").GetString();
        return MetToken(app, token!);
    }

    /// <summary>A client with the token of the demo account holding <paramref name="rol"/> in <paramref name="regio"/> alone.</summary>
    public static async Task<HttpClient> AlsAsync(ZorginkoopApp app, string rol, string regio) =>
        MetToken(app, (await InloggenMetEmailAsync(app, DemoAccounts.Email(rol, regio))).GetProperty("accessToken").GetString()!);

    public static HttpClient MetToken(ZorginkoopApp app, string token)
    {
        var client = app.NieuweClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage antwoord)
    {
        var tekst = await antwoord.Content.ReadAsStringAsync(Ct);
        using var doc = JsonDocument.Parse(tekst);
        return doc.RootElement.Clone();
    }

    public static async Task<(HttpResponseMessage Antwoord, JsonElement Json)> GetJsonAsync(HttpClient client, string pad)
    {
        var antwoord = await client.GetAsync(pad, Ct);
        return (antwoord, await JsonAsync(antwoord));
    }

    public static async Task<(HttpResponseMessage Antwoord, JsonElement Json)> PostJsonAsync(HttpClient client, string pad, object inhoud)
    {
        var antwoord = await client.PostAsJsonAsync(pad, inhoud, Ct);
        return (antwoord, await JsonAsync(antwoord));
    }

    public static async Task<(HttpResponseMessage Antwoord, JsonElement Json)> PutJsonAsync(HttpClient client, string pad, object inhoud)
    {
        var antwoord = await client.PutAsJsonAsync(pad, inhoud, Ct);
        return (antwoord, await JsonAsync(antwoord));
    }

    /// <summary>The id of the item in a list answer (<paramref name="lijst"/>: "aanbestedingen" or "inkooptrajecten") with this name.</summary>
    public static async Task<int> IdVanAsync(HttpClient client, string lijst, string naam)
    {
        var (_, json) = await GetJsonAsync(client, $"/api/v1/{lijst}?paginaGrootte=100");
        return json.GetProperty(lijst).EnumerateArray().Single(a => a.GetProperty("naam").GetString() == naam).GetProperty("id").GetInt32();
    }

    public static string MediaType(HttpResponseMessage antwoord) => antwoord.Content.Headers.ContentType?.MediaType ?? "";
}
