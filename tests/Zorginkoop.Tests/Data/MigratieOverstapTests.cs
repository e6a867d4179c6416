using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using Zorginkoop.Data;
using Zorginkoop.Tests.Shared;

namespace Zorginkoop.Tests.Data;

/// <summary>
/// The twelve migrations of 23 November to 6 December 2026 were replaced by one, <c>Eerste</c>. A database made by
/// the old chain (its script as EF Core wrote it, in Data/OudeMigraties) and one made by the new migration must end
/// up with the same schema, the old one keeping its rows; one with part of the old chain is refused untouched.
/// </summary>
public sealed class MigratieOverstapTests : IAsyncLifetime
{
    private readonly TempFolder map = new();
    private readonly List<string> postgresDatabases = [];

    public static TheoryData<string> Providers => new() { DatabaseOptions.Sqlite, DatabaseOptions.Postgres };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Een_database_van_de_oude_keten_krijgt_hetzelfde_schema_als_een_nieuwe_en_houdt_zijn_rijen(string provider)
    {
        var oud = await MaakAsync(provider, "oud");
        var nieuw = await MaakAsync(provider, "nieuw");
        await RunAsync(provider, oud, OudeKeten(provider) + "\nINSERT INTO \"Gemeenten\" (\"Code\", \"Naam\") VALUES ('9999', 'Proefgemeente');");

        await MigrateAsync(provider, oud);
        await MigrateAsync(provider, nieuw);

        // Both then carry Eerste and every migration after it (Lidmaatschappen, …), the same list.
        var geschiedenis = await GeschiedenisAsync(provider, nieuw);
        Assert.EndsWith("_Eerste", geschiedenis[0], StringComparison.Ordinal);
        Assert.Equal(geschiedenis, await GeschiedenisAsync(provider, oud));
        Assert.Equal([], Verschil(await SchemaAsync(provider, nieuw), await SchemaAsync(provider, oud)));
        Assert.Equal("Proefgemeente", await WaardeAsync(provider, oud, "SELECT \"Naam\" FROM \"Gemeenten\" WHERE \"Code\" = '9999'"));

        if (provider == DatabaseOptions.Sqlite)
        {
            Assert.Equal("ok", await WaardeAsync(provider, oud, "PRAGMA integrity_check"));
        }

        // A second start has nothing left to do.
        await MigrateAsync(provider, oud);
        Assert.Equal(geschiedenis, await GeschiedenisAsync(provider, oud));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Twee_instanties_die_tegelijk_starten_zetten_de_database_samen_een_keer_over(string provider)
    {
        var oud = await MaakAsync(provider, "tegelijk");
        await RunAsync(provider, oud, OudeKeten(provider));

        await Task.WhenAll(MigrateAsync(provider, oud), MigrateAsync(provider, oud));

        // Eerste once, then the migrations after it once each.
        var geschiedenis = await GeschiedenisAsync(provider, oud);
        Assert.EndsWith("_Eerste", geschiedenis[0], StringComparison.Ordinal);
        Assert.Equal(geschiedenis.Distinct(), geschiedenis);
        Assert.Single(geschiedenis, m => m.EndsWith("_Eerste", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Een_database_met_een_deel_van_de_oude_keten_wordt_geweigerd_en_blijft_zoals_hij_was(string provider)
    {
        var oud = await MaakAsync(provider, "half");
        var keten = provider == DatabaseOptions.Sqlite ? MigratieOverstap.OudeKetenSqlite : MigratieOverstap.OudeKetenPostgres;
        // As if the last two migrations of the old chain had not run yet: their rows out of EF Core's history.
        await RunAsync(provider, oud, OudeKeten(provider) + string.Concat(keten.TakeLast(2).Select(m =>
            $"\nDELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = '{m}';")));
        var schemaVoor = await SchemaAsync(provider, oud);

        var fout = await Assert.ThrowsAsync<OptionsValidationException>(() => MigrateAsync(provider, oud));

        Assert.Contains($"staat op migratie {keten[9]} (10 van de 12 oude migraties)", fout.Message, StringComparison.Ordinal);
        Assert.Contains($"start eerst versie {MigratieOverstap.LaatsteVersieMetOudeKeten}", fout.Message, StringComparison.Ordinal);
        Assert.Equal(keten.Take(10), await GeschiedenisAsync(provider, oud));
        Assert.Equal([], Verschil(schemaVoor, await SchemaAsync(provider, oud)));
        // Nor was the care data's database made or migrated.
        if (provider == DatabaseOptions.Sqlite)
        {
            Assert.False(File.Exists(Zorginkoop.Zorgdata.ZorgdataDbContext.SqliteConnectionString(oud).Replace("Data Source=", "", StringComparison.Ordinal)));
        }
        else
        {
            Assert.Null(await WaardeAsync(provider, oud, $"SELECT nspname FROM pg_namespace WHERE nspname = '{Zorginkoop.Zorgdata.ZorgdataDbContext.Schema}'"));
        }
    }

    /// <summary>What only one of the two schemas has, marked with the side it is on; empty when they are the same.</summary>
    private static List<string> Verschil(List<string> nieuw, List<string> oud) =>
        [.. nieuw.Except(oud).Select(r => "alleen nieuw: " + r), .. oud.Except(nieuw).Select(r => "alleen oud: " + r)];

    private static string OudeKeten(string provider) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "OudeMigraties", provider + ".sql")).TrimStart('\uFEFF');

    private async Task<string> MaakAsync(string provider, string naam)
    {
        if (provider == DatabaseOptions.Sqlite)
        {
            return $"Data Source={map.Bestand(naam + ".db")}";
        }

        var reden = TestEnvironment.PostgresSkipReden();
        Assert.SkipWhen(reden is not null, reden ?? "");
        var database = $"zi_overstap_{naam}_{Guid.NewGuid():N}";
        postgresDatabases.Add(database);
        return await PostgresServer.MaakDatabaseAsync(database);
    }

    private async Task MigrateAsync(string provider, string connectionString)
    {
        // Returns to the caller at once, so that two calls in Task.WhenAll really start together.
        await Task.Yield();
        var builder = new DbContextOptionsBuilder<ZorginkoopDbContext>();
        DatabaseRegistration.Configureer(builder, provider, connectionString, map.Pad);
        await using var db = new ZorginkoopDbContext(builder.Options);
        await DatabaseInitialization.MigrateAsync(db);
    }

    private static async Task<DbConnection> OpenAsync(string provider, string connectionString)
    {
        DbConnection verbinding = provider == DatabaseOptions.Sqlite
            ? new SqliteConnection(connectionString + ";Pooling=False")
            : new NpgsqlConnection(connectionString);
        await verbinding.OpenAsync();
        return verbinding;
    }

    private static async Task RunAsync(string provider, string connectionString, string sql)
    {
        await using var verbinding = await OpenAsync(provider, connectionString);
        await using var cmd = verbinding.CreateCommand();
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync();
    }

    private static async Task<List<string>> RijenAsync(string provider, string connectionString, string sql)
    {
        await using var verbinding = await OpenAsync(provider, connectionString);
        await using var cmd = verbinding.CreateCommand();
        cmd.CommandText = sql;
        await using var lezer = await cmd.ExecuteReaderAsync();
        var rijen = new List<string>();
        while (await lezer.ReadAsync())
        {
            rijen.Add(string.Join(" | ", Enumerable.Range(0, lezer.FieldCount).Select(i => lezer.IsDBNull(i) ? "null" : Convert.ToString(lezer.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }

        return rijen;
    }

    private static async Task<string?> WaardeAsync(string provider, string connectionString, string sql) =>
        (await RijenAsync(provider, connectionString, sql)).SingleOrDefault();

    private static Task<List<string>> GeschiedenisAsync(string provider, string connectionString) =>
        RijenAsync(provider, connectionString, "SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\" ORDER BY \"MigrationId\"");

    /// <summary>
    /// Tables, columns (type, null, default, key), indexes (columns, unique, filter) and foreign keys of the main
    /// database, in an order that does not depend on how they came to be (a column added later stands last in its
    /// table, which is no difference). EF Core's lock table is left out: Migrate makes it when it first runs.
    /// </summary>
    private static async Task<List<string>> SchemaAsync(string provider, string connectionString)
    {
        if (provider == DatabaseOptions.Sqlite)
        {
            const string tabellen = "FROM sqlite_master m WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name <> '__EFMigrationsLock'";
            return
            [
                .. await RijenAsync(provider, connectionString,
                    $"SELECT 'kolom', m.name, p.name, p.type, p.\"notnull\", p.dflt_value, p.pk {tabellen.Replace("FROM sqlite_master m", "FROM sqlite_master m JOIN pragma_table_info(m.name) p", StringComparison.Ordinal)} ORDER BY 2, 3"),
                .. await RijenAsync(provider, connectionString,
                    $"SELECT 'index', m.name, CASE WHEN i.origin = 'c' THEN i.name ELSE i.origin END, i.\"unique\", i.partial, " +
                    $"(SELECT group_concat(c.name, ',') FROM pragma_index_info(i.name) c), (SELECT x.sql FROM sqlite_master x WHERE x.name = i.name) " +
                    $"{tabellen.Replace("FROM sqlite_master m", "FROM sqlite_master m JOIN pragma_index_list(m.name) i", StringComparison.Ordinal)} ORDER BY 2, 3, 6"),
                .. await RijenAsync(provider, connectionString,
                    $"SELECT 'fk', m.name, f.\"from\", f.\"table\", f.\"to\", f.on_delete, f.on_update {tabellen.Replace("FROM sqlite_master m", "FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f", StringComparison.Ordinal)} ORDER BY 2, 3, 4"),
            ];
        }

        return
        [
            .. await RijenAsync(provider, connectionString,
                "SELECT 'kolom', table_name, column_name, data_type, character_maximum_length, numeric_precision, is_nullable, column_default, is_identity, identity_generation " +
                "FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '__EFMigrationsLock' ORDER BY 2, 3"),
            .. await RijenAsync(provider, connectionString,
                "SELECT 'index', tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 2, 3"),
            .. await RijenAsync(provider, connectionString,
                "SELECT 'constraint', conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY 2, 3"),
            .. await RijenAsync(provider, connectionString,
                "SELECT 'sequence', sequencename, data_type FROM pg_sequences WHERE schemaname = 'public' ORDER BY 2"),
        ];
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
