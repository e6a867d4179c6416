using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using Zorginkoop.Data;

namespace Zorginkoop.Zorgdata;

/// <summary>A care line ready to be written, with the client's pseudonym and the traject's key still as text.</summary>
internal sealed record TeSchrijven(Zorgregel Regel, string Pseudoniem, string Traject);

/// <summary>
/// Writes care lines inside the import's transaction, the fastest way each database allows, in plain ADO.NET because
/// change tracking millions of rows is neither needed nor affordable. Clients and trajecten are numbered in tables of
/// their own, so a line holds two integers instead of two long strings. A line whose key is already stored is skipped
/// (ON CONFLICT DO NOTHING), which makes re-importing idempotent; <see cref="AfrondenAsync"/> says how many were new.
/// </summary>
internal abstract class ZorgregelSchrijver : IAsyncDisposable
{
    protected static readonly string[] Kolommen =
    [
        "ImportrunId", "Sleutel", "ToewijzingNummer", "ClientId", "TrajectId", "GemeenteCode", "AgbCode", "ProductId",
        "Begindatum", "Einddatum", "Volume", "EenheidCode", "BedragCent", "ReferentieNummer", "VorigReferentieNummer", "Afgewezen",
    ];

    protected static string KolomLijst => string.Join(", ", Kolommen.Select(k => $"\"{k}\""));

    public static async Task<ZorgregelSchrijver> MaakAsync(ZorginkoopDbContext db, IDbContextTransaction transactie, CancellationToken ct) =>
        db.Database.IsNpgsql()
            ? await PostgresSchrijver.OpenAsync((NpgsqlConnection)db.Database.GetDbConnection(), ct)
            : await SqliteSchrijver.OpenAsync(db, transactie, ct);

    public abstract Task SchrijfAsync(TeSchrijven r, CancellationToken ct);

    /// <summary>Ends writing; returns how many lines were new and how many were already stored.</summary>
    public abstract Task<(int Toegevoegd, int AlAanwezig)> AfrondenAsync(CancellationToken ct);

    public abstract ValueTask DisposeAsync();

    /// <summary>
    /// SQLite: one prepared INSERT per line (in-process, no round trip; SQLite binds a single row faster than a
    /// multi-row VALUES list), with a large page cache. Client and traject numbers come from a dictionary of this
    /// import, and from the database (one prepared query) the first time a pseudonym or traject is seen.
    /// </summary>
    private sealed class SqliteSchrijver : ZorgregelSchrijver
    {
        private readonly DbCommand invoegen;
        private readonly DbParameter[] p;
        private readonly Nummering clienten;
        private readonly Nummering trajecten;
        private int toegevoegd;
        private int alAanwezig;

        private SqliteSchrijver(DbCommand invoegen, DbParameter[] p, Nummering clienten, Nummering trajecten) =>
            (this.invoegen, this.p, this.clienten, this.trajecten) = (invoegen, p, clienten, trajecten);

        public static async Task<ZorgregelSchrijver> OpenAsync(ZorginkoopDbContext db, IDbContextTransaction transactie, CancellationToken ct)
        {
            // A large page cache keeps the key index in memory while millions of lines go in (bench/README.md); it
            // applies to this connection only. (temp_store cannot be set here: inside a transaction SQLite refuses it
            // once the connection has used temp storage.)
            await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -262144;", ct);
            var verbinding = db.Database.GetDbConnection();
            var tx = transactie.GetDbTransaction();
            var (command, parameters) = Voorbereid(verbinding, tx,
                $"INSERT INTO \"Zorgregels\" ({KolomLijst}) VALUES ({string.Join(", ", Kolommen.Select((_, i) => $"@p{i}"))}) ON CONFLICT (\"Sleutel\") DO NOTHING",
                Kolommen.Length);
            return new SqliteSchrijver(command, parameters, new Nummering(verbinding, tx, "Clienten", "Pseudoniem"), new Nummering(verbinding, tx, "Zorgtrajecten", "Sleutel"));
        }

        public override Task SchrijfAsync(TeSchrijven t, CancellationToken ct)
        {
            var r = t.Regel;
            p[0].Value = r.ImportrunId;
            p[1].Value = r.Sleutel;
            p[2].Value = (object?)r.ToewijzingNummer ?? DBNull.Value;
            p[3].Value = clienten.Nummer(t.Pseudoniem);
            p[4].Value = trajecten.Nummer(t.Traject);
            p[5].Value = r.GemeenteCode;
            p[6].Value = r.AgbCode;
            p[7].Value = r.ProductId;
            p[8].Value = r.Begindatum;
            p[9].Value = r.Einddatum;
            p[10].Value = r.Volume;
            p[11].Value = r.EenheidCode;
            p[12].Value = r.BedragCent;
            p[13].Value = (object?)r.ReferentieNummer ?? DBNull.Value;
            p[14].Value = (object?)r.VorigReferentieNummer ?? DBNull.Value;
            p[15].Value = r.Afgewezen;

            // Microsoft.Data.Sqlite runs async calls synchronously anyway; calling it directly saves a task per line.
            if (invoegen.ExecuteNonQuery() == 1)
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

        public override async ValueTask DisposeAsync()
        {
            await invoegen.DisposeAsync();
            await clienten.DisposeAsync();
            await trajecten.DisposeAsync();
        }

        private static (DbCommand, DbParameter[]) Voorbereid(DbConnection verbinding, DbTransaction tx, string sql, int aantal)
        {
            var command = verbinding.CreateCommand();
            command.Transaction = tx;
            command.CommandText = sql;
            var parameters = Enumerable.Range(0, aantal).Select(i =>
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = $"@p{i}";
                command.Parameters.Add(parameter);
                return parameter;
            }).ToArray();
            command.Prepare();
            return (command, parameters);
        }

