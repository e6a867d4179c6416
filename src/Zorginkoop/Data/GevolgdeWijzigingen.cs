using Microsoft.EntityFrameworkCore;

namespace Zorginkoop.Data;

/// <summary>What one save adds, changes or removes of the types a follower of the records (search index, OCDS) watches.</summary>
public static class GevolgdeWijzigingen
{
    /// <summary>
    /// The entities themselves, not their keys: a new record's key (and a new child's foreign key) is known only after
    /// the save, when the follower reads them.
    /// </summary>
    public static List<object> Van(ZorginkoopDbContext db, IReadOnlySet<Type> gevolgd) =>
        [.. db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && gevolgd.Contains(e.Metadata.ClrType))
            .Select(e => e.Entity)];
}
