using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Zorginkoop.Browser.Tests.Infrastructure;
using Zorginkoop.Tests.Shared;

[assembly: AssemblyFixture(typeof(BrowserEnvironment))]

namespace Zorginkoop.Browser.Tests.Infrastructure;

/// <summary>
/// The app on a real port (Kestrel, SQLite file in a temp folder, demo data) and Debian's Chromium driven by
/// Playwright, started once for all browser tests. Without /usr/bin/chromium the tests skip, except on CI.
/// </summary>
public sealed class BrowserEnvironment : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private readonly TempFolder map = new();
    private App? app;
    private IPlaywright? playwright;

    public string? SkipReden { get; private set; }

    public IBrowser Browser { get; private set; } = null!;

    public Uri BasisAdres { get; private set; } = null!;

    /// <summary>Where the screenshots go, for people to look at (printed by each test).</summary>
    public static string SchermafdrukMap { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            SkipReden = TestEnvironment.IsCi
                ? throw new InvalidOperationException($"CI=true: de browsertests moeten draaien, maar {Chromium} ontbreekt (apt-get install chromium).")
                : $"Browsertests overgeslagen: {Chromium} ontbreekt (apt-get install chromium).";
            return;
        }

        app = new App(map.Pad);
        app.UseKestrel(0);
        app.StartServer();
        var adressen = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        BasisAdres = new Uri(adressen.FirstOrDefault() ?? throw new InvalidOperationException("Kestrel gaf geen adres."));

        // The Node driver ships inside the Microsoft.Playwright package; browsers are never downloaded.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.IsPrivilegedProcess && OperatingSystem.IsLinux() ? ZonderVoorrang() : Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", UitgeschakeldeOnderdelen],
        });
        Directory.CreateDirectory(SchermafdrukMap);
    }

    /// <summary>
    /// Chromium's own headless mode is the whole browser without a screen, and since version 150 each new window (one per
    /// test: a fresh context) preloads two WebUI renderers for the omnibox popup, which nobody sees here. Measured on the
    /// demo app (100 page loads over 20 contexts): 65 CPU-seconds with them, 34 without. Chromium reads only the last
    /// <c>--disable-features</c>, so this repeats Playwright 1.64's own list (chromiumSwitches.ts) before adding ours.
    /// </summary>
    private const string UitgeschakeldeOnderdelen = "--disable-features=" +
        "AvoidUnnecessaryBeforeUnloadCheckSync,DestroyProfileOnBrowserClose,DialMediaRouteProvider,GlobalMediaControls," +
        "HttpsUpgrades,LensOverlay,MediaRouter,PaintHolding,ThirdPartyStoragePartitioning," +
        "BlockOriginHeaderModificationOnRedirect,AvoidCorsURLLoaderRestartOnRedirect,Translate,AutoDeElevate," +
        "OptimizationHints,NetworkTimeServiceQuerying,AimEnabled," +
        "WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup,PreloadTopChromeWebUI";

    public async ValueTask DisposeAsync()
    {
        if (playwright is not null)
        {
            await Browser.CloseAsync();
            playwright.Dispose();
        }

        if (app is not null)
        {
            await app.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        map.Dispose();
    }

    /// <summary>
    /// Chromium run as root raises its own display threads to nice -8 (CAP_SYS_NICE), and then takes six times the CPU
    /// share of the other test suites running beside it on CI's two cores: the CLI tests took ten times as long. Started
    /// without that capability (setpriv, util-linux), it keeps the priority it was given, as it does for any other user.
    /// </summary>
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    private string ZonderVoorrang()
    {
        var pad = Path.Combine(map.Pad, "chromium-zonder-voorrang");
        File.WriteAllText(pad, $"#!/bin/sh\nexec setpriv --inh-caps -sys_nice --bounding-set -sys_nice -- {Chromium} \"$@\"\n");
        File.SetUnixFileMode(pad, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return pad;
    }

    private sealed class App(string dataMap) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "sqlite",
                ["ConnectionStrings:Zorginkoop"] = $"Data Source={Path.Combine(dataMap, "zorginkoop.db")}",
                ["Zorginkoop:DataMap"] = dataMap,
                ["Zorginkoop:DemoDataLaden"] = "true",
                ["Zorginkoop:DemoAccounts"] = "true",
                ["Logging:LogLevel:Default"] = "Warning",
                // A page read right after a change must show it; the cache of public pages is tested in the web tests.
                ["OpenbarePaginas:CacheSeconden"] = "0",
            }));
        }
    }
}
