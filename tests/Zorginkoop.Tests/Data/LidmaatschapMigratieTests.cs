using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Zorginkoop.Data;
using Zorginkoop.Tests.Shared;

namespace Zorginkoop.Tests.Data;

/// <summary>
/// The upgrade to regions (migration Lidmaatschappen, decision record 0009): an employee's role of the whole
/// installation becomes that role in every region, a provider's role stays what it was, and the way back restores it.
/// </summary>
public sealed class LidmaatschapMigratieTests : IAsyncLifetime
{
    private readonly TempFolder map = new();
    private readonly List<string> postgresDatabases = [];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseOptions.Sqlite)]
    [InlineData(DatabaseOptions.Postgres)]
    public async Task Een_bestaande_rol_wordt_die_rol_in_elke_regio(string provider)
    {
        var connectionString = await MaakAsync(provider);
        await using var db = Context(provider, connectionString);
        var migrator = db.GetService<IMigrator>();
        var eerste = db.Database.GetMigrations().First();
        await migrator.MigrateAsync(eerste, Ct);
        // Two regions, an inkoper and an aanbieder, as a database of before regions held them.
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "Regios" ("Code", "Naam") VALUES ('lekstroom', 'Regio Lekstroom'), ('utrecht-west', 'Utrecht-West');
            INSERT INTO "AspNetRoles" ("Id", "Name", "NormalizedName") VALUES ('r1', 'inkoper', 'INKOPER'), ('r2', 'aanbieder', 'AANBIEDER');
            INSERT INTO "AspNetUsers" ("Id", "UserName", "EmailConfirmed", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount")
            VALUES ('u1', 'els', true, false, false, true, 0), ('u2', 'jan', true, false, false, true, 0);
            INSERT INTO "AspNetUserRoles" ("UserId", "RoleId") VALUES ('u1', 'r1'), ('u2', 'r2');
            """, Ct);

        await migrator.MigrateAsync(cancellationToken: Ct);
        var leden = await db.Lidmaatschappen.OrderBy(l => l.RegioId).Select(l => l.GebruikerId + ":" + l.Regio.Code + ":" + l.Rol).ToListAsync(Ct);
        var rollen = await db.UserRoles.OrderBy(r => r.UserId).Select(r => r.UserId + ":" + r.RoleId).ToListAsync(Ct);
        await migrator.MigrateAsync(eerste, Ct);
        var terug = await db.Database.SqlQueryRaw<string>("""SELECT "UserId" || ':' || "RoleId" AS "Value" FROM "AspNetUserRoles" ORDER BY 1""").ToListAsync(Ct);

        Assert.Equal(["u1:lekstroom:inkoper", "u1:utrecht-west:inkoper"], leden);
        Assert.Equal(["u2:r2"], rollen);
        Assert.Equal(["u1:r1", "u2:r2"], terug);
    }

    private ZorginkoopDbContext Context(string provider, string connectionString)
    {
        var builder = new DbContextOptionsBuilder<ZorginkoopDbContext>();
        DatabaseRegistration.Configureer(builder, provider, connectionString, map.Pad);
        return new ZorginkoopDbContext(builder.Options);
    }

    private async Task<string> MaakAsync(string provider)
    {
        if (provider == DatabaseOptions.Sqlite)
        {
            return $"Data Source={map.Bestand("lidmaatschap.db")}";
        }

        var reden = TestEnvironment.PostgresSkipReden();
        Assert.SkipWhen(reden is not null, reden ?? "");
        var database = $"zi_lidmaatschap_{Guid.NewGuid():N}";
        postgresDatabases.Add(database);
        return await PostgresServer.MaakDatabaseAsync(database);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var database in postgresDatabases)
        {
            await PostgresServer.VerwijderDatabaseAsync(database);
        }

        map.Dispose();
    }
}
