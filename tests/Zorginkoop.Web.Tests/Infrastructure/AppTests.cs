using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Zorginkoop.Data;

namespace Zorginkoop.Web.Tests.Infrastructure;

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

    /// <summary>A look into (or a change of) the app's database, in a scope of its own.</summary>
    protected async Task<T> MetDbAsync<T>(Func<ZorginkoopDbContext, Task<T>> vraag)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await vraag(scope.ServiceProvider.GetRequiredService<ZorginkoopDbContext>());
    }

    /// <summary>The page as text a reader sees: Razor encodes "ë" as "&amp;#xEB;", which assertions should not care about.</summary>
    protected static string Tekst(string html) => WebUtility.HtmlDecode(html);
}
