using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Zorginkoop.Tests.Infrastructure;

/// <summary>Records the statements a context runs without results (DDL, DELETE), for tests that check a strategy.</summary>
public sealed class SqlRecorder : DbCommandInterceptor
{
    private readonly ConcurrentQueue<string> sql = new();

    public IReadOnlyCollection<string> Sql => sql;

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        sql.Enqueue(command.CommandText);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        sql.Enqueue(command.CommandText);
        return ValueTask.FromResult(result);
    }
}
