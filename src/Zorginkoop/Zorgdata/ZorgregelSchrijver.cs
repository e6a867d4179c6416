using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using Zorginkoop.Data;

namespace Zorginkoop.Zorgdata;

/// <summary>
/// Writes care lines inside the import's transaction, the fastest way each database allows, in plain ADO.NET because
/// change tracking millions of rows is neither needed nor affordable. A line whose key is already stored is skipped
/// (ON CONFLICT DO NOTHING), which makes re-importing idempotent; <see cref="AfrondenAsync"/> says how many were new.
/// </summary>
internal abstract class ZorgregelSchrijver : IAsyncDisposable
{
    protected static readonly string[] Kolommen =
    [
        "ImportrunId", "Sleutel", "ToewijzingNummer", "Client", "Traject", "GemeenteCode", "AgbCode", "ProductId",
        "Begindatum", "Einddatum", "Volume", "EenheidCode", "BedragCent", "ReferentieNummer", "VorigReferentieNummer", "Afgewezen",
    ];

    protected static string KolomLijst => string.Join(", ", Kolommen.Select(k => $"\"{k}\""));

    public static async Task<ZorgregelSchrijver> MaakAsync(ZorginkoopDbContext db, IDbContextTransaction transactie, CancellationToken ct) =>
        db.Database.IsNpgsql()
            ? await PostgresSchrijver.OpenAsync((NpgsqlConnection)db.Database.GetDbConnection(), ct)
            : await SqliteSchrijver.OpenAsync(db, transactie, ct);

    public abstract Task SchrijfAsync(Zorgregel r, CancellationToken ct);

    /// <summary>Ends writing; returns how many lines were new and how many were already stored.</summary>
    public abstract Task<(int Toegevoegd, int AlAanwezig)> AfrondenAsync(CancellationToken ct);

    public abstract ValueTask DisposeAsync();

    /// <summary>SQLite: one prepared INSERT per line (in-process, no round trip), with a large page cache.</summary>
    private sealed class SqliteSchrijver(DbCommand command, DbParameter[] p) : ZorgregelSchrijver
    {
        private int toegevoegd;
        private int alAanwezig;

        public static async Task<ZorgregelSchrijver> OpenAsync(ZorginkoopDbContext db, IDbContextTransaction transactie, CancellationToken ct)
        {
            // A large page cache keeps the unique key index in memory while millions of lines go in (measured in
            // bench/README.md); it applies to this connection only.
            // (temp_store cannot be set here: inside a transaction SQLite refuses it once the connection has used temp storage.)
            await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -262144;", ct);
            var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = transactie.GetDbTransaction();
            command.CommandText = $"INSERT INTO \"Zorgregels\" ({KolomLijst}) VALUES ({string.Join(", ", Kolommen.Select((_, i) => $"@p{i}"))}) " +
                "ON CONFLICT (\"Sleutel\") DO NOTHING";
            var parameters = Kolommen.Select((_, i) =>
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = $"@p{i}";
                command.Parameters.Add(parameter);
                return parameter;
            }).ToArray();
            command.Prepare();
            return new SqliteSchrijver(command, parameters);
        }

        public override Task SchrijfAsync(Zorgregel r, CancellationToken ct)
        {
            object[] waarden =
            [
                r.ImportrunId, r.Sleutel, (object?)r.ToewijzingNummer ?? DBNull.Value, r.Client, r.Traject, r.GemeenteCode, r.AgbCode,
                r.ProductId, r.Begindatum, r.Einddatum, r.Volume, r.EenheidCode, r.BedragCent,
                (object?)r.ReferentieNummer ?? DBNull.Value, (object?)r.VorigReferentieNummer ?? DBNull.Value, r.Afgewezen,
            ];
            for (var i = 0; i < waarden.Length; i++)
            {
                p[i].Value = waarden[i];
            }

            // Microsoft.Data.Sqlite runs async calls synchronously anyway; calling it directly saves a task per line.
            if (command.ExecuteNonQuery() == 1)
            {
                toegevoegd++;
            }
            else
            {
                alAanwezig++;
            }

            return Task.CompletedTask;
        }

        public override Task<(int, int)> AfrondenAsync(CancellationToken ct) => Task.FromResult((toegevoegd, alAanwezig));

