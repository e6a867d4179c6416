using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Zorginkoop.Data;

namespace Zorginkoop.Zorgdata;

/// <summary>
/// Moves the care data of an installation made before the care data had a database of its own: before the main
/// database's migration <c>ZorggegevensApart</c> drops the old tables, their rows are copied into the care-data database
/// (made and migrated first). Rows that are there already are skipped, so a start that was interrupted halfway simply
/// copies the rest next time; only then does the main migration run.
/// </summary>
public static class ZorgdataVerhuizing
{
    public const string Migratie = "ZorggegevensApart";

    private static readonly (string Tabel, string Kolommen)[] Tabellen =
    [
        ("Importruns", "\"Id\", \"Bestandsnaam\", \"Sha256\", \"Formaat\", \"Gebruiker\", \"Gestart\", \"Beeindigd\", \"Regels\", \"Toegevoegd\", \"AlAanwezig\", \"Resultaat\", \"Meldingen\""),
        ("Zorgregels", "\"Id\", \"ImportrunId\", \"Sleutel\", \"ToewijzingNummer\", \"ClientSleutel\", \"TrajectSleutel\", \"GemeenteCode\", \"AgbCode\", \"ProductId\", " +
            "\"Begindatum\", \"Einddatum\", \"Volume\", \"EenheidCode\", \"BedragCent\", \"ReferentieNummer\", \"VorigReferentieNummer\", \"Afgewezen\""),
        ("Toewijzingen", "\"Id\", \"ImportrunId\", \"GemeenteCode\", \"AgbCode\", \"ToewijzingNummer\", \"Client\", \"CategorieCode\", \"ProductCode\", \"ProductId\", " +
            "\"Ingangsdatum\", \"Einddatum\", \"Toewijzingsmoment\", \"RedenWijziging\", \"Volume\", \"EenheidCode\", \"Frequentie\", \"BudgetCent\", \"ZorgBegonnen\", " +
            "\"ZorgGestopt\", \"RedenBeeindiging\", \"Verwijderd\""),
    ];

    /// <summary>Copies when the main database still has to run <see cref="Migratie"/>; the number of rows copied.</summary>
    public static async Task<int> VerhuisAsync(ZorginkoopDbContext db, ILogger logger, CancellationToken ct = default)
    {
        if (!(await db.Database.GetPendingMigrationsAsync(ct)).Any(m => m.EndsWith("_" + Migratie, StringComparison.Ordinal))
            || !(await db.Database.GetAppliedMigrationsAsync(ct)).Any())
        {
            return 0;
        }

        var gekopieerd = 0;
        if (db.Database.IsNpgsql())
        {
            // One database: from the public schema into the care data's own, in one transaction.
            await using var transactie = await db.Database.BeginTransactionAsync(ct);
            foreach (var (tabel, kolommen) in Tabellen)
            {
                // Table and column names are the constants above, never input.
                var kopieer = $"INSERT INTO {ZorgdataDbContext.Schema}.\"{tabel}\" ({kolommen}) SELECT {kolommen} FROM public.\"{tabel}\" ON CONFLICT (\"Id\") DO NOTHING";
                var volgnummer = $"SELECT setval(pg_get_serial_sequence('{ZorgdataDbContext.Schema}.\"{tabel}\"', 'Id'), GREATEST((SELECT MAX(\"Id\") FROM {ZorgdataDbContext.Schema}.\"{tabel}\"), 1))";
                gekopieerd += await db.Database.ExecuteSqlRawAsync(kopieer, ct);
                await db.Database.ExecuteSqlRawAsync(volgnummer, ct);
            }

            await transactie.CommitAsync(ct);
        }
        else
        {
            // Two files: the main connection attaches the care-data file and copies table by table.
            var bestand = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Zorgdata.Database.GetConnectionString()).DataSource;
            await db.Database.OpenConnectionAsync(ct);
            try
            {
                await db.Database.ExecuteSqlRawAsync("ATTACH DATABASE {0} AS zorgdata", [bestand], ct);
                await using (var transactie = await db.Database.BeginTransactionAsync(ct))
                {
                    foreach (var (tabel, kolommen) in Tabellen)
                    {
                        var kopieer = $"INSERT OR IGNORE INTO zorgdata.\"{tabel}\" ({kolommen}) SELECT {kolommen} FROM main.\"{tabel}\"";
                        gekopieerd += await db.Database.ExecuteSqlRawAsync(kopieer, ct);
                    }

                    await transactie.CommitAsync(ct);
                }

                await db.Database.ExecuteSqlRawAsync("DETACH DATABASE zorgdata", ct);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }

        if (gekopieerd > 0)
        {
            logger.LogInformation("Zorggegevens verhuisd naar de eigen database: {Aantal} rijen", gekopieerd);
        }

        return gekopieerd;
    }
}
