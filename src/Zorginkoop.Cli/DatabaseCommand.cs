using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zorginkoop.Data;

namespace Zorginkoop.Cli;

/// <summary><c>zorginkoop database</c>: migrates the configured database, loads the reference data shipped with this
/// version and says which database it is. Other commands prepare the database in full only when it is not at this
/// version.</summary>
public static class DatabaseCommand
{
    public static Command Create()
    {
        var database = new Command("database", "De database aanmaken of bijwerken naar de nieuwste versie en tonen welke database het is.");
        database.SetAction((pr, ct) => CliHost.RunAsync(pr, async (sp, ct) =>
        {
            var db = sp.GetRequiredService<ZorginkoopDbContext>();
            var toegepast = (await db.Database.GetAppliedMigrationsAsync(ct)).Count();
            Console.WriteLine($"Database ({db.Database.ProviderName}): {db.Database.GetDbConnection().DataSource}; {toegepast} migratie(s) toegepast, bijgewerkt.");
            return CliHost.Success;
        }, ct, volledig: true));
        return database;
    }
}
