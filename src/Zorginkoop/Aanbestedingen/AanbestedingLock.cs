using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Zorginkoop.Data;

namespace Zorginkoop.Aanbestedingen;

/// <summary>
/// A transaction that holds one procedure while a write that depends on its state is checked and stored: a bid that
/// arrived before the deadline but waited for the database must not land after the vault was opened. On SQLite the
/// transaction starts with BEGIN IMMEDIATE (Microsoft.Data.Sqlite's default), so it holds the database's one write lock
/// from the first read; on PostgreSQL the procedure's row is locked (SELECT … FOR UPDATE), which the vault's opening
/// and every lifecycle step take too.
/// </summary>
public static class AanbestedingLock
{
    public static async Task<IDbContextTransaction> AanbestedingAsync(ZorginkoopDbContext db, int aanbestedingId, CancellationToken ct = default)
    {
        var transactie = await db.Database.BeginTransactionAsync(ct);
        if (!db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlAsync($"SELECT 1 FROM \"Aanbestedingen\" WHERE \"Id\" = {aanbestedingId} FOR UPDATE", ct);
        }

        return transactie;
    }
}
