using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Zorginkoop.Accounts;
using Zorginkoop.Catalogus;
using Zorginkoop.Formatting;
using Zorginkoop.Monitoring;
using Zorginkoop.Web.Accounts;
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

/// <param name="Gecontracteerd">Providers contracted on the period's last day; absent when unknown.</param>
/// <param name="Signalen">Why the supply may be too little, in Dutch (as on the page).</param>
public sealed record DekkingRegelModel(
    string Productcode, string Product, Domein Domein, string Gemeentecode, string Gemeente, int? Gecontracteerd, int Leverend, int Clienten,
    IReadOnlyList<string> Signalen, IReadOnlyList<string> Informatie);

public sealed record DekkingModel(string Regio, MonitorJson.PeriodeJson Periode, int Minimum, int AantalSignalen, IReadOnlyList<DekkingRegelModel> Regels);

/// <param name="RuimteCent">Budget minus the year-end projection: negative is an expected overrun; absent without a budget.</param>
public sealed record BudgetRegelModel(Domein Domein, string Monitorgroep, long? BudgetCent, long RealisatieCent, long PrognoseCent, long? RuimteCent);

public sealed record BudgetModel(string Regio, int Jaar, int MaandenMetGegevens, bool JaarAfgesloten, IReadOnlyList<BudgetRegelModel> Regels);

/// <summary>
/// /api/v1/monitor: trajectories, unique clients and costs per domain and monitor group, with the page's filters. An
/// inkoper or analist asking about her own regions gets exactly the JSON of <c>zorginkoop monitor --formaat json</c>;
/// everyone else the public monitor of the page (small numbers hidden, the rest rounded), never an exact figure.
/// </summary>
public static class MonitorApi
{
    public static void MapMonitorApi(this RouteGroupBuilder api)
    {
        api.MapGet("/monitor", MonitorAsync).WithTags("Monitor").AllowAnonymous().MetVersie(zorgdata: true)
            .WithSummary("Trajecten, unieke cliënten en kosten per domein en monitorgroep")
            .WithDescription("Filters als op /monitor: `periode` (" + MonitorPeriode.Uitleg + "), `regio` (code, of `alle`), `gemeente` (CBS-code), " +
                "`aanbieder` (AGB-code). Een inkoper of analist krijgt voor haar eigen regio's de exacte cijfers, in precies de vorm van " +
                "`zorginkoop monitor --formaat json`; ieder ander de openbare monitor (kleine aantallen afgeschermd, de rest afgerond).")
            .Produces<MonitorJson.UitkomstJson>(StatusCodes.Status200OK)
            .Produces<OpenbareMonitorModel>(StatusCodes.Status200OK)
            .ProducesValidationProblem();

        var medewerker = api.MapGroup("/monitor").WithTags("Monitor").RequireAuthorization(Policies.Medewerker)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        medewerker.MapGet("/dekking", DekkingAsync).MetVersie(zorgdata: true)
            .WithSummary("Dekking per product en gemeente van een eigen regio: gecontracteerd, leverend, cliënten en signalen")
            .WithDescription("Als /monitor/dekking: `regio` (een eigen regio; zonder: de eerste), `periode`, `minimum` (aanbieders, 1 tot 50, standaard 2), " +
                "`alleenSignalen`. Een regio waarin u geen rol hebt geeft 404.")
            .ProducesValidationProblem();
        medewerker.MapGet("/budget", BudgetAsync).MetVersie(zorgdata: true)
            .WithSummary("Budget, realisatie en prognose per domein en monitorgroep van een eigen regio en jaar")
            .WithDescription("Als /monitor/budget: `regio` (een eigen regio; zonder: de eerste) en `jaar` (zonder: het laatste jaar met budget of zorggegevens). Bedragen in eurocent.")
            .ProducesValidationProblem();
    }

