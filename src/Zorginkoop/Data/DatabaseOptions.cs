using System.ComponentModel.DataAnnotations;

namespace Zorginkoop.Data;

/// <summary>Configuration section <c>Database</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Sectie = "Database";
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    /// <summary><c>sqlite</c> (default, embedded) or <c>postgres</c>.</summary>
    [Required]
    [RegularExpression("^(sqlite|postgres)$", ErrorMessage = "Database:Provider moet 'sqlite' of 'postgres' zijn.")]
    public string Provider { get; set; } = Sqlite;

    /// <summary>Apply pending migrations at start (the app and the CLI). Off when a deployment migrates separately.</summary>
    public bool MigrerenBijStart { get; set; } = true;

    /// <summary>
    /// Seconds a request waits for a lock on the database (SQLite's write lock, a PostgreSQL row lock) or for a
    /// PostgreSQL connection before it is answered with 503 and Retry-After instead of waiting on: SQLite's
    /// <c>Default Timeout</c>, PostgreSQL's <c>lock_timeout</c> and Npgsql's <c>Timeout</c>, unless the connection
    /// string sets its own. On PostgreSQL migrations and imports wait for their turn however long it takes; on SQLite a
    /// second import started while one runs in another process is refused after this time ("Er liep al een andere import").
    /// </summary>
    [Range(1, 300, ErrorMessage = "Database:Wachttijd moet tussen 1 en 300 seconden liggen.")]
    public int Wachttijd { get; set; } = 5;
}

/// <summary>Configuration section <c>Zorginkoop</c>: where the app keeps its files.</summary>
public sealed class OpslagOptions
{
    public const string Sectie = "Zorginkoop";

    /// <summary>
    /// The data folder: the default SQLite database and, later, uploaded documents. Default
    /// <c>~/.local/share/Zorginkoop</c> (the user's local application data), so the app and the CLI share it.
    /// </summary>
    public string DataMap { get; set; } = StandaardDataMap();

    /// <summary>Load the demo data (regions, catalogue, providers from the sources) at start; idempotent.</summary>
    public bool DemoDataLaden { get; set; }

    public static string StandaardDataMap() => Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
        "Zorginkoop");
}
