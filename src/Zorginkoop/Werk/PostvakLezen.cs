using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;

namespace Zorginkoop.Werk;

/// <summary>Read and unread in one's own inbox. Only the owner's messages are found: another's id is "not there".</summary>
public static class PostvakLezen
{
    public static async Task<Postvakbericht?> MarkeerAsync(ZorginkoopDbContext db, string gebruikerId, long id, bool gelezen, DateTimeOffset nu, CancellationToken ct = default)
    {
        var p = await db.Postvakberichten.SingleOrDefaultAsync(x => x.Id == id && x.GebruikerId == gebruikerId, ct);
        if (p is null)
        {
            return null;
        }

        // Reading again keeps the first moment.
        p.GelezenOp = gelezen ? p.GelezenOp ?? nu : null;
        await db.SaveChangesAsync(ct);
        return p;
    }

    public static Task<int> AllesGelezenAsync(ZorginkoopDbContext db, string gebruikerId, DateTimeOffset nu, CancellationToken ct = default) =>
        db.Postvakberichten.Where(x => x.GebruikerId == gebruikerId && x.GelezenOp == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.GelezenOp, nu), ct);
}
