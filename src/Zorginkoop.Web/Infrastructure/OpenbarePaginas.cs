using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace Zorginkoop.Web.Infrastructure;

/// <summary>
/// The public pages everyone reads (the procedure list, a procedure, the monitor) are kept rendered for a few seconds
/// for visitors who are not logged in (issue 20, item 5): at a hundred visitors at once every one of them otherwise
/// costs 5-7 ms of CPU and eight to twelve queries, and on two cores they queued for up to 0.9 s (bench/README.md).
/// ASP.NET Core's output cache stores only anonymous GET and HEAD answers with status 200 that set no cookie; a
/// logged-in officer or provider always gets the page made for her. Each instance keeps its own copy, so a change shows
/// for anonymous visitors at most <see cref="CacheSeconden"/> later, on every instance.
/// </summary>
public sealed class OpenbarePaginasOptions
{
    public const string Sectie = "OpenbarePaginas";

    /// <summary>The policy's name, for <c>[OutputCache(PolicyName = ...)]</c> on a page.</summary>
    public const string Beleid = "openbaar";

    /// <summary>The cookie that carries a message to the next page (ASP.NET Core's CookieTempDataProvider default name).</summary>
    public const string TempDataCookie = ".AspNetCore.Mvc.CookieTempDataProvider";

    /// <summary>How long a rendered public page is reused; 0 switches the cache off.</summary>
    [Range(0, 300, ErrorMessage = "OpenbarePaginas:CacheSeconden ligt tussen 0 (uit) en 300.")]
    public int CacheSeconden { get; set; } = 5;
}

public static class OpenbarePaginas
{
    public static IServiceCollection AddOpenbarePaginaCache(this IServiceCollection services, IConfiguration configuratie)
    {
        services.AddOptions<OpenbarePaginasOptions>().Bind(configuratie.GetSection(OpenbarePaginasOptions.Sectie))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOutputCache();
        // The expiry runs on the system clock: the output cache takes no TimeProvider (its own is for its tests only).
        services.AddOptions<OutputCacheOptions>().Configure<IOptions<OpenbarePaginasOptions>>((o, openbaar) =>
        {
            var seconden = openbaar.Value.CacheSeconden;
            o.AddPolicy(OpenbarePaginasOptions.Beleid, b =>
            {
                if (seconden == 0)
                {
                    b.NoCache();
                    return;
                }

                // Every query (filters, paging, period) is its own page.
                b.Expire(TimeSpan.FromSeconds(seconden)).SetVaryByQuery("*");
            });
        });
        return services;
    }
}
