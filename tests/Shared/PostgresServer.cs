using Npgsql;

namespace Zorginkoop.Tests.Shared;

/// <summary>Creates and drops test databases on the server named by ZORGINKOOP_TEST_POSTGRES.</summary>
public static class PostgresServer
{
    /// <summary>
    /// Creates database <paramref name="naam"/>, empty or as a copy of <paramref name="sjabloon"/>, and returns a
    /// connection string for it.
    /// </summary>
    public static async Task<string> MaakDatabaseAsync(string naam, string? sjabloon = null)
    {
        await using (var beheer = await OpenBeheerAsync())
        {
            var sql = sjabloon is null ? $"CREATE DATABASE \"{naam}\"" : $"CREATE DATABASE \"{naam}\" TEMPLATE \"{sjabloon}\"";
            await using var cmd = new NpgsqlCommand(sql, beheer);
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

    /// <summary>
    /// Makes database <paramref name="naam"/> a template: no one may connect to it any more, and whoever still is
    /// (a pooled connection elsewhere) is ended, since CREATE DATABASE … TEMPLATE refuses while anyone is connected.
    /// </summary>
    public static async Task AlsSjabloonAsync(string naam)
    {
        await using var beheer = await OpenBeheerAsync();
        await using (var cmd = new NpgsqlCommand($"ALTER DATABASE \"{naam}\" WITH ALLOW_CONNECTIONS false", beheer))
        {
            await cmd.ExecuteNonQueryAsync();
        }

        await using (var cmd = new NpgsqlCommand("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = @naam", beheer))
        {
            cmd.Parameters.AddWithValue("naam", naam);
            await cmd.ExecuteScalarAsync();
        }
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
