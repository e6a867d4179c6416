using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Zorginkoop.Data;

/// <summary>
/// A read in SQL of its own on a context's connection, for the few queries on a command's critical path: EF Core's
/// first compilation of a LINQ query costs a short-lived process (every <c>zorginkoop monitor</c> call) 0.1-0.25 s
/// each (bench/README.md). The SQL must be valid on SQLite and PostgreSQL alike (quoted names, no dialect).
/// </summary>
internal static class RawSql
{
    /// <summary>Every row, read by <paramref name="rij"/>, in the context's transaction when it has one.</summary>
    public static async Task<List<T>> LeesAsync<T>(DbContext db, string sql, Func<DbDataReader, T> rij, CancellationToken ct)
    {
        var rijen = new List<T>();
        // EF Core closes the connection afterwards only when it opened it here.
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var opdracht = db.Database.GetDbConnection().CreateCommand();
            opdracht.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            opdracht.CommandText = sql;
            await using var lezer = await opdracht.ExecuteReaderAsync(ct);
            while (await lezer.ReadAsync(ct))
            {
                rijen.Add(rij(lezer));
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return rijen;
    }
}
