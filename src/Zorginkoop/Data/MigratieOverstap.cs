using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Zorginkoop.Data;

/// <summary>
/// Moves a database made by the old chain of twelve migrations (23 November to 6 December 2026) onto the single
/// migration <c>Eerste</c> that replaced them. Both make the same schema (MigratieOverstapTests compare them), so only
/// EF Core's history changes: in one transaction the twelve rows go and the row of <c>Eerste</c> comes. A database
/// with only part of the old chain cannot move over; it must first be brought to the end of the old chain with the
/// last version that has it (docs/beheer/bijwerken.md).
/// </summary>
public static class MigratieOverstap
{
    /// <summary>The last commit with the old chain: the version that brings a partly migrated database to its end.</summary>
    public const string LaatsteVersieMetOudeKeten = "6016382";

    public static readonly IReadOnlyList<string> OudeKetenSqlite =
    [
        "20261123221223_Eerste", "20261124203336_Inkooptrajecten", "20261124215645_CompacteZorgregels",
        "20261124223419_Inschrijvingen", "20261124225842_VragenEnNvI", "20261124230847_Berichten",
        "20261124235148_GunningEnContracten", "20261125010013_Herstelverzoeken", "20261125021619_ToewijzingAlsTrajectsleutel",
        "20261206030721_Ontvangstmoment", "20261206041116_NvIVraagstellercontrole", "20261206044250_ZorggegevensApart",
    ];

    public static readonly IReadOnlyList<string> OudeKetenPostgres =
    [
        "20261123221232_Eerste", "20261124203338_Inkooptrajecten", "20261124215650_CompacteZorgregels",
        "20261124223432_Inschrijvingen", "20261124225845_VragenEnNvI", "20261124230851_Berichten",
        "20261124235154_GunningEnContracten", "20261125010025_Herstelverzoeken", "20261125021624_ToewijzingAlsTrajectsleutel",
        "20261206030730_Ontvangstmoment", "20261206041131_NvIVraagstellercontrole", "20261206044337_ZorggegevensApart",
    ];

    /// <summary>
    /// Rewrites the history of a database made by the whole old chain; true when it did. A database with part of it
    /// is refused before anything changes, with a Dutch message that names what to do.
    /// </summary>
    public static async Task<bool> StapOverAsync(ZorginkoopDbContext db, ILogger logger, CancellationToken ct = default)
    {
        var oud = db.Database.IsNpgsql() ? OudeKetenPostgres : OudeKetenSqlite;
        if (!(await db.Database.GetAppliedMigrationsAsync(ct)).Any(oud.Contains))
        {
            return false;
        }

        // Under EF Core's migration lock, as Migrate itself: a second instance that starts at the same moment waits,
        // then finds the history rewritten and has nothing left to do. (PostgreSQL's lock lasts as long as the
        // transaction, SQLite's as long as its row in __EFMigrationsLock.)
        var geschiedenis = db.GetService<IHistoryRepository>();
        await using var transactie = await db.Database.BeginTransactionAsync(ct);
        await using var slot = await geschiedenis.AcquireDatabaseLockAsync(ct);
        var toegepast = (await geschiedenis.GetAppliedMigrationsAsync(ct)).Select(r => r.MigrationId).ToHashSet(StringComparer.Ordinal);
        var gevonden = oud.Where(toegepast.Contains).ToList();
        if (gevonden.Count == 0)
        {
            return false;
        }

        if (gevonden.Count < oud.Count)
        {
            throw new OptionsValidationException(DatabaseRegistration.ConnectionStringNaam, typeof(DatabaseOptions),
            [
                string.Create(CultureInfo.InvariantCulture,
                    $"De database is gemaakt met een oudere versie van Zorginkoop en staat op migratie {gevonden[^1]} ({gevonden.Count} van de {oud.Count} oude migraties). ") +
                $"Deze versie kan hem niet bijwerken: start eerst versie {LaatsteVersieMetOudeKeten} op deze database (die voert de rest van de oude migraties uit), " +
                "en daarna deze. Zie docs/beheer/bijwerken.md. Er is niets gewijzigd.",
            ]);
        }

        await VerwijderOudeStandaardwaardenAsync(db, ct);
        var nieuw = db.GetService<IMigrationsAssembly>().Migrations.Keys.Single(k => k.EndsWith("_Eerste", StringComparison.Ordinal));
        var sql = string.Concat(gevonden.Select(geschiedenis.GetDeleteScript))
            + geschiedenis.GetInsertScript(new HistoryRow(nieuw, ProductInfo.GetVersion()));
        await db.Database.ExecuteSqlRawAsync(sql, ct);
        await transactie.CommitAsync(ct);
        logger.LogInformation("Database overgezet van de {Aantal} oude migraties op de migratie {Nieuw}; het schema is hetzelfde", oud.Count, nieuw);
        return true;
    }

    /// <summary>
    /// The one difference between the two schemas: the old chain added NOT NULL columns to filled tables, which takes
    /// a default value (0), and the new migration creates them without one. The app always writes these columns, so
    /// the defaults go. PostgreSQL drops a default in place. SQLite cannot, short of rebuilding the table; its own
    /// documentation gives a shorter way for exactly this change (sqlite.org/lang_altertable.html, "making other kinds
    /// of table schema changes": defaults do not touch the stored rows), which is used here, in the caller's transaction.
    /// </summary>
    private static async Task VerwijderOudeStandaardwaardenAsync(ZorginkoopDbContext db, CancellationToken ct)
    {
        (string Tabel, string Kolom)[] kolommen = [("Aanbestedingen", "StandstillDagen"), ("Ontvangstbewijzen", "OpgeslagenOp")];
        foreach (var (tabel, kolom) in kolommen)
        {
            // Table and column names are the constants above, never input.
            if (db.Database.IsNpgsql())
            {
                var zonder = $"ALTER TABLE \"{tabel}\" ALTER COLUMN \"{kolom}\" DROP DEFAULT";
                await db.Database.ExecuteSqlRawAsync(zonder, ct);
                continue;
            }

            var oud = await db.Database.SqlQueryRaw<string>("SELECT sql AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = {0}", tabel).SingleAsync(ct);
            var nieuw = System.Text.RegularExpressions.Regex.Replace(oud, $"(\"{kolom}\" [A-Z]+ NOT NULL) DEFAULT [^,\n)]+", "$1");
            if (nieuw == oud)
            {
                continue;
            }

            var versie = await db.Database.SqlQueryRaw<long>("SELECT schema_version AS \"Value\" FROM pragma_schema_version").SingleAsync(ct);
            await db.Database.ExecuteSqlRawAsync("PRAGMA writable_schema = ON", ct);
            await db.Database.ExecuteSqlRawAsync("UPDATE sqlite_master SET sql = {0} WHERE type = 'table' AND name = {1}", [nieuw, tabel], ct);
            await db.Database.ExecuteSqlRawAsync(string.Create(CultureInfo.InvariantCulture, $"PRAGMA schema_version = {versie + 1}"), ct);
            await db.Database.ExecuteSqlRawAsync("PRAGMA writable_schema = OFF", ct);
        }
    }
}
