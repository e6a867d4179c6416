using System.Text;
using Zorginkoop.Data;
using Zorginkoop.Formatting;
using Zorginkoop.Monitoring;
using Zorginkoop.Web.Infrastructure;

namespace Zorginkoop.Web.Pages.Monitor;

public static class MonitorExportEndpoints
{
    /// <summary>
    /// GET /monitor/export.csv and /monitor/export.xlsx with the page's filters. Like the page: aggregates only, exact
    /// for inkoper and analist, the public monitor for everyone else.
    /// </summary>
    public static IEndpointRouteBuilder MapMonitorExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/monitor/export.{formaat:regex(^(csv|xlsx)$)}", async (
            string formaat, [AsParameters] MonitorQuery query, HttpContext context, ZorginkoopDbContext db,
            CancellationToken ct) =>
        {
            var (filter, fout, _) = await query.NaarFilterAsync(db, context.User, NlFormat.DatumInAmsterdam(context.RequestArrival()), ct);
            if (filter is null)
            {
                return Results.Problem(title: "Ongeldig filter", detail: fout, statusCode: StatusCodes.Status400BadRequest);
            }

            // The public gets the public monitor, the same figures as the public page (OpenbareMonitor).
            var exact = await MonitorExactheid.ExactAsync(db, context.User, filter, ct);
            var openbaar = exact ? null : await Zorgmonitor.BerekenOpenbaarAsync(db, filter, ct);
            var uitkomst = openbaar?.Uitkomst ?? await Zorgmonitor.BerekenAsync(db, filter, ct);
            var naam = $"monitor-{(filter.Gemeenten is null ? "" : query.Regio + "-")}{filter.Periode.Van:yyyyMMdd}-{filter.Periode.TotEnMet:yyyyMMdd}";
            if (formaat == "csv")
            {
                return Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(MonitorExport.Csv(uitkomst, openbaar))).ToArray(),
                    "text/csv; charset=utf-8", naam + ".csv");
            }

            var perMaand = await Zorgmonitor.BerekenPerAsync(db, filter, MonitorIndeling.Maand, ct);
            var stream = new MemoryStream();
            await MonitorExport.WriteExcelAsync(stream, uitkomst, perMaand, openbaar, ct);
            stream.Position = 0;
            return Results.File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", naam + ".xlsx");
        }).AllowAnonymous();
        return app;
    }
}
