using Microsoft.Data.Sqlite;
using Npgsql;

namespace Zorginkoop.Data;

/// <summary>
/// Whether a failure means only that the database was busy: the request could not get its lock or a connection within
/// <see cref="DatabaseOptions.Wachttijd"/>, its transaction was rolled back, and the same request may succeed a moment
/// later. The web app answers those with 503 and <c>Retry-After</c> instead of 500 (issue 13).
/// </summary>
public static class DatabaseBusy
{
    public static bool Is(Exception? fout)
    {
        for (var e = fout; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                // SQLITE_BUSY and SQLITE_LOCKED: another connection held the write lock longer than Default Timeout.
                case SqliteException { SqliteErrorCode: 5 or 6 }:
                // lock_not_available (lock_timeout), serialization_failure, deadlock_detected: PostgreSQL rolled back.
                // too_many_connections: the server's max_connections are taken (the app's two pools, or other clients), and
                // cannot_connect_now: it is starting or stopping. Both pass; the visitor is asked to try again (503), not shown a failure.
                case PostgresException
                {
                    SqlState: PostgresErrorCodes.LockNotAvailable or PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected
                    or PostgresErrorCodes.TooManyConnections or PostgresErrorCodes.CannotConnectNow
                }:
                // No free connection in the pool (or none made) within Timeout: Npgsql wraps a TimeoutException.
                case NpgsqlException { InnerException: TimeoutException }:
                    return true;
            }
        }

        return false;
    }
}
