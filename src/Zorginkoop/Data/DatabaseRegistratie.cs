using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Zorginkoop.Data;

public static class DatabaseRegistratie
{
    public const string ConnectionStringNaam = "Zorginkoop";
    public const string SqliteMigraties = "Zorginkoop.Migrations.Sqlite";
    public const string PostgresMigraties = "Zorginkoop.Migrations.Postgres";

    /// <summary>
    /// Registers <see cref="ZorginkoopDbContext"/> for the configured provider. Shared by the web app and the CLI, so
    /// both read <c>Database:Provider</c> and <c>ConnectionStrings:Zorginkoop</c> the same way.
    /// </summary>
    public static IServiceCollection AddZorginkoopDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.Sectie))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<OpslagOptions>().Bind(configuration.GetSection(OpslagOptions.Sectie))
            .Validate(o => !string.IsNullOrWhiteSpace(o.DataMap), "Zorginkoop:DataMap mag niet leeg zijn.")
            .ValidateOnStart();

        services.AddSingleton(sp => new Documenten.DocumentOpslag(sp.GetRequiredService<IOptions<OpslagOptions>>().Value.DataMap));
        services.AddDbContext<ZorginkoopDbContext>((sp, options) =>
        {
            var database = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            var opslag = sp.GetRequiredService<IOptions<OpslagOptions>>().Value;
            Configureer(options, database.Provider, configuration.GetConnectionString(ConnectionStringNaam), opslag.DataMap, database.Wachttijd);
        });
        return services;
    }

    /// <summary>Applies provider and connection string; also used by the design-time factories and tests.</summary>
    /// <param name="wachttijd">Seconds to wait for a lock (<see cref="DatabaseOptions.Wachttijd"/>); a connection string that names its own timeout keeps it.</param>
    public static void Configureer(DbContextOptionsBuilder options, string provider, string? connectionString, string dataMap, int wachttijd = 5)
    {
        switch (provider)
        {
            case DatabaseOptions.Sqlite:
                options.UseSqlite(MetWachttijd(SqliteConnectionString(connectionString, dataMap), wachttijd),
                    o => o.MigrationsAssembly(SqliteMigraties))
                    // A migration that rebuilds a SQLite table turns foreign keys off first, which SQLite cannot do inside
                    // a transaction (EF Core docs, "SQLite: migrations limitations"); EF then warns on every new database.
                    // The rebuild itself still runs in its transaction. Not a thing a user of the CLI can act on.
                    .ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.NonTransactionalMigrationOperationWarning));
                break;
            case DatabaseOptions.Postgres:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new OptionsValidationException(ConnectionStringNaam, typeof(DatabaseOptions),
                        ["Database:Provider is 'postgres' maar ConnectionStrings:Zorginkoop is leeg. " +
                         "Geef bijvoorbeeld ConnectionStrings__Zorginkoop=\"Host=localhost;Database=zorginkoop;Username=...;Password=...\"."]);
                }

                options.UseNpgsql(MetLockTimeout(connectionString, wachttijd), o => o.MigrationsAssembly(PostgresMigraties));
                break;
            default:
                throw new OptionsValidationException(DatabaseOptions.Sectie, typeof(DatabaseOptions),
                    [$"Database:Provider '{provider}' is onbekend: kies 'sqlite' of 'postgres'."]);
        }
    }

    /// <summary>SQLite retries a busy write lock until <c>Default Timeout</c> (30 s by default) has passed.</summary>
    private static string MetWachttijd(string connectionString, int wachttijd) =>
        connectionString.Contains("Timeout", StringComparison.OrdinalIgnoreCase)
            ? connectionString
            : new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString) { DefaultTimeout = wachttijd }.ConnectionString;

    /// <summary>
    /// PostgreSQL waits for a row lock for ever unless <c>lock_timeout</c> is set; every session of the app gets it. A
    /// free connection of the pool is waited for as long as Npgsql's <c>Timeout</c> (15 s by default): the same time.
    /// </summary>
    private static string MetLockTimeout(string connectionString, int wachttijd)
    {
        var cs = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!System.Text.RegularExpressions.Regex.IsMatch(connectionString, @"(^|;)\s*Timeout\s*=", System.Text.RegularExpressions.RegexOptions.IgnoreCase))
        {
            cs.Timeout = wachttijd;
        }

        if (cs.Options?.Contains("lock_timeout", StringComparison.Ordinal) != true)
        {
            cs.Options = $"{cs.Options} -c lock_timeout={wachttijd * 1000}".Trim();
        }

        return cs.ConnectionString;
    }

    /// <summary>Without a connection string SQLite uses <c>zorginkoop.db</c> in the data folder.</summary>
    public static string SqliteConnectionString(string? connectionString, string dataMap)
    {
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return connectionString;
        }

        Directory.CreateDirectory(dataMap);
        return $"Data Source={Path.Combine(dataMap, "zorginkoop.db")}";
    }
}
