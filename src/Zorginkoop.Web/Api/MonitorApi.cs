using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Zorginkoop.Catalogus;
using Zorginkoop.Formatting;
using Zorginkoop.Monitoring;
using Zorginkoop.Web.Pages.Monitor;

namespace Zorginkoop.Web.Api;

/// <summary>A figure of the public monitor: rounded when shown, null when hidden, and why (<see cref="Celstatus"/>).</summary>
public sealed record OpenbareCijfersModel(
    Celstatus Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? Trajecten,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? UniekeClienten,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] long? KostenCent)
{
    public static OpenbareCijfersModel Van(OpenbareCel c) => new(c.Status, c.Trajecten, c.UniekeClienten, c.KostenCent);
}

public sealed record OpenbareGroepModel(string Domein, string Monitorgroep, OpenbareCijfersModel Cijfers);

public sealed record OpenbaarDomeinModel(string Domein, OpenbareCijfersModel Cijfers);

/// <param name="Drempel">Figures of fewer unique clients than this are hidden.</param>
/// <param name="AantalStap">Counts are rounded to a multiple of this.</param>
/// <param name="KostenStapCent">Costs are rounded to a multiple of this many eurocents.</param>
public sealed record AfschermingModel(int Drempel, int AantalStap, long KostenStapCent);

/// <summary>The public monitor: the groups, domains and total of <c>zorginkoop monitor --formaat json</c>, protected (decision record 0006).</summary>
public sealed record OpenbareMonitorModel(MonitorJson.PeriodeJson Periode, IReadOnlyList<OpenbareGroepModel> Groepen, IReadOnlyList<OpenbaarDomeinModel> Domeinen,
    OpenbareCijfersModel Totaal, AfschermingModel Afscherming);

/// <summary>
/// /api/v1/monitor: trajectories, unique clients and costs per domain and monitor group, with the page's filters. An
/// inkoper or analist asking about her own regions gets exactly the JSON of <c>zorginkoop monitor --formaat json</c>;
/// everyone else the public monitor of the page (small numbers hidden, the rest rounded), never an exact figure.
/// </summary>
public static class MonitorApi
{
    public static void MapMonitorApi(this RouteGroupBuilder api)
    {
        api.MapGet("/monitor", MonitorAsync).WithTags("Monitor").AllowAnonymous()
            .WithSummary("Trajecten, unieke cliënten en kosten per domein en monitorgroep")
            .WithDescription("Filters als op /monitor: `periode` (" + MonitorPeriode.Uitleg + "), `regio` (code, of `alle`), `gemeente` (CBS-code), " +
                "`aanbieder` (AGB-code). Een inkoper of analist krijgt voor haar eigen regio's de exacte cijfers, in precies de vorm van " +
                "`zorginkoop monitor --formaat json`; ieder ander de openbare monitor (kleine aantallen afgeschermd, de rest afgerond).")
            .Produces<MonitorJson.UitkomstJson>(StatusCodes.Status200OK)
            .Produces<OpenbareMonitorModel>(StatusCodes.Status200OK)
            .ProducesValidationProblem();
    }

    public static async Task<Results<Ok<MonitorJson.UitkomstJson>, Ok<OpenbareMonitorModel>, ValidationProblem>> MonitorAsync([AsParameters] MonitorQuery query,
        [AsParameters] ApiDiensten d)
    {
        var (filter, fout, veld) = await query.NaarFilterAsync(d.Db, d.Http.User, NlFormat.DatumInAmsterdam(d.Nu), d.Ct);
        if (filter is null)
        {
            return ApiProblems.Validatie(new Weigering($"monitor.{veld}", veld ?? "", fout ?? ""));
        }

        if (await MonitorExactheid.ExactAsync(d.Db, d.Http.User, filter, d.Ct))
        {
            return TypedResults.Ok(MonitorJson.Van(await Zorgmonitor.BerekenAsync(d.Db, filter, d.Ct)));
        }

        var o = await Zorgmonitor.BerekenOpenbaarAsync(d.Db, filter, d.Ct);
        var u = o.Uitkomst;
        return TypedResults.Ok(new OpenbareMonitorModel(
            new(Datum(u.Filter.Periode.Van), Datum(u.Filter.Periode.TotEnMet)),
            [.. u.Groepen.Select(g => new OpenbareGroepModel(g.Domein.Code(), g.Monitorgroep, OpenbareCijfersModel.Van(o.Groep(g.Domein, g.Monitorgroep))))],
            [.. u.Domeinen.Select(x => new OpenbaarDomeinModel(x.Domein.Code(), OpenbareCijfersModel.Van(o.Domein(x.Domein))))],
            OpenbareCijfersModel.Van(o.Totaal),
            new(OpenbareMonitor.Drempel, OpenbareMonitor.AantalStap, OpenbareMonitor.KostenStap)));
    }

    private static string Datum(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
