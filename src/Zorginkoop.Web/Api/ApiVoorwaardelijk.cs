using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Zorginkoop.Data;
using Zorginkoop.Formatting;
using Zorginkoop.Web.Infrastructure;

namespace Zorginkoop.Web.Api;

/// <summary>
/// Conditional GET for the read API (RFC 9110 §13): a strong <c>ETag</c> over the JSON of the answer and a
/// <c>Last-Modified</c>; a client that sends the tag back in <c>If-None-Match</c> (or, without it, a date in
/// <c>If-Modified-Since</c>) gets 304 without a body while nothing changed. Back-office systems poll the contracted supply
/// every night; this spares them the download, not the server the query.
/// </summary>
public static class ApiVoorwaardelijk
{
    /// <param name="zorgdata">The answer is made of care data too (the monitor): its last finished import counts as a change.</param>
    public static RouteHandlerBuilder MetVersie(this RouteHandlerBuilder eindpunt, bool zorgdata = false) => eindpunt
        .AddEndpointFilter(async (context, next) => await BeantwoordAsync(context.HttpContext, await next(context), zorgdata))
        .Produces(StatusCodes.Status304NotModified);

    private static async ValueTask<object?> BeantwoordAsync(HttpContext http, object? resultaat, bool zorgdata)
    {
        var binnenste = resultaat;
        while (binnenste is INestedHttpResult genest)
        {
            binnenste = genest.Result;
        }

        if (binnenste is not IValueHttpResult { Value: { } waarde } || binnenste is not IStatusCodeHttpResult { StatusCode: StatusCodes.Status200OK })
        {
            return resultaat;
        }

        var opties = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var tag = Tag(JsonSerializer.SerializeToUtf8Bytes(waarde, waarde.GetType(), opties));
        var gewijzigd = await LaatsteWijzigingAsync(http, zorgdata);
        var headers = http.Response.GetTypedHeaders();
        headers.ETag = tag;
        headers.LastModified = gewijzigd;
        // Stored by a client, but always asked again (with the tag): the answer follows the visibility of who asks.
        headers.CacheControl = new CacheControlHeaderValue { NoCache = true, Private = true };

        return NietGewijzigd(http, tag, gewijzigd) ? TypedResults.StatusCode(StatusCodes.Status304NotModified) : resultaat;
    }

    /// <summary>
    /// Whether the client has this answer already: its <c>If-None-Match</c> holds the tag, or (without a tag) its
    /// <c>If-Modified-Since</c> is not before <paramref name="gewijzigd"/>; without that moment only the tag counts.
    /// </summary>
    public static bool NietGewijzigd(HttpContext http, EntityTagHeaderValue tag, DateTimeOffset? gewijzigd)
    {
        var verzoek = http.Request.GetTypedHeaders();
        return verzoek.IfNoneMatch.Count > 0
            ? verzoek.IfNoneMatch.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(tag, useStrongComparison: false))
            : gewijzigd is { } g && verzoek.IfModifiedSince is { } sinds && g <= sinds;
    }

    /// <summary>A strong tag of an answer's bytes: the first 128 bits of their SHA-256, in hex.</summary>
    public static EntityTagHeaderValue Tag(byte[] inhoud) => new($"\"{Convert.ToHexStringLower(SHA256.HashData(inhoud))[..32]}\"");

    /// <summary>
    /// The last audited change (every change of the catalogue, contracts and procedures is audited), but not before the
    /// start of today: what is contracted "now" also changes when a day begins. Care data is not in the audit log (an
    /// import is recorded as its run), so for the monitor the end of the last import counts too. Whole seconds, as HTTP dates are.
    /// </summary>
    private static async Task<DateTimeOffset> LaatsteWijzigingAsync(HttpContext http, bool zorgdata)
    {
        var db = http.RequestServices.GetRequiredService<ZorginkoopDbContext>();
        var laatste = await db.AuditRegels.OrderByDescending(r => r.Id).Select(r => (DateTimeOffset?)r.Moment).FirstOrDefaultAsync(http.RequestAborted);
        if (zorgdata && await db.Zorgdata.Importruns.Where(r => r.Beeindigd != null).OrderByDescending(r => r.Id).Select(r => r.Beeindigd).FirstOrDefaultAsync(http.RequestAborted) is { } import
            && (laatste is null || import > laatste))
        {
            laatste = import;
        }
        var vandaag = NlFormat.AlsAmsterdamseTijd(NlFormat.DatumInAmsterdam(http.RequestArrival()).ToDateTime(TimeOnly.MinValue));
        var moment = laatste is { } l && l > vandaag ? l : vandaag;
        return new DateTimeOffset(moment.UtcTicks - (moment.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
    }
}
