using Microsoft.EntityFrameworkCore;

namespace Zorginkoop.Data;

/// <summary>
/// Whether a save failed on a unique index: another request or process wrote the same key between this one's check
/// and its save. The check before the save gives the Dutch message in the usual case; this catches the race.
/// </summary>
public static class UniekeSleutel
{
    public static bool IsGeschonden(DbUpdateException e) => e.InnerException switch
    {
        Npgsql.PostgresException p => p.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
        Microsoft.Data.Sqlite.SqliteException s => s.SqliteErrorCode == 19, // SQLITE_CONSTRAINT
        _ => false,
    };
}
