using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Zorginkoop.Data;

namespace Zorginkoop.Zorgdata;

/// <summary>
/// The care data (care lines, allocations, import runs) in a database of its own, beside the main one. On SQLite that is
/// a file of its own, so the one write lock a national import holds for its whole transaction is the care data's, and
/// bids, questions and the vault go on in the main database (issue 13: an import never blocks the providers); on
/// PostgreSQL it is the schema <see cref="Schema"/> of the same database. The import stays one transaction (all or
/// nothing), now in this database.
/// <para>
/// Which database that is follows from the main one (<see cref="Opties"/>), so the app, the CLI and the tests always
/// find the same one: for SQLite <c>zorginkoop.db</c> gets <c>zorginkoop-zorgdata.db</c> in the same folder.
/// </para>
/// </summary>
public class ZorgdataDbContext(DbContextOptions<ZorgdataDbContext> options) : DbContext(options)
{
    /// <summary>PostgreSQL: the schema of the care data, with its own migrations history.</summary>
    public const string Schema = "zorgdata";

    public DbSet<Importrun> Importruns => Set<Importrun>();
    public DbSet<Zorgregel> Zorgregels => Set<Zorgregel>();
    public DbSet<Toewijzing> Toewijzingen => Set<Toewijzing>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        if (Database.IsNpgsql())
        {
            modelBuilder.HasDefaultSchema(Schema);
        }

        modelBuilder.ApplyConfiguration(new ImportrunConfiguration());
        modelBuilder.ApplyConfiguration(new ZorgregelConfiguration());
        modelBuilder.ApplyConfiguration(new ToewijzingConfiguration());
    }

    /// <summary>The options of the care-data database that belongs to the main database with <paramref name="connectionString"/>.</summary>
    /// <param name="gecompileerdModel">False for dotnet-ef and the migration tests (see <see cref="DatabaseRegistration.GecompileerdModel"/>).</param>
    public static DbContextOptions<ZorgdataDbContext> Opties(string provider, string connectionString,
        IEnumerable<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>? interceptors = null, bool gecompileerdModel = true)
    {
        var builder = new DbContextOptionsBuilder<ZorgdataDbContext>();
        builder.AddInterceptors(interceptors ?? []);
        if (gecompileerdModel && DatabaseRegistration.GecompileerdModel(typeof(ZorgdataDbContext), provider) is { } model)
        {
            builder.UseModel(model);
        }

        if (provider == DatabaseOptions.Postgres)
        {
            // Unqualified names in the importer's and the index's own SQL find the care data first.
            var cs = new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = $"{Schema},public" };
            builder.UseNpgsql(cs.ConnectionString, o => o.MigrationsAssembly(DatabaseRegistration.PostgresMigraties).MigrationsHistoryTable("__EFMigrationsHistory", Schema));
        }
        else
        {
            builder.UseSqlite(SqliteConnectionString(connectionString), o => o.MigrationsAssembly(DatabaseRegistration.SqliteMigraties))
                .ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.NonTransactionalMigrationOperationWarning));
        }

        return builder.Options;
    }

    /// <summary>The care-data file beside the main SQLite file: <c>x.db</c> → <c>x-zorgdata.db</c>.</summary>
    public static string SqliteConnectionString(string hoofd)
    {
        var cs = new SqliteConnectionStringBuilder(hoofd);
        var pad = cs.DataSource;
        cs.DataSource = Path.Combine(Path.GetDirectoryName(pad) ?? "", Path.GetFileNameWithoutExtension(pad) + "-zorgdata" + Path.GetExtension(pad));
        return cs.ConnectionString;
    }
}