        /// <summary>Numbers the texts of one table (pseudonyms, traject keys): known ones from memory, new ones inserted once.</summary>
        private sealed class Nummering : IAsyncDisposable
        {
            private readonly Dictionary<string, int> bekend = new(StringComparer.Ordinal);
            private readonly DbCommand zoek;
            private readonly DbParameter zoekWaarde;
            private readonly DbCommand voegToe;
            private readonly DbParameter voegToeWaarde;

            public Nummering(DbConnection verbinding, DbTransaction tx, string tabel, string kolom)
            {
                (zoek, var z) = Voorbereid(verbinding, tx, $"SELECT \"Id\" FROM \"{tabel}\" WHERE \"{kolom}\" = @p0", 1);
                (voegToe, var v) = Voorbereid(verbinding, tx, $"INSERT INTO \"{tabel}\" (\"{kolom}\") VALUES (@p0) RETURNING \"Id\"", 1);
                (zoekWaarde, voegToeWaarde) = (z[0], v[0]);
            }

            public int Nummer(string waarde)
            {
                if (bekend.TryGetValue(waarde, out var id))
                {
                    return id;
                }

                zoekWaarde.Value = waarde;
                if (zoek.ExecuteScalar() is not long gevonden)
                {
                    voegToeWaarde.Value = waarde;
                    gevonden = (long)voegToe.ExecuteScalar()!;
                }

                return bekend[waarde] = (int)gevonden;
            }

            public async ValueTask DisposeAsync()
            {
                await zoek.DisposeAsync();
                await voegToe.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// PostgreSQL: binary COPY into a temporary table, then set-based: number the new clients and trajecten, and one
    /// INSERT … SELECT … ON CONFLICT DO NOTHING; a round trip per line would cost more than the line itself.
    /// </summary>
    private sealed class PostgresSchrijver(NpgsqlConnection verbinding, NpgsqlBinaryImporter copy) : ZorgregelSchrijver
    {
        private const string Tijdelijk = "zi_zorgregels_import";
        private static readonly string[] TijdelijkeKolommen = [.. Kolommen.Where(k => k is not ("ClientId" or "TrajectId")), "Pseudoniem", "Traject"];
        private int aantal;
        private bool afgerond;

        public static async Task<ZorgregelSchrijver> OpenAsync(NpgsqlConnection verbinding, CancellationToken ct)
        {
            await using (var maak = new NpgsqlCommand(
                $"CREATE TEMP TABLE {Tijdelijk} (\"ImportrunId\" integer, \"Sleutel\" bytea, \"ToewijzingNummer\" text, " +
                "\"GemeenteCode\" text, \"AgbCode\" text, \"ProductId\" integer, \"Begindatum\" date, \"Einddatum\" date, " +
                "\"Volume\" bigint, \"EenheidCode\" text, \"BedragCent\" bigint, \"ReferentieNummer\" text, \"VorigReferentieNummer\" text, " +
                $"\"Afgewezen\" boolean, \"Pseudoniem\" text, \"Traject\" text) ON COMMIT DROP", verbinding))
            {
                await maak.ExecuteNonQueryAsync(ct);
            }

            var copy = await verbinding.BeginBinaryImportAsync(
                $"COPY {Tijdelijk} ({string.Join(", ", TijdelijkeKolommen.Select(k => $"\"{k}\""))}) FROM STDIN (FORMAT BINARY)", ct);
            return new PostgresSchrijver(verbinding, copy);
        }

        public override async Task SchrijfAsync(TeSchrijven t, CancellationToken ct)
        {
            var r = t.Regel;
            aantal++;
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(r.ImportrunId, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(r.Sleutel, NpgsqlDbType.Bytea, ct);
            await Tekst(r.ToewijzingNummer);
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
            await copy.WriteAsync(t.Pseudoniem, NpgsqlDbType.Text, ct);
            await copy.WriteAsync(t.Traject, NpgsqlDbType.Text, ct);

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
            var gewoon = string.Join(", ", Kolommen.Select(k => k switch
            {
                "ClientId" => "c.\"Id\"",
                "TrajectId" => "z.\"Id\"",
                _ => $"t.\"{k}\"",
            }));
            await using (var nummeren = new NpgsqlCommand(
                $"INSERT INTO \"Clienten\" (\"Pseudoniem\") SELECT DISTINCT \"Pseudoniem\" FROM {Tijdelijk} ON CONFLICT (\"Pseudoniem\") DO NOTHING; " +
                $"INSERT INTO \"Zorgtrajecten\" (\"Sleutel\") SELECT DISTINCT \"Traject\" FROM {Tijdelijk} ON CONFLICT (\"Sleutel\") DO NOTHING;", verbinding))
            {
                await nummeren.ExecuteNonQueryAsync(ct);
            }

            await using var invoegen = new NpgsqlCommand(
                $"INSERT INTO \"Zorgregels\" ({KolomLijst}) SELECT {gewoon} FROM {Tijdelijk} t " +
                "JOIN \"Clienten\" c ON c.\"Pseudoniem\" = t.\"Pseudoniem\" JOIN \"Zorgtrajecten\" z ON z.\"Sleutel\" = t.\"Traject\" " +
                $"ON CONFLICT (\"Sleutel\") DO NOTHING; DROP TABLE {Tijdelijk};", verbinding);
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
