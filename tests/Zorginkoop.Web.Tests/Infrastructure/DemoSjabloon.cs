using Microsoft.Data.Sqlite;
using Npgsql;
using Zorginkoop.Tests.Shared;
using Zorginkoop.Web.Tests.Infrastructure;

[assembly: AssemblyFixture(typeof(DemoSjabloon.Opruimen))]

namespace Zorginkoop.Web.Tests.Infrastructure;

/// <summary>
/// The app's first start (migrations, reference data, demo data, demo vault, demo accounts, demo care data and the
/// search index) done once per test run and provider, and copied for every app after it: a SQLite database is its
/// data folder, copied file by file; a PostgreSQL database is made with <c>CREATE DATABASE … TEMPLATE</c>, beside a copy
/// of the folder (vault keys, documents, audit anchors). Loading the demo for each of the suite's eighty app fixtures
/// cost about six minutes of CI's twenty. The first start itself stays tested: it builds this template, through the
/// same app and settings. The crash tests do not use it: their app is a real process on the real clock, and the demo
/// is made relative to the day it is loaded (the template's is 31 July 2023, <see cref="ZorginkoopApp.Nu"/>).
/// </summary>
public static class DemoSjabloon
{
    private static readonly Lazy<Task<Sjabloon>> SqliteSjabloon = new(() => BouwAsync(new SqliteApp { BouwtSjabloon = true }));
    private static readonly Lazy<Task<Sjabloon>> PostgresSjabloon = new(() => BouwAsync(new PostgresApp { BouwtSjabloon = true }));

    /// <summary>The data folder after the first start, and on PostgreSQL the database that is the template.</summary>
    public sealed record Sjabloon(string Map, string? Database);

    /// <summary>Fills the empty folder <paramref name="doelMap"/> with a copy of the template's data folder.</summary>
    public static async Task KopieerMapAsync(string provider, TempFolder doelMap) => doelMap.KopieerVan((await VoorAsync(provider)).Map);

    /// <summary>Creates PostgreSQL database <paramref name="naam"/> as a copy of the template and returns its connection string.</summary>
    public static async Task<string> MaakPostgresDatabaseAsync(string naam)
    {
        var sjabloon = await VoorAsync(Zorginkoop.Data.DatabaseOptions.Postgres);
        return await PostgresServer.MaakDatabaseAsync(naam, sjabloon.Database);
    }

    private static Task<Sjabloon> VoorAsync(string provider) =>
        (provider == Zorginkoop.Data.DatabaseOptions.Postgres ? PostgresSjabloon : SqliteSjabloon).Value;

    private static async Task<Sjabloon> BouwAsync(ZorginkoopApp app)
    {
        await app.InitializeAsync();
        if (app.SkipReden is not null)
        {
            throw new InvalidOperationException(app.SkipReden);
        }

        var sjabloon = new Sjabloon(app.DataMap, app.PostgresDatabase);
        // BouwtSjabloon: the app stops, and leaves its folder and database behind for the copies.
        await app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (sjabloon.Database is { } database)
        {
            // CREATE DATABASE … TEMPLATE refuses while anyone is connected to the template: no pooled connection may
            // linger, and none may come.
            NpgsqlConnection.ClearAllPools();
            await PostgresServer.AlsSjabloonAsync(database);
        }

        return sjabloon;
    }

    /// <summary>Removes the templates when the test run ends.</summary>
    public sealed class Opruimen : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            foreach (var lazy in new[] { SqliteSjabloon, PostgresSjabloon }.Where(l => l.IsValueCreated && l.Value.IsCompletedSuccessfully))
            {
                var sjabloon = await lazy.Value;
                if (sjabloon.Database is { } database)
                {
                    await PostgresServer.VerwijderDatabaseAsync(database);
                }

                SqliteConnection.ClearAllPools();
                try
                {
                    Directory.Delete(sjabloon.Map, recursive: true);
                }
                catch (IOException)
                {
                    // Litter in /tmp is not worth failing a test run for (as TempFolder).
                }
            }
        }
    }
}
