using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Zorginkoop.Tests.Gedeeld;

namespace Zorginkoop.Web.Tests.Infrastructuur;

/// <summary>
/// The whole app in-process (real HTTP pipeline, real database, migrations, reference data, demo data and demo
/// accounts), once per test class. One subclass per database provider, so the same tests run on both.
/// </summary>
public abstract class ZorginkoopApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>
    /// "Today" for the app at start: 31 July 2023, 12:00 in the Netherlands, the day before Lekstroom's Jeugd contracts
    /// (and their tariffs) begin. A FakeTimeProvider only moves forward, so a test that needs a later day advances it.
    /// </summary>
    public static readonly DateTimeOffset Nu = new(2023, 7, 31, 10, 0, 0, TimeSpan.Zero);

    protected TijdelijkeMap Map { get; } = new();

    public FakeTimeProvider Tijd { get; } = new(Nu);

    public string? SkipReden { get; protected set; }

    public abstract string Provider { get; }

    /// <summary>Settings a particular app adds (for instance the external logins).</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> ExtraConfiguratie => [];

    protected abstract string ConnectionString { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        // App configuration added last, so it wins over appsettings*.json and environment variables.
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = Provider,
            ["ConnectionStrings:Zorginkoop"] = ConnectionString,
            ["Zorginkoop:DataMap"] = Map.Pad,
            ["Zorginkoop:DemoDataLaden"] = "true",
            ["Zorginkoop:DemoAccounts"] = "true",
            ["Logging:LogLevel:Default"] = "Warning",
        }.Concat(ExtraConfiguratie)));
        // Also as host settings: those are visible while Program registers its services (the OpenID Connect schemes
        // are only registered when configured), where app configuration added here is not yet.
        foreach (var (sleutel, waarde) in ExtraConfiguratie)
        {
            builder.UseSetting(sleutel, waarde);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Tijd);
        });
    }

    public async ValueTask InitializeAsync()
    {
        if (!await MaakDatabaseAsync())
        {
            return;
        }

        // Start now, so migrations and demo data are loaded once here and not in the first test's time.
        StartServer();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await VerwijderDatabaseAsync();
        Map.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>A client that keeps cookies and shows redirects instead of following them.</summary>
    public HttpClient NieuweClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    protected abstract Task<bool> MaakDatabaseAsync();

    protected abstract Task VerwijderDatabaseAsync();
}

/// <summary>The app on a SQLite file in a temp folder.</summary>
public sealed class SqliteApp : ZorginkoopApp
{
    public override string Provider => "sqlite";

    public string DatabaseBestand => Map.Bestand("zorginkoop.db");

    protected override string ConnectionString => $"Data Source={DatabaseBestand}";

    protected override Task<bool> MaakDatabaseAsync() => Task.FromResult(true);

    protected override Task VerwijderDatabaseAsync()
    {
        SqliteConnection.ClearAllPools();
        return Task.CompletedTask;
    }
}

/// <summary>The app on SQLite with both OpenID Connect logins configured (the identity providers are not reached).</summary>
public sealed class SqliteAppMetExternInloggen : ZorginkoopApp
{
    public override string Provider => "sqlite";

    protected override string ConnectionString => $"Data Source={Map.Bestand("zorginkoop.db")}";

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraConfiguratie =>
    [
        new("Authenticatie:Medewerkers:Authority", "https://login.regio.test/tenant/v2.0"),
        new("Authenticatie:Medewerkers:ClientId", "zorginkoop"),
        new("Authenticatie:Aanbieders:Authority", "https://broker.eherkenning.test"),
        new("Authenticatie:Aanbieders:ClientId", "zorginkoop"),
        new("Authenticatie:Aanbieders:Knop", "Inloggen met eHerkenning (niveau EH3)"),
    ];

    protected override Task<bool> MaakDatabaseAsync() => Task.FromResult(true);

    protected override Task VerwijderDatabaseAsync()
    {
        SqliteConnection.ClearAllPools();
        return Task.CompletedTask;
    }
}

/// <summary>The app on its own database on the server in ZORGINKOOP_TEST_POSTGRES; skips without it, fails on CI.</summary>
public sealed class PostgresApp : ZorginkoopApp
{
    private readonly string naam = $"zi_web_{Guid.NewGuid():N}";
    private string? connectionString;

    public override string Provider => "postgres";

    protected override string ConnectionString => connectionString ?? "";

    protected override async Task<bool> MaakDatabaseAsync()
    {
        SkipReden = TestOmgeving.PostgresSkipReden();
        if (SkipReden is not null)
        {
            return false;
        }

        connectionString = await PostgresServer.MaakDatabaseAsync(naam);
        return true;
    }

    protected override Task VerwijderDatabaseAsync() =>
        connectionString is null ? Task.CompletedTask : PostgresServer.VerwijderDatabaseAsync(naam);
}
