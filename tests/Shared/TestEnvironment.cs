namespace Zorginkoop.Tests.Shared;

/// <summary>
/// What the environment offers the tests. On CI (<c>CI=true</c>) every suite must run, so a missing service is an
/// error there instead of a reason to skip.
/// </summary>
public static class TestEnvironment
{
    public const string PostgresVariabele = "ZORGINKOOP_TEST_POSTGRES";

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string? PostgresVerbinding =>
        Environment.GetEnvironmentVariable(PostgresVariabele) is { Length: > 0 } v ? v : null;

    /// <summary>
    /// The reason to skip when PostgreSQL is not configured, or null when it is. Throws on CI, where skipping would
    /// hide that half of the provider matrix did not run.
    /// </summary>
    public static string? PostgresSkipReden()
    {
        if (PostgresVerbinding is not null)
        {
            return null;
        }

        const string voorbeeld = "bijvoorbeeld \"Host=localhost;Username=postgres;Password=postgres;Database=postgres\"";
        return IsCi
            ? throw new InvalidOperationException($"CI=true: de PostgreSQL-tests moeten draaien, maar {PostgresVariabele} is niet gezet ({voorbeeld}).")
            : $"PostgreSQL-tests overgeslagen: zet {PostgresVariabele} op een connection string, {voorbeeld}.";
    }
}
