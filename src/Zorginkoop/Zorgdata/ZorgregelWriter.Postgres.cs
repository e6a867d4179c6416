using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Zorginkoop.Zorgdata;

internal abstract partial class ZorgregelWriter
{
    /// <summary>
    /// PostgreSQL: the lines go in by binary COPY straight into the care lines, in blocks sorted by key, each block in a
    /// savepoint of its own. The first block with a key that is stored already (or comes twice) is rolled back to its
    /// savepoint, and from then on the blocks go into a temporary table, from which one
    /// <c>INSERT … SELECT … ON CONFLICT DO NOTHING</c> takes the new lines at the end.
    /// <para>
    /// Why: COPY has no ON CONFLICT, and going through a temporary table for every line cost the server a second
    /// write, a sort and a second read: 125,000-145,000 lines/s. Sorted blocks let the unique key index take each block
    /// in one pass from left to right. A first import of a year, the common case, now never touches a temporary table,
    /// and an import that repeats stored lines (an export that overlaps the previous one) loses at most one block to
    /// the fallback, the first (4,096 lines) when the overlap is large. Measured in bench/README.md.
    /// </para>
    /// <para>
    /// A block is sorted and sent while the next one fills, so the reading stage, this writer and the server keep
    /// working side by side. Blocks double from <see cref="EersteBlok"/> lines, so the server starts at once, up to a
    /// limit that grows with the file (<see cref="Blokgrens"/>).
    /// </para>
    /// </summary>
    internal sealed class PostgresWriter(NpgsqlConnection verbinding, NpgsqlTransaction transactie, int grootsteBlok) : ZorgregelWriter
    {
        internal const int EersteBlok = 4_096;
        internal const int KleinsteGrens = 65_536;
        internal const int GrootsteBlok = 262_144;

        /// <summary>
        /// PostgreSQL keeps up to 64 subtransactions of a transaction in shared memory (PGPROC_MAX_CACHED_SUBXIDS); past
        /// that every other session's visibility checks look up pg_subtrans. Each block's savepoint is a subtransaction.
        /// </summary>
        internal const int MaxBlokken = 48;

        private const string Tijdelijk = "zi_zorgregels_import";
        private const string Savepoint = "zi_zorgregels_blok";

        private readonly PostgresCopyBlock blok = new();
        private int blokgrootte = EersteBlok;
        private Task verzenden = Task.CompletedTask;
        private bool viaTijdelijk;
        private int rechtstreeks;
        private int naarTijdelijk;

        public static PostgresWriter Open(ZorgdataDbContext db, IDbContextTransaction transactie, long bytes) =>
            new PostgresWriter(
                (NpgsqlConnection)db.Database.GetDbConnection(), (NpgsqlTransaction)transactie.GetDbTransaction(), Blokgrens(bytes));

        /// <summary>
        /// The largest block for a file of this size. About a sixteenth of the file, between 65,536 and
        /// <see cref="GrootsteBlok"/> lines: the server takes the last block alone while reading has nothing left to do,
        /// so a smaller block shortens that tail, while a larger one makes the pass through a large key index cheaper
        /// (bench/README.md: a million lines went faster in blocks of 65,536, ten million in blocks of 262,144). Larger
        /// still only where the file would otherwise need more than <see cref="MaxBlokken"/> blocks; up to ten of them
        /// go to doubling up from <see cref="EersteBlok"/>. The file's lines are estimated at 64 bytes each: at most a
        /// few per cent fewer than a CSV file can hold, and far more than an XML message holds.
        /// </summary>
        internal static int Blokgrens(long bytes)
        {
            var regels = bytes / 64;
            var grens = Math.Clamp(regels / 16, KleinsteGrens, GrootsteBlok);
            return (int)Math.Min(Math.Max(grens, regels / (MaxBlokken - 10) + 1), int.MaxValue / 2);
        }

        /// <summary>Whether the lines so far all went straight into the care lines (tests).</summary>
        internal bool Rechtstreeks => !viaTijdelijk;

