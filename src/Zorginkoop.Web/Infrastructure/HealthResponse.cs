using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Zorginkoop.Web.Infrastructure;

/// <summary>The /health response: overall status and one entry per check (database), without internals.</summary>
public static class HealthResponse
{
    public static Task SchrijfJson(HttpContext context, HealthReport rapport)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = rapport.Status.ToString(),
            controles = rapport.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString(),
                duurMs = (int)e.Value.Duration.TotalMilliseconds,
                omschrijving = e.Value.Description,
            }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, JsonSerializerOptions.Web));
    }
}
