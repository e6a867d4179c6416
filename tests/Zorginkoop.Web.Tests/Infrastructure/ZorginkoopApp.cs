using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Zorginkoop.Tests.Shared;

namespace Zorginkoop.Web.Tests.Infrastructure;

/// <summary>
/// The whole app in-process (real HTTP pipeline, real database, migrations, reference data, demo data and demo
/// accounts), once per test class, started on a copy of the demo template (<see cref="DemoSjabloon"/>). One subclass
/// per database provider, so the same tests run on both.
/// </summary>
public abstract class ZorginkoopApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>
    /// "Today" for the app at start: 31 July 2023, 12:00 in the Netherlands, the day before Lekstroom's Jeugd contracts
    /// (and their tariffs) begin. A FakeTimeProvider only moves forward, so a test that needs a later day advances it.
    /// </summary>
    public static readonly DateTimeOffset Nu = new(2023, 7, 31, 10, 0, 0, TimeSpan.Zero);

    protected TempFolder Map { get; } = new();

    public FakeTimeProvider Tijd { get; } = new(Nu);

    /// <summary>Tells a test when a request of its choosing starts a database transaction (inert until armed).</summary>
    public TransactionInterceptor TransactionInterceptor { get; } = new();

    /// <summary>
    /// Holds what a write on procedure <paramref name="aanbestedingId"/> must wait for, as a busy database does, until
    /// the returned handle is disposed: on SQLite the database's write lock, on PostgreSQL the procedure's row.
    /// </summary>
    public abstract Task<IAsyncDisposable> HoudVastAsync(int aanbestedingId);

    public string? SkipReden { get; protected set; }

    /// <summary>This app is the template's first start: it loads the demo itself, and leaves its folder and database behind.</summary>
    public bool BouwtSjabloon { get; init; }

    /// <summary>The app's data folder (Zorginkoop:DataMap).</summary>
    public string DataMap => Map.Pad;

    /// <summary>The name of the app's PostgreSQL database; null on SQLite.</summary>
    public virtual string? PostgresDatabase => null;

    public abstract string Provider { get; }

    /// <summary>Settings a particular app adds (for instance the external logins).</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> ExtraConfiguration => [];

    protected abstract string ConnectionString { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        // App configuration added last, so it wins over appsettings*.json and environment variables.
        var instellingen = new Dictionary<string, string?>
        {
            ["Database:Provider"] = Provider,
            ["ConnectionStrings:Zorginkoop"] = ConnectionString,
            ["Zorginkoop:DataMap"] = Map.Pad,
            ["Zorginkoop:DemoDataLaden"] = "true",
            ["Zorginkoop:DemoAccounts"] = "true",
            ["Logging:LogLevel:Default"] = "Warning",
            // Tests change a procedure and read its public page within the same second; the cache of public pages
            // has tests of its own (OpenbarePaginaCacheTests, SqliteAppMetPaginaCache).
            ["OpenbarePaginas:CacheSeconden"] = "0",
        };
        foreach (var (sleutel, waarde) in ExtraConfiguration)
        {
            // A particular app's setting wins over the default above.
            instellingen[sleutel] = waarde;
        }

        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(instellingen));
        // Also as host settings: those are visible while Program registers its services (the OpenID Connect schemes
        // are only registered when configured), where app configuration added here is not yet.
        foreach (var (sleutel, waarde) in ExtraConfiguration)
        {
            builder.UseSetting(sleutel, waarde);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Tijd);
            services.ConfigureDbContext<Zorginkoop.Data.ZorginkoopDbContext>((sp, o) =>
                o.AddInterceptors(TransactionInterceptor.Voor(sp.GetRequiredService<Microsoft.AspNetCore.Http.IHttpContextAccessor>())));
        });
    }

    public async ValueTask InitializeAsync()
    {
        if (!await MaakDatabaseAsync())
        {
            return;
        }

        if (!BouwtSjabloon)
        {
            await DemoSjabloon.KopieerMapAsync(Provider, Map);
        }

        // Start now, so the start's checks run here and not in the first test's time.
        StartServer();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (!BouwtSjabloon)
        {
            await VerwijderDatabaseAsync();
            Map.Dispose();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>A client that keeps cookies and shows redirects instead of following them.</summary>
    public HttpClient NieuweClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    protected abstract Task<bool> MaakDatabaseAsync();

    protected abstract Task VerwijderDatabaseAsync();
}

/// <summary>The app on a SQLite file in a temp folder.</summary>
public class SqliteApp : ZorginkoopApp
{
    public override string Provider => "sqlite";

    public string DatabaseBestand => Map.Bestand("zorginkoop.db");

    protected override string ConnectionString => $"Data Source={DatabaseBestand}";

    protected override Task<bool> MaakDatabaseAsync() => Task.FromResult(true);

    public override Task<IAsyncDisposable> HoudVastAsync(int aanbestedingId) => SqliteSchrijfslot.NeemAsync(ConnectionString);

    protected override Task VerwijderDatabaseAsync()
    {
        SqliteConnection.ClearAllPools();
        return Task.CompletedTask;
    }
}

/// <summary>The app on SQLite with both OpenID Connect logins configured (the identity providers are not reached).</summary>
public sealed class SqliteAppMetExternalLogin : SqliteApp
{
    protected override IEnumerable<KeyValuePair<string, string?>> ExtraConfiguration =>
    [
        new("Authenticatie:Medewerkers:Authority", "https://login.regio.test/tenant/v2.0"),
        new("Authenticatie:Medewerkers:ClientId", "zorginkoop"),
        new("Authenticatie:Medewerkers:ClientSecret", "geheim-van-de-test"),
        new("Authenticatie:Aanbieders:Authority", "https://broker.eherkenning.test"),
        new("Authenticatie:Aanbieders:ClientId", "zorginkoop"),
        new("Authenticatie:Aanbieders:ClientSecret", "geheim-van-de-test"),
        new("Authenticatie:Aanbieders:Knop", "Inloggen met eHerkenning (niveau EH3)"),
    ];
}

/// <summary>The app on SQLite whose employees' login service is down: its address is a local port where nothing listens.</summary>
public sealed class SqliteAppMetOnbereikbareInlogdienst : SqliteApp
{
    private static readonly int GeslotenPoort = VrijePoort();

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraConfiguration =>
    [
        new("Authenticatie:Medewerkers:Authority", $"http://127.0.0.1:{GeslotenPoort}/realms/zorg"),
        new("Authenticatie:Medewerkers:ClientId", "zorginkoop"),
        new("Authenticatie:Medewerkers:ClientSecret", "geheim-van-de-test"),
    ];

    private static int VrijePoort()
    {
        using var l = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        l.Start();
        return ((System.Net.IPEndPoint)l.LocalEndpoint).Port;
    }
}

/// <summary>The app on its own database on the server in ZORGINKOOP_TEST_POSTGRES; skips without it, fails on CI.</summary>
public class PostgresApp : ZorginkoopApp
{
    private readonly string naam = $"zi_web_{Guid.NewGuid():N}";
    private string? connectionString;

    public override string Provider => "postgres";

    public override string? PostgresDatabase => connectionString is null ? null : naam;

    protected override string ConnectionString => connectionString ?? "";

    protected override async Task<bool> MaakDatabaseAsync()
    {
        SkipReden = TestEnvironment.PostgresSkipReden();
        if (SkipReden is not null)
        {
            return false;
        }

        connectionString = BouwtSjabloon ? await PostgresServer.MaakDatabaseAsync(naam) : await DemoSjabloon.MaakPostgresDatabaseAsync(naam);
        return true;
    }

    public override async Task<IAsyncDisposable> HoudVastAsync(int aanbestedingId)
    {
        var verbinding = new Npgsql.NpgsqlConnection(ConnectionString);
        await verbinding.OpenAsync();
        var transactie = await verbinding.BeginTransactionAsync();
        await using (var opdracht = new Npgsql.NpgsqlCommand("SELECT 1 FROM \"Aanbestedingen\" WHERE \"Id\" = @id FOR UPDATE", verbinding, transactie))
        {
            opdracht.Parameters.AddWithValue("id", aanbestedingId);
            await opdracht.ExecuteNonQueryAsync();
        }

        return new Loslaten(async () =>
        {
            await transactie.RollbackAsync();
            await verbinding.DisposeAsync();
        });
    }

    protected override Task VerwijderDatabaseAsync() =>
        connectionString is null ? Task.CompletedTask : PostgresServer.VerwijderDatabaseAsync(naam);
}

/// <summary>The app on SQLite that gives up on a lock after one second (Database:Wachttijd), as the busy-database tests need.</summary>
public sealed class SqliteAppMetKorteWachttijd : SqliteApp
{
    protected override IEnumerable<KeyValuePair<string, string?>> ExtraConfiguration => [new("Database:Wachttijd", "1")];
}

/// <summary>The app on SQLite with the public pages cached as in production (OpenbarePaginas:CacheSeconden).</summary>
public sealed class SqliteAppMetPaginaCache : SqliteApp
{
    protected override IEnumerable<KeyValuePair<string, string?>> ExtraConfiguration => [new("OpenbarePaginas:CacheSeconden", "300")];
}

/// <summary>The app on PostgreSQL that gives up on a lock after one second (Database:Wachttijd).</summary>
public sealed class PostgresAppMetKorteWachttijd : PostgresApp
{
    protected override IEnumerable<KeyValuePair<string, string?>> ExtraConfiguration => [new("Database:Wachttijd", "1")];
}

/// <summary>Runs an action when disposed: the release of a lock a test holds.</summary>
public sealed class Loslaten(Func<Task> actie) : IAsyncDisposable
{
    public async ValueTask DisposeAsync() => await actie();
}

/// <summary>SQLite's one write lock, held by a connection of the test's own (BEGIN IMMEDIATE) as a busy writer would.</summary>
public static class SqliteSchrijfslot
{
    public static async Task<IAsyncDisposable> NeemAsync(string connectionString)
    {
        var verbinding = new SqliteConnection(connectionString);
        await verbinding.OpenAsync();
        await using (var begin = verbinding.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE";
            await begin.ExecuteNonQueryAsync();
        }

        return new Loslaten(async () =>
        {
            await using (var terug = verbinding.CreateCommand())
            {
                terug.CommandText = "ROLLBACK";
                await terug.ExecuteNonQueryAsync();
            }

            await verbinding.DisposeAsync();
        });
    }
}