        public override async Task WriteAsync(Zorgregel r, CancellationToken ct)
        {
            blok.Voeg(r);
            if (blok.Aantal >= blokgrootte)
            {
                await VerzendBlokAsync(ct);
                blokgrootte = (int)Math.Min(2L * blokgrootte, grootsteBlok);
            }
        }

        private async Task VerzendBlokAsync(CancellationToken ct)
        {
            ct.ThrowIfCancellationRequested();
            var aantal = blok.Aantal;
            // Sorted while the previous block may still be on its way; its COPY data is only overwritten after it.
            blok.Sorteer();
            await verzenden;
            verzenden = VerzendAsync(blok.Copydata(), aantal);
        }

        private async Task VerzendAsync(ReadOnlyMemory<byte> data, int aantal)
        {
            if (!viaTijdelijk)
            {
                await transactie.SaveAsync(Savepoint);
                try
                {
                    await KopieerAsync("\"Zorgregels\"", data);
                    await transactie.ReleaseAsync(Savepoint);
                    rechtstreeks += aantal;
                    return;
                }
                catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
                {
                    // A key that is stored already or comes twice: only this block is undone.
                    await transactie.RollbackAsync(Savepoint);
                    await transactie.ReleaseAsync(Savepoint);
                    viaTijdelijk = true;
                    // The columns and types of the care lines themselves, without their constraints and index.
                    await using var maak = new NpgsqlCommand(
                        $"CREATE TEMP TABLE {Tijdelijk} ON COMMIT DROP AS SELECT {KolomLijst} FROM \"Zorgregels\" WITH NO DATA", verbinding);
                    await maak.ExecuteNonQueryAsync();
                }
            }

            await KopieerAsync(Tijdelijk, data);
            naarTijdelijk += aantal;
        }

        /// <summary>
        /// One COPY of one block. Not cancelled halfway: cancelling network I/O in Npgsql breaks the connection, and
        /// a block takes well under a second; the import checks for cancellation between blocks.
        /// </summary>
        private async Task KopieerAsync(string tabel, ReadOnlyMemory<byte> data)
        {
            var stroom = await verbinding.BeginRawBinaryCopyAsync($"COPY {tabel} ({KolomLijst}) FROM STDIN (FORMAT BINARY)");
            try
            {
                await stroom.WriteAsync(data);
            }
            catch
            {
                await stroom.CancelAsync();
                throw;
            }

            // Ending the COPY is where the server reports a repeated key.
            await stroom.DisposeAsync();
        }

        public override async Task<(int, int)> AfrondenAsync(CancellationToken ct)
        {
            if (blok.Aantal > 0)
            {
                await VerzendBlokAsync(ct);
            }

            await verzenden;
            if (!viaTijdelijk)
            {
                return (rechtstreeks, 0);
            }

            // In key order, so the unique index takes the lines in one pass; equal keys keep their order in the file
            // (ctid: the blocks went in in file order, and a block keeps equal keys in file order), so the first stays.
            await using var invoegen = new NpgsqlCommand(
                $"INSERT INTO \"Zorgregels\" ({KolomLijst}) SELECT {KolomLijst} FROM {Tijdelijk} ORDER BY \"Sleutel\", ctid ON CONFLICT (\"Sleutel\") DO NOTHING; " +
                $"DROP TABLE {Tijdelijk};", verbinding)
            {
                // A national year is ten million lines: minutes, not the default 30 seconds.
                CommandTimeout = 0,
            };
            var ingevoegd = await invoegen.ExecuteNonQueryAsync(ct);
            return (rechtstreeks + ingevoegd, naarTijdelijk - ingevoegd);
        }

        public override async ValueTask DisposeAsync()
        {
            try
            {
                await verzenden;
            }
            catch (Exception)
            {
                // Only reached when the import stops early for another reason (a bad line, cancellation): its
                // transaction is rolled back, and that first reason is what the import reports.
            }
        }
    }
}
