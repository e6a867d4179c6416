using System.Net;

namespace Zorginkoop.Web.Tests.Infrastructuur;

/// <summary>
/// Base of the HTTP tests: written once, run per provider by a sealed subclass (…Sqlite, …Postgres) that picks the
/// fixture. Skips (outside CI) when the provider's server is not configured.
/// </summary>
public abstract class AppTests<TApp> : IClassFixture<TApp>
    where TApp : ZorginkoopApp
{
    protected AppTests(TApp app)
    {
        App = app;
        Assert.SkipWhen(app.SkipReden is not null, app.SkipReden ?? "");
    }

    protected TApp App { get; }

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected async Task<(HttpResponseMessage Antwoord, string Html)> GetAsync(string pad, HttpClient? client = null)
    {
        client ??= App.NieuweClient();
        var antwoord = await client.GetAsync(pad, Ct);
        return (antwoord, await antwoord.Content.ReadAsStringAsync(Ct));
    }

    /// <summary>The page as text a reader sees: Razor encodes "ë" as "&amp;#xEB;", which assertions should not care about.</summary>
    protected static string Tekst(string html) => WebUtility.HtmlDecode(html);
}
