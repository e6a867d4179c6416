using System.Net;
using System.Text.RegularExpressions;
using Zorginkoop.Web.Accounts;

namespace Zorginkoop.Web.Tests.Infrastructure;

/// <summary>Logs in through the real login form: GET the page, take the antiforgery token, POST with the cookies.</summary>
public static partial class Inloggen
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string email, string wachtwoord, string? returnUrl = null)
    {
        var pad = returnUrl is null ? "/inloggen" : $"/inloggen?returnUrl={Uri.EscapeDataString(returnUrl)}";
        var formulier = await client.GetStringAsync(pad, TestContext.Current.CancellationToken);
        var velden = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AntiforgeryToken(formulier),
            ["Input.Email"] = email,
            ["Input.Wachtwoord"] = wachtwoord,
        };
        if (returnUrl is not null)
        {
            velden["ReturnUrl"] = returnUrl;
        }

        return await client.PostAsync(pad, new FormUrlEncodedContent(velden), TestContext.Current.CancellationToken);
    }

    /// <summary>A new client logged in as the demo account of <paramref name="rol"/>.</summary>
    public static async Task<HttpClient> AlsAsync(ZorginkoopApp app, string rol)
    {
        var client = app.NieuweClient();
        using var antwoord = await PostAsync(client, DemoAccounts.Email(rol), DemoAccounts.Wachtwoord);
        Assert.True(antwoord.StatusCode == HttpStatusCode.Redirect,
            $"Inloggen als {rol} mislukt: {(int)antwoord.StatusCode}\n{await antwoord.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
        return client;
    }

    public static string AntiforgeryToken(string html)
    {
        var m = TokenPatroon().Match(html);
        Assert.True(m.Success, "Geen __RequestVerificationToken in het formulier.");
        return WebUtility.HtmlDecode(m.Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPatroon();
}
