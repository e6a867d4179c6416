using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using SQLitePCL;

namespace Zorginkoop.Zorgdata;

/// <summary>
/// Writes care lines inside the import's transaction, the fastest way each database allows, in plain ADO.NET because
/// change tracking millions of rows is neither needed nor affordable. A line whose key is already stored is skipped,
/// which makes re-importing idempotent; <see cref="AfrondenAsync"/> says how many were new.
/// </summary>
internal abstract partial class ZorgregelWriter : IAsyncDisposable
{
    /// <summary>The columns each writer fills, in this order (also the field order of <see cref="PostgresCopyBlock"/>).</summary>
    internal static readonly string[] Kolommen =
    [
        "ImportrunId", "Sleutel", "ToewijzingNummer", "ClientSleutel", "TrajectSleutel", "GemeenteCode", "AgbCode", "ProductId",
        "Begindatum", "Einddatum", "Volume", "EenheidCode", "BedragCent", "ReferentieNummer", "VorigReferentieNummer", "Afgewezen",
    ];

    protected static string KolomLijst => string.Join(", ", Kolommen.Select(k => $"\"{k}\""));

    /// <param name="formaat">The file's format and <paramref name="bytes"/> its size: they decide how SQLite keeps the key
    /// index (<see cref="SleutelindexKeuze"/>).</param>
    public static async Task<ZorgregelWriter> CreateAsync(
        ZorgdataDbContext db, IDbContextTransaction transactie, string formaat, long bytes, CancellationToken ct) =>
        db.Database.IsNpgsql()
            ? PostgresWriter.Open(db, transactie, bytes)
            : await SqliteSchrijver.OpenAsync(db, transactie, SleutelindexKeuze(formaat, bytes, await OpgeslagenAsync(db, ct)), ct);

    public abstract Task WriteAsync(Zorgregel r, CancellationToken ct);

    /// <summary>Ends writing; returns how many lines were new and how many were already stored.</summary>
    public abstract Task<(int Toegevoegd, int AlAanwezig)> AfrondenAsync(CancellationToken ct);

    public abstract ValueTask DisposeAsync();

    /// <summary>
    /// SQLite: whether to drop the unique key index while the lines go in and build it again afterwards. Placing random
    /// keys one by one in the index cost about 3 µs a key at ten million and 5 µs with a year stored already, most of
    /// a CSV import's time; building the index afresh sorts every stored and new key once, under 1 µs a key
    /// (bench/README.md). So:
    /// <list type="bullet">
    /// <item>at most a quarter of the file's lines stored (an empty or young database, a first national year): the index
    /// is dropped at once (<see cref="KeyIndex.OpnieuwOpbouwen"/>);</item>
    /// <item>up to as many stored as the file holds (a second year): the first <see cref="ProefRegels"/> lines go in with
    /// the index in place, and only if none of them was stored already is it dropped then
    /// (<see cref="KeyIndex.Proberen"/>). A file that repeats stored lines, such as an export that overlaps the
    /// previous one, keeps the index: after the rebuild a second pass over every line would have to remove the
    /// repeats, which took a year repeated onto a year from 32 to 90 s;</item>
    /// <item>more stored than that: the index is kept, as a rebuild would sort them all again.</item>
    /// </list>
    /// Only CSV: a JW323 is read at about 8 µs a prestatie, behind which the writer places the keys unseen, and a
    /// rebuild at the end only added to the time (123,000 → 114,000 prestaties/s).
    /// </summary>
    /// <param name="bytes">The file's size; a CSV care line is 62 bytes at the least and 72 on average in the benchmark's
    /// data, so 64 a line estimates the lines on the high side, which only makes a rebuild a little more likely.</param>
    internal static KeyIndex SleutelindexKeuze(string formaat, long bytes, long opgeslagen)
    {
        var geschat = bytes / 64;
        return formaat != "csv" ? KeyIndex.Houden
            : opgeslagen <= geschat / 4 ? KeyIndex.OpnieuwOpbouwen
            : opgeslagen <= geschat ? KeyIndex.Proberen
            : KeyIndex.Houden;
    }

