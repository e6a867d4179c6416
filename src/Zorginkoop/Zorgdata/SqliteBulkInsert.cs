using System.Runtime.InteropServices;
using SQLitePCL;

namespace Zorginkoop.Zorgdata;

/// <summary>
/// The few SQLite calls the care-line insert makes per line, called on the native library directly. SQLitePCLRaw's
/// <c>raw.sqlite3_bind_*</c> pass the statement as a SafeHandle, which costs two interlocked operations and a GC
/// transition per call; seventeen calls a line made that about a tenth of the import (bench/README.md). The binds are
/// short, never block and never call back into .NET, which is what <see cref="SuppressGCTransitionAttribute"/> asks;
/// the step is not marked, as it does real work. The library is the same e_sqlite3 that Microsoft.Data.Sqlite loaded.
/// </summary>
internal sealed class SqliteBulkInsert : IDisposable
{
    // SQLITE_TRANSIENT: SQLite copies the value before the call returns, so nothing has to stay pinned.
    private static readonly nint Kopieer = -1;
    private readonly sqlite3 db;
    private readonly sqlite3_stmt statement;
    private readonly nint stmt;
    private readonly nint verbinding;
    private bool vrijgegeven;

    public SqliteBulkInsert(sqlite3 db, sqlite3_stmt statement)
    {
        (this.db, this.statement) = (db, statement);
        var ok = false;
        statement.DangerousAddRef(ref ok);
        stmt = statement.DangerousGetHandle();
        verbinding = db.DangerousGetHandle();
    }

    public void Getal(int i, long waarde) => Controleer(sqlite3_bind_int64(stmt, i, waarde));

    public void Leeg(int i) => Controleer(sqlite3_bind_null(stmt, i));

    public void Blob(int i, ReadOnlySpan<byte> waarde) =>
        Controleer(sqlite3_bind_blob(stmt, i, ref MemoryMarshal.GetReference(waarde), waarde.Length, Kopieer));

    public void Tekst(int i, ReadOnlySpan<byte> utf8) =>
        Controleer(sqlite3_bind_text(stmt, i, ref MemoryMarshal.GetReference(utf8), utf8.Length, Kopieer));

    /// <summary>Runs the statement once and resets it for the next line; true when it changed a row.</summary>
    public bool Stap()
    {
        var rc = sqlite3_step(stmt);
        // reset repeats the error of the step, which is handled below.
        _ = sqlite3_reset(stmt);
        if (rc is not (raw.SQLITE_DONE or raw.SQLITE_ROW))
        {
            Microsoft.Data.Sqlite.SqliteException.ThrowExceptionForRC(rc, db);
        }

        return sqlite3_changes(verbinding) == 1;
    }

    public void Dispose()
    {
        if (!vrijgegeven)
        {
            vrijgegeven = true;
            statement.DangerousRelease();
        }
    }

    private void Controleer(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            Microsoft.Data.Sqlite.SqliteException.ThrowExceptionForRC(rc, db);
        }
    }

    [DllImport("e_sqlite3"), SuppressGCTransition]
    private static extern int sqlite3_bind_int64(nint stmt, int i, long waarde);

    [DllImport("e_sqlite3"), SuppressGCTransition]
    private static extern int sqlite3_bind_null(nint stmt, int i);

    [DllImport("e_sqlite3"), SuppressGCTransition]
    private static extern int sqlite3_bind_blob(nint stmt, int i, ref byte waarde, int lengte, nint vrijgeven);

    [DllImport("e_sqlite3"), SuppressGCTransition]
    private static extern int sqlite3_bind_text(nint stmt, int i, ref byte utf8, int lengte, nint vrijgeven);

    [DllImport("e_sqlite3")]
    private static extern int sqlite3_step(nint stmt);

    [DllImport("e_sqlite3"), SuppressGCTransition]
    private static extern int sqlite3_reset(nint stmt);

    [DllImport("e_sqlite3"), SuppressGCTransition]
    private static extern int sqlite3_changes(nint db);
}
