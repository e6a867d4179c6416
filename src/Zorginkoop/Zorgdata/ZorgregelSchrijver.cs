using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using SQLitePCL;
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
    /// SQLite: one prepared INSERT per line, bound and stepped through SQLite's own C API (SQLitePCLRaw, which
    /// Microsoft.Data.Sqlite is built on): by position, without boxing, and with the UTF-8 of recurring codes and dates
    /// made once. That took the insert from about 4 to 2.5 µs a line (bench/README.md); a multi-row VALUES list was
    /// slower still. Client and traject numbers come from a dictionary of this import and, the first time a pseudonym or
    /// traject is seen, from an INSERT … ON CONFLICT DO NOTHING or else a lookup.
    /// </summary>
    private sealed class SqliteSchrijver : ZorgregelSchrijver
    {
        private readonly sqlite3 db;
        private readonly sqlite3_stmt invoegen;
        private readonly Nummering clienten;
        private readonly Nummering trajecten;
        private readonly Dictionary<string, byte[]> codes = new(StringComparer.Ordinal);
        private readonly Dictionary<int, byte[]> datums = [];
        private int toegevoegd;
        private int alAanwezig;

        private SqliteSchrijver(sqlite3 db, sqlite3_stmt invoegen) =>
            (this.db, this.invoegen, clienten, trajecten) = (db, invoegen, new Nummering(db, "Clienten", "Pseudoniem"), new Nummering(db, "Zorgtrajecten", "Sleutel"));

        public static async Task<ZorgregelSchrijver> OpenAsync(ZorginkoopDbContext db, IDbContextTransaction transactie, CancellationToken ct)
        {
            // A large page cache keeps the key index in memory while millions of lines go in (bench/README.md); it
            // applies to this connection only. (temp_store cannot be set here: inside a transaction SQLite refuses it
            // once the connection has used temp storage.) The statements below run in the import's transaction, which
            // SQLite keeps per connection.
            await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -262144;", ct);
            _ = transactie;
            var handle = ((Microsoft.Data.Sqlite.SqliteConnection)db.Database.GetDbConnection()).Handle!;
            return new SqliteSchrijver(handle, Voorbereid(handle,
                $"INSERT INTO \"Zorgregels\" ({KolomLijst}) VALUES ({string.Join(", ", Kolommen.Select(_ => "?"))}) ON CONFLICT (\"Sleutel\") DO NOTHING"));
        }

        public override Task SchrijfAsync(TeSchrijven t, CancellationToken ct)
        {
            var r = t.Regel;
            var s = invoegen;
            raw.sqlite3_bind_int64(s, 1, r.ImportrunId);
            raw.sqlite3_bind_blob(s, 2, r.Sleutel);
            Tekst(3, r.ToewijzingNummer, herhaalt: false);
            raw.sqlite3_bind_int64(s, 4, clienten.Nummer(t.Pseudoniem));
            raw.sqlite3_bind_int64(s, 5, trajecten.Nummer(t.Traject));
            Tekst(6, r.GemeenteCode, herhaalt: true);
            Tekst(7, r.AgbCode, herhaalt: true);
            raw.sqlite3_bind_int64(s, 8, r.ProductId);
            // EF Core stores a DateOnly in SQLite as text, yyyy-MM-dd.
            raw.sqlite3_bind_text(s, 9, Datum(r.Begindatum));
            raw.sqlite3_bind_text(s, 10, Datum(r.Einddatum));
            raw.sqlite3_bind_int64(s, 11, r.Volume);
            Tekst(12, r.EenheidCode, herhaalt: true);
            raw.sqlite3_bind_int64(s, 13, r.BedragCent);
            Tekst(14, r.ReferentieNummer, herhaalt: false);
            Tekst(15, r.VorigReferentieNummer, herhaalt: false);
            raw.sqlite3_bind_int64(s, 16, r.Afgewezen ? 1 : 0);
            Stap(db, s);
            if (raw.sqlite3_changes(db) == 1)
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

        public override ValueTask DisposeAsync()
        {
            raw.sqlite3_finalize(invoegen);
            clienten.Dispose();
            trajecten.Dispose();
            return ValueTask.CompletedTask;
        }

        private void Tekst(int i, string? waarde, bool herhaalt)
        {
            if (waarde is null)
            {
                raw.sqlite3_bind_null(invoegen, i);
            }
            else if (herhaalt)
            {
                if (!codes.TryGetValue(waarde, out var utf8))
                {
                    codes[waarde] = utf8 = System.Text.Encoding.UTF8.GetBytes(waarde);
                }

                raw.sqlite3_bind_text(invoegen, i, utf8);
            }
            else
            {
                raw.sqlite3_bind_text(invoegen, i, waarde);
            }
        }

        private byte[] Datum(DateOnly d)
        {
            if (!datums.TryGetValue(d.DayNumber, out var utf8))
            {
                datums[d.DayNumber] = utf8 = System.Text.Encoding.UTF8.GetBytes(d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            }

            return utf8;
        }

        private static sqlite3_stmt Voorbereid(sqlite3 db, string sql)
        {
            var rc = raw.sqlite3_prepare_v2(db, sql, out var stmt);
            Microsoft.Data.Sqlite.SqliteException.ThrowExceptionForRC(rc, db);
            return stmt;
        }

        /// <summary>Runs a prepared statement once and makes it ready for the next row; an error becomes a SqliteException.</summary>
        private static void Stap(sqlite3 db, sqlite3_stmt stmt)
        {
            var rc = raw.sqlite3_step(stmt);
            raw.sqlite3_reset(stmt);
            if (rc is not (raw.SQLITE_DONE or raw.SQLITE_ROW))
            {
                Microsoft.Data.Sqlite.SqliteException.ThrowExceptionForRC(rc, db);
            }
        }

        /// <summary>Numbers the texts of one table (pseudonyms, traject keys): known ones from memory, new ones inserted once.</summary>
        private sealed class Nummering(sqlite3 db, string tabel, string kolom) : IDisposable
        {
            private readonly Dictionary<string, int> bekend = new(StringComparer.Ordinal);
            private readonly sqlite3_stmt voegToe = Voorbereid(db, $"INSERT INTO \"{tabel}\" (\"{kolom}\") VALUES (?) ON CONFLICT (\"{kolom}\") DO NOTHING");
            private readonly sqlite3_stmt zoek = Voorbereid(db, $"SELECT \"Id\" FROM \"{tabel}\" WHERE \"{kolom}\" = ?");

            public int Nummer(string waarde)
            {
                if (bekend.TryGetValue(waarde, out var id))
                {
                    return id;
                }

                // Mostly new (one import brings its own clients and trajecten): insert first, look up only when known.
                raw.sqlite3_bind_text(voegToe, 1, waarde);
                Stap(db, voegToe);
                if (raw.sqlite3_changes(db) == 1)
                {
                    id = (int)raw.sqlite3_last_insert_rowid(db);
                }
                else
                {
                    raw.sqlite3_bind_text(zoek, 1, waarde);
                    if (raw.sqlite3_step(zoek) != raw.SQLITE_ROW)
                    {
                        raw.sqlite3_reset(zoek);
                        throw new InvalidOperationException($"{tabel}: nummer niet gevonden na een conflict.");
                    }

                    id = raw.sqlite3_column_int(zoek, 0);
                    raw.sqlite3_reset(zoek);
                }

                return bekend[waarde] = id;
            }

            public void Dispose()
            {
                raw.sqlite3_finalize(voegToe);
                raw.sqlite3_finalize(zoek);
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
