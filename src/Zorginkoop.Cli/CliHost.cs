using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Zorginkoop.Audit;
using Zorginkoop.Data;
using Zorginkoop.Zorgdata;

namespace Zorginkoop.Cli;

/// <summary>
/// Builds the services a command needs from the same configuration as the web app: appsettings.json,
/// <c>appsettings.{DOTNET_ENVIRONMENT}.json</c>, environment variables (<c>Database__Provider</c>,
/// <c>ConnectionStrings__Zorginkoop</c>), and <c>--db</c> as a shortcut for a SQLite file.
/// </summary>
public static class CliHost
{
    public const int Success = 0;
    public const int Refused = 1;
    public const int ConfigurationError = 2;

    public static ServiceProvider Build(ParseResult parseResult)
    {
        var omgeving = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? "Production";
        var builder = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddJsonFile($"appsettings.{omgeving}.json", optional: true)
            .AddEnvironmentVariables();
        if (parseResult.GetValue(ZorginkoopCommand.Db) is { } db)
        {
            builder.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = DatabaseOptions.Sqlite,
                ["ConnectionStrings:Zorginkoop"] = $"Data Source={db.FullName}",
            });
        }

        var configuratie = builder.Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuratie);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ICurrentUser>(new SystemUser($"cli:{Environment.UserName}"));
        // Logs go to standard error, so standard output stays clean for exports and pipes.
        services.AddLogging(l => l.AddSimpleConsole(o => o.SingleLine = true)
            .AddFilter("Microsoft", LogLevel.Warning)
            .SetMinimumLevel(LogLevel.Information)
            .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace));
        services.AddZorginkoopDatabase(configuratie);
        services.AddZorgdata(configuratie, isDevelopment: omgeving == "Development");
        services.AddAudit(configuratie, isDevelopment: omgeving == "Development");
        services.AddIdentityCore<Zorginkoop.Accounts.Gebruiker>(Zorginkoop.Accounts.AccountRegels.Zet)
            .AddRoles<Microsoft.AspNetCore.Identity.IdentityRole>()
            .AddErrorDescriber<Zorginkoop.Accounts.DutchIdentityErrorDescriber>()
            .AddEntityFrameworkStores<ZorginkoopDbContext>();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    /// <summary>
    /// Runs a command with a migrated database (prepared in full only when it is not at this version:
    /// <see cref="DatabaseInitialization.VoorbereidenVoorCliAsync"/>); configuration errors, and a database that cannot be reached or opened,
    /// become a Dutch message and exit code 2. A command that only reads (<paramref name="alleenLezen"/>) checks the
    /// database instead of preparing it, and changes no data (the monitor's index file may still be brought up to date).
    /// <paramref name="volledig"/>: always the whole preparation, reference data included (<c>zorginkoop database</c>).
    /// </summary>
    public static async Task<int> RunAsync(ParseResult parseResult, Func<IServiceProvider, CancellationToken, Task<int>> actie, CancellationToken ct,
        bool alleenLezen = false, bool volledig = false)
    {
        try
        {
            CliTijden.Meld("runtime en opdrachtregel");
            await using var services = Build(parseResult);
            // Validates the options classes (ValidateOnStart has no host here).
            _ = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            _ = services.GetRequiredService<IOptions<OpslagOptions>>().Value;
            _ = services.GetRequiredService<IOptions<Zorginkoop.Ocds.OcdsOptions>>().Value;
            CliTijden.Meld("diensten");
            if (volledig)
            {
                await DatabaseInitialization.InitializeAsync(services, demoData: false, ct);
            }
            else if (!alleenLezen)
            {
                await DatabaseInitialization.VoorbereidenVoorCliAsync(services, ct);
            }
            else if (await DatabaseInitialization.ControleerAsync(services, ct) is { } reden)
            {
                await Console.Error.WriteLineAsync(reden);
                return ConfigurationError;
            }

            CliTijden.Meld("database gecontroleerd of voorbereid; het werk begint");
            await using var scope = services.CreateAsyncScope();
            var code = await actie(scope.ServiceProvider, ct);
            CliTijden.Meld("werk klaar");
            return code;
        }
        catch (OptionsValidationException e)
        {
            await Console.Error.WriteLineAsync("Configuratiefout: " + string.Join(" ", e.Failures));
            return ConfigurationError;
        }
        catch (System.Data.Common.DbException e) when (!DatabaseBusy.Is(e))
        {
            // A wrong password, an unreachable server, a damaged file: the database's own words, not a stack trace.
            await Console.Error.WriteLineAsync("De database gaf een fout: " + e.Message + " Controleer ConnectionStrings:Zorginkoop (of --db).");
            return ConfigurationError;
        }
    }
}
