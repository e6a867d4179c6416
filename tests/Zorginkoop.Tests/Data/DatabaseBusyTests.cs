using Microsoft.Data.Sqlite;
using Npgsql;
using Zorginkoop.Data;

namespace Zorginkoop.Tests.Data;

/// <summary>What counts as a busy database (a 503 with Retry-After, or "try again" in the CLI) and what is a real failure.</summary>
public sealed class DatabaseBusyTests
{
    [Theory]
    [InlineData(PostgresErrorCodes.TooManyConnections, true)]
    [InlineData(PostgresErrorCodes.CannotConnectNow, true)]
    [InlineData(PostgresErrorCodes.LockNotAvailable, true)]
    [InlineData(PostgresErrorCodes.DeadlockDetected, true)]
    [InlineData(PostgresErrorCodes.InvalidPassword, false)]
    [InlineData(PostgresErrorCodes.UndefinedTable, false)]
    public void Postgres_fouten(string sqlState, bool bezig)
    {
        var fout = new PostgresException("test", "FATAL", "FATAL", sqlState);

        Assert.Equal(bezig, DatabaseBusy.Is(fout));
        Assert.Equal(bezig, DatabaseBusy.Is(new InvalidOperationException("buiten", fout)));
    }

    [Fact]
    public void Sqlite_bezig_en_een_echte_fout()
    {
        Assert.True(DatabaseBusy.Is(new SqliteException("database is locked", 5)));
        Assert.False(DatabaseBusy.Is(new SqliteException("no such table", 1)));
    }
}
