using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Zorginkoop.Web.Tests.Infrastructure;

/// <summary>
/// An EF Core interceptor that tells a test the moment a chosen request starts a database transaction, before the
/// transaction is begun (so before any lock is waited for). Background jobs (no request) never match. Inert until
/// <see cref="Wacht"/> arms it for one request.
/// </summary>
public sealed class TransactionInterceptor
{
    private Func<HttpContext, bool>? keuze;
    private TaskCompletionSource? gevangen;

    /// <summary>Arms the vanger: the returned task completes when a request that <paramref name="kies"/> picks starts a transaction.</summary>
    public Task Wacht(Func<HttpContext, bool> kies)
    {
        gevangen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        keuze = kies;
        return gevangen.Task;
    }

    public IInterceptor Voor(IHttpContextAccessor accessor) => new Interceptor(this, accessor);

    private void Begint(IHttpContextAccessor accessor)
    {
        if (keuze is { } k && accessor.HttpContext is { } context && k(context))
        {
            keuze = null;
            gevangen?.TrySetResult();
        }
    }

    private sealed class Interceptor(TransactionInterceptor vanger, IHttpContextAccessor accessor) : DbTransactionInterceptor
    {
        public override ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData,
            InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
        {
            vanger.Begint(accessor);
            return ValueTask.FromResult(result);
        }
    }
}
