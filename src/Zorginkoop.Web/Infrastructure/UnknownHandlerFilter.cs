using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Zorginkoop.Web.Infrastructure;

/// <summary>
/// A POST (or other change) that names no handler of the page is answered 404. Razor Pages would otherwise render the
/// page without running any handler, so without the record it loads: a 500 at best, and a check that lives in a handler
/// would be skipped.
/// </summary>
public sealed class UnknownHandlerFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var methode = context.HttpContext.Request.Method;
        if (context.HandlerMethod is null && !HttpMethods.IsGet(methode) && !HttpMethods.IsHead(methode))
        {
            context.Result = new NotFoundResult();
            return;
        }

        await next();
    }
}
