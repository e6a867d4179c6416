using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Zorginkoop.Browser.Tests.Infrastructure;

/// <summary>Base of the browser tests: a fresh browser context per test, screenshots, and the axe check.</summary>
public abstract class BrowserTests : IAsyncLifetime
{
    /// <summary>WCAG 2.0, 2.1 and 2.2 level A and AA: EN 301 549 asks 2.1 AA, the project aims at 2.2 AA (conventions.md B2).</summary>
    private static readonly List<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    private IBrowserContext? context;

    protected BrowserTests(BrowserEnvironment omgeving)
    {
        Omgeving = omgeving;
        Assert.SkipWhen(omgeving.SkipReden is not null, omgeving.SkipReden ?? "");
    }

    protected BrowserEnvironment Omgeving { get; }

    protected IPage Page { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        context = await Omgeving.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Omgeving.BasisAdres.ToString(),
            Locale = "nl-NL",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        Page = await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (context is not null)
        {
            await context.CloseAsync();
        }

        GC.SuppressFinalize(this);
    }

    protected async Task<IResponse> OpenAsync(string pad)
    {
        var antwoord = await Page.GotoAsync(pad);
        Assert.NotNull(antwoord);
        Assert.True(antwoord.Ok, $"{pad}: HTTP {antwoord.Status}");
        return antwoord;
    }

    /// <summary>Logs in through the login form as the demo account of <paramref name="rol"/>.</summary>
    protected async Task InloggenAlsAsync(string rol)
    {
        await OpenAsync("/inloggen");
        await Page.GetByLabel("E-mailadres").FillAsync(Zorginkoop.Web.Accounts.DemoAccounts.Email(rol));
        await Page.GetByLabel("Wachtwoord").FillAsync(Zorginkoop.Web.Accounts.DemoAccounts.Wachtwoord);
        await Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Page.GetByText($"Ingelogd als {Zorginkoop.Web.Accounts.DemoAccounts.Email(rol)}")).ToBeVisibleAsync();
    }

    /// <summary>Saves a full-page screenshot under bin/…/screenshots and prints where.</summary>
    protected async Task SchermafdrukAsync(string naam)
    {
        var pad = Path.Combine(BrowserEnvironment.SchermafdrukMap, naam + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = pad, FullPage = true });
        TestContext.Current.TestOutputHelper?.WriteLine($"Schermafdruk: {pad}");
        TestContext.Current.SendDiagnosticMessage($"Schermafdruk: {pad}");
    }

    /// <summary>Runs axe on the current page and fails with every violation: rule, help text and the elements.</summary>
    protected async Task AxeZonderOvertredingenAsync()
    {
        var resultaat = await Page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags } });

        var overtredingen = resultaat.Violations.Select(v =>
            $"- {v.Id} ({v.Impact}): {v.Help} {v.HelpUrl}\n" +
            string.Join("\n", v.Nodes.Select(n => $"    {n.Target}: {string.Join(" ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))}\n      {n.Html}")));
        Assert.True(resultaat.Violations.Length == 0,
            $"axe vond {resultaat.Violations.Length} WCAG-overtreding(en) op {Page.Url}:\n{string.Join("\n", overtredingen)}");
        Assert.NotEmpty(resultaat.Passes); // axe really ran
    }
}
