using Zorginkoop.Data;

namespace Zorginkoop.Tests.Infrastructure;

/// <summary>
/// Base of the tests that run against a real database: written once, run once per provider by a sealed subclass
/// per provider (…Sqlite, …Postgres). Skips (outside CI) when the provider's server is not configured.
/// </summary>
public abstract class DatabaseTests<TDatabase> : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    protected DatabaseTests(TDatabase database)
    {
        Database = database;
        database.VereisBeschikbaar();
    }

    protected TDatabase Database { get; }

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected ZorginkoopDbContext NieuweContext() => Database.NieuweContext();
}
