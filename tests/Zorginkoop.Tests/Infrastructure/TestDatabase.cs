using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;
using Zorginkoop.Demo;
using Zorginkoop.Documenten;
using Zorginkoop.Referentiedata;
using Zorginkoop.Tests.Shared;

namespace Zorginkoop.Tests.Infrastructure;

/// <summary>
/// A real, migrated database for one test class, with reference data and demo data loaded once. Tests that change
/// data create their own region (see <see cref="TestRegio"/>), so they don't see each other's rows.
/// </summary>
public abstract class TestDatabase : IAsyncLifetime
{
    public TempFolder Map { get; } = new();

    /// <summary>Set when the database server is not available and the tests must skip (never on CI).</summary>
    public string? SkipReden { get; protected set; }

    public abstract string Provider { get; }

    /// <summary>The document store in this database's temp folder.</summary>
    public DocumentStore Opslag => new(Map.Pad);

    /// <summary>What the first <see cref="DemoData.LoadAsync"/> on the empty database added.</summary>
    public int DemoDataEersteKeer { get; private set; }

    protected abstract string? ConnectionString { get; }

    /// <param name="interceptors">For a test that watches which statements the code under test runs.</param>
    public ZorginkoopDbContext NieuweContext(params Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor[] interceptors)
    {
        var builder = new DbContextOptionsBuilder<ZorginkoopDbContext>();
        DatabaseRegistration.Configureer(builder, Provider, ConnectionString, Map.Pad);
        builder.AddInterceptors(interceptors);
        return new ZorginkoopDbContext(builder.Options);
    }

    /// <summary>Skips the calling test when the server is missing; call first in every test.</summary>
    public void VereisBeschikbaar() => Assert.SkipWhen(SkipReden is not null, SkipReden ?? "");

    public async ValueTask InitializeAsync()
    {
        if (!await MaakDatabaseAsync())
        {
            return;
        }

        await using var db = NieuweContext();
        await DatabaseInitialization.MigrateAsync(db);
        await ReferentiedataLoader.LoadAsync(db);
        DemoDataEersteKeer = await DemoData.LoadAsync(db, Opslag);
    }

    public async ValueTask DisposeAsync()
    {
        await VerwijderDatabaseAsync();
        Map.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Creates the empty database; false when the tests must skip.</summary>
    protected abstract Task<bool> MaakDatabaseAsync();

    protected abstract Task VerwijderDatabaseAsync();
}

/// <summary>A SQLite database in a temp file (never in memory: the app runs on files, with WAL).</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    public override string Provider => DatabaseOptions.Sqlite;

    protected override string ConnectionString => $"Data Source={Map.Bestand("zorginkoop.db")}";

    protected override Task<bool> MaakDatabaseAsync() => Task.FromResult(true);

    protected override Task VerwijderDatabaseAsync()
    {
        SqliteConnection.ClearAllPools();
        return Task.CompletedTask;
    }
}

/// <summary>
/// A uniquely named database on the server in ZORGINKOOP_TEST_POSTGRES, dropped afterwards. Skips without that
/// variable, fails on CI.
/// </summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    private readonly string naam = $"zi_test_{Guid.NewGuid():N}";
    private string? connectionString;

    public override string Provider => DatabaseOptions.Postgres;

    protected override string? ConnectionString => connectionString;

    protected override async Task<bool> MaakDatabaseAsync()
    {
        SkipReden = TestEnvironment.PostgresSkipReden();
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