    public static async Task<Results<Ok<DekkingModel>, ValidationProblem, ProblemHttpResult>> DekkingAsync(string? regio, string? periode, int? minimum,
        bool? alleenSignalen, [AsParameters] ApiDiensten d)
    {
        // Coverage is of the employee's own regions (decision record 0009): another region's is not found.
        if (await EigenRegioAsync(regio, d) is not { } gekozen)
        {
            return RegioNietGevonden(regio);
        }

        var tekst = !string.IsNullOrWhiteSpace(periode) ? periode
            : await MonitorQuery.StandaardjaarAsync(d.Db, NlFormat.DatumInAmsterdam(d.Nu), await RegioGemeenten.CodesAsync(d.Db, [gekozen.Id], d.Ct), d.Ct);
        if (!MonitorPeriode.TryParse(tekst, out var p))
        {
            return ApiProblems.Validatie(new Weigering("monitor.periode", "Periode", $"'{periode}' is geen geldige periode. {MonitorPeriode.Uitleg}"));
        }

        var min = minimum ?? Dekking.StandaardMinimum;
        if (min is < 1 or > 50)
        {
            return ApiProblems.Validatie(new Weigering("monitor.minimum", "Minimum", "Kies een minimum tussen 1 en 50 aanbieders."));
        }

        var rijen = await Dekking.BerekenAsync(d.Db, gekozen.Code, p, min, d.Ct);
        // As the page: every row with clients, a signal or information; only the signals when asked.
        var getoond = alleenSignalen == true ? rijen.Where(r => r.Signalen.Count > 0) : rijen.Where(r => r.Clienten > 0 || r.Signalen.Count > 0 || r.Informatie.Count > 0);
        return TypedResults.Ok(new DekkingModel(gekozen.Code, new(Datum(p.Van), Datum(p.TotEnMet)), min, rijen.Count(r => r.Signalen.Count > 0),
            [.. getoond.Select(r => new DekkingRegelModel(r.ProductCode, r.ProductNaam, r.Domein, r.GemeenteCode, r.GemeenteNaam, r.Gecontracteerd, r.Leverend,
                r.Clienten, r.Signalen, r.Informatie))]));
    }

    public static async Task<Results<Ok<BudgetModel>, ValidationProblem, ProblemHttpResult>> BudgetAsync(string? regio, int? jaar, [AsParameters] ApiDiensten d)
    {
        if (await EigenRegioAsync(regio, d) is not { } gekozen)
        {
            return RegioNietGevonden(regio);
        }

        var vandaag = NlFormat.DatumInAmsterdam(d.Nu);
        var j = jaar ?? await Budgetrealisatie.StandaardjaarAsync(d.Db, gekozen.Id, vandaag.Year, d.Ct);
        if (j is < 2000 or > 2100)
        {
            return ApiProblems.Validatie(new Weigering("monitor.jaar", "Jaar", "Kies een jaar tussen 2000 en 2100."));
        }

        var o = await Budgetrealisatie.BerekenAsync(d.Db, gekozen.Code, j, vandaag, d.Ct);
        return TypedResults.Ok(new BudgetModel(gekozen.Code, o.Jaar, o.MaandenMetGegevens, o.JaarAfgesloten,
            [.. o.Rijen.Select(r => new BudgetRegelModel(r.Domein, r.Monitorgroep, r.BudgetCent, r.RealisatieCent, r.PrognoseCent, r.RuimteCent))]));
    }

    private static async Task<Regio?> EigenRegioAsync(string? code, ApiDiensten d)
    {
        var eigen = await RegionAccess.EigenRegiosAsync(d.Db, d.Http.User, d.Ct);
        return string.IsNullOrWhiteSpace(code) ? eigen.FirstOrDefault() : eigen.FirstOrDefault(r => r.Code == code.Trim());
    }

    private static ProblemHttpResult RegioNietGevonden(string? code) => TypedResults.Problem(
        string.IsNullOrWhiteSpace(code) ? "U hebt geen rol in een regio." : $"Regio '{code}' is geen regio waarin u een rol hebt.",
        statusCode: StatusCodes.Status404NotFound, title: "Niet gevonden");

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