    /// <summary>How SQLite's key index is kept during a CSV import (<see cref="SleutelindexKeuze"/>).</summary>
    internal enum KeyIndex
    {
        Houden,
        Proberen,
        OpnieuwOpbouwen,
    }

    /// <summary>The lines written with the index in place before <see cref="KeyIndex.Proberen"/> decides.</summary>
    internal const int ProefRegels = 4_096;

    /// <summary>Id only grows (AUTOINCREMENT), so its maximum is a cheap upper bound of the stored lines.</summary>
    private static Task<long> OpgeslagenAsync(ZorgdataDbContext db, CancellationToken ct) =>
        db.Database.SqlQueryRaw<long>("SELECT COALESCE(MAX(\"Id\"), 0) AS \"Value\" FROM \"Zorgregels\"").SingleAsync(ct);

    /// <summary>
    /// SQLite: one prepared INSERT per line, bound and stepped through SQLite's own C API (<see cref="SqliteBulkInsert"/>):
    /// by position, without boxing, with the UTF-8 of recurring codes and dates made once, and a parameter bound again
    /// only when its value changed. That took the insert from about 4 to 2 µs a line (bench/README.md); a multi-row
    /// VALUES list was slower still. The key index is either kept (ON CONFLICT DO NOTHING skips a stored key) or
    /// dropped and built again at the end (<see cref="SleutelindexKeuze"/>); both inside the import's
    /// transaction, so a refused import leaves the index as it was, and readers (WAL) keep seeing the old state.
    /// </summary>
    private sealed class SqliteSchrijver : ZorgregelWriter
    {
        private const string SleutelindexNaam = "IX_Zorgregels_Sleutel";

        // The first of equal keys stays, by insertion order: a stored line stays and a repeat in the file is dropped,
        // as ON CONFLICT DO NOTHING does when the index is kept.
        private const string VerwijderHerhaaldeSleutels =
            "DELETE FROM \"Zorgregels\" WHERE \"Id\" IN (SELECT \"Id\" FROM (SELECT \"Id\", " +
            "ROW_NUMBER() OVER (PARTITION BY \"Sleutel\" ORDER BY \"Id\") AS \"Nr\" FROM \"Zorgregels\") WHERE \"Nr\" > 1)";

        private readonly ZorgdataDbContext context;

        // Set once the index is dropped: its definition, to build it again from at the end.
        private string? sleutelindexSql;

        // Lines still to write with the index in place before deciding whether to drop it (KeyIndex.Proberen).
        private int proef;

        // The connection's page cache before the import: given back afterwards, because the connection goes back to the
        // pool and would otherwise hold on to 256 MB in a web app long after the import.
        private readonly long cacheSize;
        private readonly sqlite3 db;
        private sqlite3_stmt invoegen;
        private readonly Dictionary<string, byte[]> codes = new(StringComparer.Ordinal);
        private readonly Dictionary<int, byte[]> datums = [];
        private int toegevoegd;
        private int alAanwezig;

        private SqliteBulkInsert invoer;

        private SqliteSchrijver(ZorgdataDbContext context, long cacheSize, sqlite3 db, int proef)
        {
            (this.context, this.cacheSize, this.db, this.proef) = (context, cacheSize, db, proef);
            invoegen = Voorbereid(db, Invoegen(metSleutelindex: true));
            invoer = new SqliteBulkInsert(db, invoegen);
        }

        public static async Task<ZorgregelWriter> OpenAsync(ZorgdataDbContext db, IDbContextTransaction transactie, KeyIndex keuze, CancellationToken ct)
        {
            // A large page cache keeps the key index in memory while millions of lines go in (bench/README.md); it
            // applies to this connection only. (temp_store cannot be set here: inside a transaction SQLite refuses it
            // once the connection has used temp storage.) The statements below run in the import's transaction, which
            // SQLite keeps per connection.
            var cacheSize = await db.Database.SqlQueryRaw<long>("SELECT \"cache_size\" AS \"Value\" FROM pragma_cache_size()").SingleAsync(ct);
            await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -262144;", ct);
            _ = transactie;
            var handle = ((Microsoft.Data.Sqlite.SqliteConnection)db.Database.GetDbConnection()).Handle!;
            var schrijver = new SqliteSchrijver(db, cacheSize, handle, keuze == KeyIndex.Proberen ? ProefRegels : 0);
            if (keuze == KeyIndex.OpnieuwOpbouwen)
            {
                await schrijver.LaatSleutelindexVallenAsync(ct);
            }

            return schrijver;
        }

