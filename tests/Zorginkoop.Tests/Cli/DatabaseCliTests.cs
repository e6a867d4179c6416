using Zorginkoop.Tests.Shared;

namespace Zorginkoop.Tests.Cli;

/// <summary><c>zorginkoop database</c> on a new, empty PostgreSQL database, as someone installing the app runs it.</summary>
public sealed class DatabaseCliTests
{
    [Fact]
    public async Task Een_nieuwe_PostgreSQL_database_wordt_aangemaakt_zonder_foutmeldingen_in_het_log()
    {
        var reden = TestEnvironment.PostgresSkipReden();
        Assert.SkipWhen(reden is not null, reden ?? "");
        var naam = $"zi_test_{Guid.NewGuid():N}";
        var verbinding = await PostgresServer.MaakDatabaseAsync(naam);
        using var map = new TempFolder();
        try
        {
            var omgeving = new Dictionary<string, string>
            {
                ["Database__Provider"] = "postgres",
                ["ConnectionStrings__Zorginkoop"] = verbinding,
            };

            var (code, uit, fout) = await CliProces.RunAsync(map.Pad, omgeving, "database");
            var (code2, uit2, fout2) = await CliProces.RunAsync(map.Pad, omgeving, "database");

            Assert.True(code == 0, uit + fout);
            Assert.Matches(@"^Database \(Npgsql\.EntityFrameworkCore\.PostgreSQL\): .*; \d+ migratie\(s\) toegepast, bijgewerkt\.", uit);
            // EF Core logs a failed query of the missing history table on a new PostgreSQL database unless the app
            // creates the table first (DatabaseInitialization).
            Assert.DoesNotContain("fail:", fout, StringComparison.Ordinal);
            Assert.DoesNotContain("__EFMigrationsHistory", fout, StringComparison.Ordinal);
            Assert.Equal((0, "", uit), (code2, fout2, uit2));
        }
        finally
        {
            await PostgresServer.VerwijderDatabaseAsync(naam);
        }
    }
}
