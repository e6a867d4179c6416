using Npgsql;

namespace Zorginkoop.Tests.Shared;

/// <summary>Creates and drops test databases on the server named by ZORGINKOOP_TEST_POSTGRES.</summary>
public static class PostgresServer
{
    /// <summary>Creates database <paramref name="naam"/> and returns a connection string for it.</summary>
    public static async Task<string> MaakDatabaseAsync(string naam)
    {
        await using (var beheer = await OpenBeheerAsync())
        {
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{naam}\"", beheer);
            await cmd.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(TestEnvironment.PostgresVerbinding) { Database = naam }.ConnectionString;
    }

    public static async Task VerwijderDatabaseAsync(string naam)
    {
        NpgsqlConnection.ClearAllPools();
        await using var beheer = await OpenBeheerAsync();
        // FORCE ends connections the app may still hold (PostgreSQL 13+).
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{naam}\" WITH (FORCE)", beheer);
        await cmd.ExecuteNonQueryAsync();
    }

    private static async Task<NpgsqlConnection> OpenBeheerAsync()
    {
        // The maintenance database always exists; the one named in the variable may not.
        var builder = new NpgsqlConnectionStringBuilder(TestEnvironment.PostgresVerbinding) { Database = "postgres", Pooling = false };
        var verbinding = new NpgsqlConnection(builder.ConnectionString);
        await verbinding.OpenAsync();
        return verbinding;
    }
}