        private static string Invoegen(bool metSleutelindex) =>
            $"INSERT INTO \"Zorgregels\" ({KolomLijst}) VALUES ({string.Join(", ", Kolommen.Select(_ => "?"))})" +
            (metSleutelindex ? " ON CONFLICT (\"Sleutel\") DO NOTHING" : "");

        /// <summary>Drops the key index (in the import's transaction) and prepares the insert without ON CONFLICT.</summary>
        private async Task LaatSleutelindexVallenAsync(CancellationToken ct)
        {
            // Built again later from its own definition, so the schema stays exactly what the migrations made.
            sleutelindexSql = await context.Database.SqlQueryRaw<string>(
                $"SELECT \"sql\" AS \"Value\" FROM sqlite_master WHERE \"type\" = 'index' AND \"name\" = '{SleutelindexNaam}'").SingleAsync(ct);
            invoer.Dispose();
            raw.sqlite3_finalize(invoegen);
            await context.Database.ExecuteSqlRawAsync($"DROP INDEX \"{SleutelindexNaam}\";", ct);
            invoegen = Voorbereid(db, Invoegen(metSleutelindex: false));
            invoer = new SqliteBulkInsert(db, invoegen);
            // A new statement has nothing bound yet.
            Array.Clear(gebonden);
            Array.Clear(getalGebonden);
        }

        public override Task WriteAsync(Zorgregel r, CancellationToken ct)
        {
            // SQLite keeps a parameter's value after a reset, so a value equal to the previous line's is not bound again:
            // the run, and mostly the client, municipality, provider, product, unit and dates, repeat from line to line.
            Getal(1, r.ImportrunId);
            invoer.Blob(2, r.Sleutel);
            Tekst(3, r.ToewijzingNummer, herhaalt: false);
            Blob(4, r.ClientSleutel);
            invoer.Blob(5, r.TrajectSleutel);
            Tekst(6, r.GemeenteCode, herhaalt: true);
            Tekst(7, r.AgbCode, herhaalt: true);
            Getal(8, r.ProductId);
            Datum(9, r.Begindatum);
            Datum(10, r.Einddatum);
            Getal(11, r.Volume);
            Tekst(12, r.EenheidCode, herhaalt: true);
            Getal(13, r.BedragCent);
            Tekst(14, r.ReferentieNummer, herhaalt: false);
            Tekst(15, r.VorigReferentieNummer, herhaalt: false);
            Getal(16, r.Afgewezen ? 1 : 0);
            if (invoer.Stap())
            {
                toegevoegd++;
            }
            else
            {
                alAanwezig++;
            }

            // KeyIndex.Proberen: none of the first lines was stored already, so the file is most likely new data.
            return proef > 0 && --proef == 0 && alAanwezig == 0 ? LaatSleutelindexVallenAsync(ct) : Task.CompletedTask;
        }

        public override async Task<(int, int)> AfrondenAsync(CancellationToken ct)
        {
            if (sleutelindexSql is null)
            {
                return (toegevoegd, alAanwezig);
            }

            // The reading stage is done by now, so the index's sort may use every core: on two cores that took ten
            // million keys from 11.2-11.6 to 8.6-8.9 s (bench/README.md). It lasts as long as the connection.
            var threads = "PRAGMA threads = " + Environment.ProcessorCount.ToString(System.Globalization.CultureInfo.InvariantCulture) + ";";
            await context.Database.ExecuteSqlRawAsync(threads, ct);

            // Sorting the keys for the index is also what finds a key stored twice; only then are the repeats removed
            // (a second sort) and the index built again. A failed statement is undone on its own: the transaction stays.
            var herhaald = 0;
            try
            {
                await context.Database.ExecuteSqlRawAsync(sleutelindexSql, ct);
            }
            catch (Microsoft.Data.Sqlite.SqliteException e) when (e.SqliteErrorCode == raw.SQLITE_CONSTRAINT)
            {
                herhaald = await context.Database.ExecuteSqlRawAsync(VerwijderHerhaaldeSleutels, ct);
                await context.Database.ExecuteSqlRawAsync(sleutelindexSql, ct);
            }

            return (toegevoegd - herhaald, alAanwezig + herhaald);
        }