        public override ValueTask DisposeAsync() => command.DisposeAsync();
    }

    /// <summary>
    /// PostgreSQL: binary COPY into a temporary table, then one INSERT … SELECT … ON CONFLICT DO NOTHING; a round trip
    /// per line would cost more than the line itself.
    /// </summary>
    private sealed class PostgresSchrijver(NpgsqlConnection verbinding, NpgsqlBinaryImporter copy) : ZorgregelSchrijver
    {
        private const string Tijdelijk = "zi_zorgregels_import";
        private int aantal;
        private bool afgerond;

        public static async Task<ZorgregelSchrijver> OpenAsync(NpgsqlConnection verbinding, CancellationToken ct)
        {
            await using (var maak = new NpgsqlCommand(
                $"CREATE TEMP TABLE {Tijdelijk} (\"ImportrunId\" integer, \"Sleutel\" text, \"ToewijzingNummer\" text, \"Client\" text, " +
                "\"Traject\" text, \"GemeenteCode\" text, \"AgbCode\" text, \"ProductId\" integer, \"Begindatum\" date, \"Einddatum\" date, " +
                "\"Volume\" bigint, \"EenheidCode\" text, \"BedragCent\" bigint, \"ReferentieNummer\" text, \"VorigReferentieNummer\" text, " +
                $"\"Afgewezen\" boolean) ON COMMIT DROP", verbinding))
            {
                await maak.ExecuteNonQueryAsync(ct);
            }

            var copy = await verbinding.BeginBinaryImportAsync($"COPY {Tijdelijk} ({KolomLijst}) FROM STDIN (FORMAT BINARY)", ct);
            return new PostgresSchrijver(verbinding, copy);
        }

        public override async Task SchrijfAsync(Zorgregel r, CancellationToken ct)
        {
            aantal++;
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(r.ImportrunId, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(r.Sleutel, NpgsqlDbType.Text, ct);
            await Tekst(r.ToewijzingNummer);
            await copy.WriteAsync(r.Client, NpgsqlDbType.Text, ct);
            await copy.WriteAsync(r.Traject, NpgsqlDbType.Text, ct);
            await copy.WriteAsync(r.GemeenteCode, NpgsqlDbType.Text, ct);
            await copy.WriteAsync(r.AgbCode, NpgsqlDbType.Text, ct);
            await copy.WriteAsync(r.ProductId, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(r.Begindatum, NpgsqlDbType.Date, ct);
            await copy.WriteAsync(r.Einddatum, NpgsqlDbType.Date, ct);
            await copy.WriteAsync(r.Volume, NpgsqlDbType.Bigint, ct);
            await copy.WriteAsync(r.EenheidCode, NpgsqlDbType.Text, ct);
            await copy.WriteAsync(r.BedragCent, NpgsqlDbType.Bigint, ct);
            await Tekst(r.ReferentieNummer);
            await Tekst(r.VorigReferentieNummer);
            await copy.WriteAsync(r.Afgewezen, NpgsqlDbType.Boolean, ct);

            async Task Tekst(string? waarde)
            {
                if (waarde is null)
                {
                    await copy.WriteNullAsync(ct);
                }
                else
                {
                    await copy.WriteAsync(waarde, NpgsqlDbType.Text, ct);
                }
            }
        }

        public override async Task<(int, int)> AfrondenAsync(CancellationToken ct)
        {
            await copy.CompleteAsync(ct);
            await copy.DisposeAsync();
            afgerond = true;
            await using var invoegen = new NpgsqlCommand(
                $"INSERT INTO \"Zorgregels\" ({KolomLijst}) SELECT {KolomLijst} FROM {Tijdelijk} ON CONFLICT (\"Sleutel\") DO NOTHING; " +
                $"DROP TABLE {Tijdelijk};", verbinding);
            var toegevoegd = await invoegen.ExecuteNonQueryAsync(ct);
            return (toegevoegd, aantal - toegevoegd);
        }

        public override async ValueTask DisposeAsync()
        {
            if (!afgerond)
            {
                // Not completing the COPY cancels it; the transaction is rolled back by the caller.
                await copy.DisposeAsync();
            }
        }
    }
}