        public override ValueTask DisposeAsync()
        {
            invoer.Dispose();
            raw.sqlite3_finalize(invoegen);
            // A smaller cache_size frees the pages above it; threads goes back to SQLite's default (0).
            var rc = raw.sqlite3_exec(db, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"PRAGMA cache_size = {cacheSize}; PRAGMA threads = 0;"));
            Microsoft.Data.Sqlite.SqliteException.ThrowExceptionForRC(rc, db);
            return ValueTask.CompletedTask;
        }

        private void Tekst(int i, string? waarde, bool herhaalt)
        {
            if (waarde is null)
            {
                Blob(i, Leeg);
            }
            else if (herhaalt)
            {
                if (!codes.TryGetValue(waarde, out var utf8))
                {
                    codes[waarde] = utf8 = System.Text.Encoding.UTF8.GetBytes(waarde);
                }

                Blob(i, utf8, tekst: true);
            }
            else
            {
                // Identifiers (allocation and reference numbers) differ per line: encoded into one reused buffer.
                gebonden[i] = null;
                var n = waarde.Length <= 64 ? System.Text.Encoding.UTF8.GetBytes(waarde, tekstBuffer) : -1;
                invoer.Tekst(i, n >= 0 ? tekstBuffer.AsSpan(0, n) : System.Text.Encoding.UTF8.GetBytes(waarde));
            }
        }

        private readonly byte[] tekstBuffer = new byte[256];

        // What each parameter holds now: the same array (codes and a client's key are made once), NULL (Leeg), or a
        // number or day.
        private static readonly byte[] Leeg = [];
        private readonly byte[]?[] gebonden = new byte[]?[17];
        private readonly long[] getallen = new long[17];
        private readonly bool[] getalGebonden = new bool[17];

        private void Blob(int i, byte[] waarde, bool tekst = false)
        {
            if (ReferenceEquals(gebonden[i], waarde))
            {
                return;
            }

            gebonden[i] = waarde;
            if (ReferenceEquals(waarde, Leeg))
            {
                invoer.Leeg(i);
            }
            else if (tekst)
            {
                invoer.Tekst(i, waarde);
            }
            else
            {
                invoer.Blob(i, waarde);
            }
        }

        private void Getal(int i, long waarde)
        {
            if (getalGebonden[i] && getallen[i] == waarde)
            {
                return;
            }

            (getalGebonden[i], getallen[i]) = (true, waarde);
            invoer.Getal(i, waarde);
        }

        /// <summary>EF Core stores a DateOnly in SQLite as text, yyyy-MM-dd; each day's UTF-8 is made once.</summary>
        private void Datum(int i, DateOnly d)
        {
            if (getalGebonden[i] && getallen[i] == d.DayNumber)
            {
                return;
            }

            if (!datums.TryGetValue(d.DayNumber, out var utf8))
            {
                datums[d.DayNumber] = utf8 = System.Text.Encoding.UTF8.GetBytes(d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            }

            (getalGebonden[i], getallen[i]) = (true, d.DayNumber);
            invoer.Tekst(i, utf8);
        }

        private static sqlite3_stmt Voorbereid(sqlite3 db, string sql)
        {
            var rc = raw.sqlite3_prepare_v2(db, sql, out var stmt);
            Microsoft.Data.Sqlite.SqliteException.ThrowExceptionForRC(rc, db);
            return stmt;
        }
    }
}
