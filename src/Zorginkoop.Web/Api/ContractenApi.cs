using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Accounts;
using Zorginkoop.Contracten;
using Zorginkoop.Formatting;

namespace Zorginkoop.Web.Api;

/// <param name="TariefCent">The tariff per unit in eurocents on those days (as iJw/iWmo carry money); absent when the catalogue has none.</param>
public sealed record GecontracteerdeRegelModel(
    string Gemeentecode, string Gemeente, string Regio, string Productcode, string Product, string Eenheid, string? LandelijkeCode,
    string AgbCode, string KvkNummer, string Zorgaanbieder, int Contract, int Aanbesteding, DateOnly Van, DateOnly Tot, long? TariefCent)
{
    public static GecontracteerdeRegelModel Uit(GecontracteerdeRegel r) => new(r.GemeenteCode, r.Gemeente, r.RegioCode, r.ProductCode, r.Product,
        r.EenheidCode, r.LandelijkeCode, r.AgbCode, r.KvkNummer, r.Zorgaanbieder, r.ContractId, r.AanbestedingId, r.Van, r.Tot, r.TariefCent);
}

public sealed record GecontracteerdLijst(IReadOnlyList<GecontracteerdeRegelModel> Regels, int Totaal, int Pagina, int PaginaGrootte) : IPagina;

public sealed record ContractpartijModel(int Id, string Naam, string AgbCode, string KvkNummer);

public sealed record VerlengingenModel(int Mogelijk, int Maanden, int Gebruikt, bool NietVerlengen);

/// <param name="Einde">The last day with the extensions used; <paramref name="LaatsteDag"/> is earlier when the contract was ended early.</param>
public sealed record ContractModel(
    int Id, ContractStatus Status, ContractHerkomst Herkomst, int Aanbesteding, string AanbestedingNaam, string Regio, int Perceel, string PerceelNaam,
    ContractpartijModel Zorgaanbieder, string? Consortium, IReadOnlyList<ContractpartijModel> Leden, DateOnly Start, DateOnly Einde,
    DateOnly OorspronkelijkEinde, DateOnly LaatsteDag, VerlengingenModel Verlengingen, DateOnly? BeeindigdPer, string? BeeindigingsReden);

public sealed record ContractenLijst(IReadOnlyList<ContractModel> Contracten, int Totaal, int Pagina, int PaginaGrootte) : IPagina;

/// <summary>
/// /api/v1/gecontracteerd (public, as the page /contracten/gecontracteerd): may this provider deliver this product in
/// this municipality on that day, and at what tariff; also as CSV for back-office systems. /api/v1/contracten: the
/// contract register, for employees, with the visibility of the register page.
/// </summary>
public static partial class ContractenApi
{
    public static void MapContractenApi(this RouteGroupBuilder api)
    {
        api.MapGet("/gecontracteerd", GecontracteerdAsync).WithTags("Contracten").AllowAnonymous().MetVersie()
            .WithSummary("Gecontracteerd aanbod: aanbieder, product, gemeente, periode en tarief")
            .WithDescription("Eén regel per gemeente, product, zorgaanbieder (AGB-code), contract en periode waarin één tarief geldt. " +
                "Met `peildatum` (yyyy-MM-dd) alleen wat op die dag geldt: mag deze aanbieder dit product hier die dag leveren, en tegen welk tarief? " +
                "Zonder peildatum alle perioden van contracten die vandaag nog niet zijn geëindigd. " +
                "Met `Accept: text/csv` dezelfde regels als bestand voor de backoffice, zonder paginering; kolommen: " + string.Join(";", GecontracteerdCsv.Kolommen) +
                ". Puntkomma's, UTF-8 met BOM, datums yyyy-MM-dd, tarieven in eurocent. Hetzelfde bestand staat op /gecontracteerd.csv.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv").ProducesValidationProblem();
        // The file under the name the back offices were given (issue 17). The ADR linter allows no dot in a path's first
        // segment, so the description lists the file as /gecontracteerd with Accept: text/csv, the same answer.
        api.MapGet("/gecontracteerd.csv", GecontracteerdCsvAsync).WithTags("Contracten").AllowAnonymous().ExcludeFromDescription();

        var contracten = api.MapGroup("/contracten").WithTags("Contracten").RequireAuthorization(Policies.Medewerker)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        contracten.MapGet("", ContractenAsync).MetVersie()
            .WithSummary("Raamovereenkomsten van de eigen regio's, met filters (regio, status, zorgaanbieder, aanbesteding) en paginering");
        contracten.MapGet("/{id:int}", ContractAsync).MetVersie()
            .WithSummary("Eén raamovereenkomst: aanbieder of combinatie, perceel, periode, verlengingen en status")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static async Task<Results<Ok<GecontracteerdLijst>, FileContentHttpResult, ValidationProblem>> GecontracteerdAsync(string? regio, string? gemeente,
        string? productcode, string? agb, string? peildatum, int? pagina, int? paginaGrootte, [AsParameters] ApiDiensten d)
    {
        if (!ApiDatum.Lees(peildatum, out var dag))
        {
            return ApiProblems.Validatie(PeildatumOngeldig);
        }

        if (await FilterWeigeringenAsync(regio, gemeente, productcode, agb, d) is { Count: > 0 } fouten)
        {
            return ApiProblems.Validatie(fouten);
        }

        if (WilCsv(d.Http))
        {
            return await CsvAsync(regio, gemeente, productcode, agb, dag, d);
        }

        var regels = await GecontracteerdeRegels.ZoekAsync(d.Db, new(regio, gemeente, productcode, agb, dag), NlFormat.DatumInAmsterdam(d.Nu), d.Ct);
        var (p, grootte) = ApiPaging.Normaliseer(pagina, paginaGrootte);
        return TypedResults.Ok(new GecontracteerdLijst([.. regels.Skip((p - 1) * grootte).Take(grootte).Select(GecontracteerdeRegelModel.Uit)], regels.Count, p, grootte));
    }

    public static async Task<Results<FileContentHttpResult, ValidationProblem>> GecontracteerdCsvAsync(string? regio, string? gemeente, string? productcode,
        string? agb, string? peildatum, [AsParameters] ApiDiensten d)
    {
        if (!ApiDatum.Lees(peildatum, out var dag))
        {
            return ApiProblems.Validatie(PeildatumOngeldig);
        }

        if (await FilterWeigeringenAsync(regio, gemeente, productcode, agb, d) is { Count: > 0 } fouten)
        {
            return ApiProblems.Validatie(fouten);
        }

        return await CsvAsync(regio, gemeente, productcode, agb, dag, d);
    }

    /// <summary>
    /// A filter that can match nothing because it is mistyped (a municipality of three digits, an AGB code of seven) or
    /// names what does not exist is refused, not answered with an empty list a back office would read as "not contracted".
    /// </summary>
    private static async Task<List<Weigering>> FilterWeigeringenAsync(string? regio, string? gemeente, string? productcode, string? agb, ApiDiensten d)
    {
        var fouten = new List<Weigering>();
        if (!string.IsNullOrWhiteSpace(gemeente) && (!Gemeentecode().IsMatch(gemeente) || !await d.Db.Gemeenten.AnyAsync(g => g.Code == gemeente, d.Ct)))
        {
            fouten.Add(new("gecontracteerd.gemeente", "Gemeente", $"'{gemeente}' is geen gemeentecode: geef de viercijferige CBS-code, zoals 0632 voor Woerden."));
        }

        if (!string.IsNullOrWhiteSpace(productcode) && !Productcode().IsMatch(productcode))
        {
            fouten.Add(new("gecontracteerd.productcode", "Productcode", "Een productcode bestaat uit 1 tot 20 letters en cijfers, zoals 45A64."));
        }

        if (!string.IsNullOrWhiteSpace(agb) && !AgbCode().IsMatch(agb))
        {
            fouten.Add(new("gecontracteerd.agb", "Agb", "Een AGB-code bestaat uit acht cijfers, zoals 98000007."));
        }

        if (!string.IsNullOrWhiteSpace(regio) && !await d.Db.Regios.AnyAsync(r => r.Code == regio, d.Ct))
        {
            fouten.Add(new("api.regio-onbekend", "Regio", $"Onbekende regio '{regio}'. Geef de code van een regio, zoals lekstroom."));
        }

        return fouten;
    }

    /// <summary>A client that asks for CSV (and not first for JSON) gets the file: ADR content negotiation.</summary>
    private static bool WilCsv(HttpContext http) =>
        http.Request.GetTypedHeaders().Accept is { Count: > 0 } accept
        && accept.OrderByDescending(a => a.Quality ?? 1).First().MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase);

    private static async Task<FileContentHttpResult> CsvAsync(string? regio, string? gemeente, string? productcode, string? agb, DateOnly? dag, ApiDiensten d)
    {
        var regels = await GecontracteerdeRegels.ZoekAsync(d.Db, new(regio, gemeente, productcode, agb, dag), NlFormat.DatumInAmsterdam(d.Nu), d.Ct);
        using var buffer = new MemoryStream();
        await GecontracteerdCsv.WriteAsync(regels, buffer, d.Ct);
        var inhoud = buffer.ToArray();
        // The file result answers If-None-Match and If-Modified-Since itself (304) from this tag.
        var tag = ApiVoorwaardelijk.Tag(inhoud);
        var naam = $"gecontracteerd{(string.IsNullOrWhiteSpace(regio) ? "" : "-" + regio.Trim())}{(dag is { } x ? "-" + x.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "")}.csv";
        return TypedResults.File(inhoud, "text/csv; charset=utf-8", naam, entityTag: tag);
    }

    public static async Task<Ok<ContractenLijst>> ContractenAsync(string? regio, ContractStatus? status, int? zorgaanbieder, int? aanbesteding, int? pagina,
        int? paginaGrootte, [AsParameters] ApiDiensten d)
    {
        var vandaag = NlFormat.DatumInAmsterdam(d.Nu);
        var rijen = await Raamovereenkomsten.ZoekAsync(d.Db, new ContractFilter(null, aanbesteding, zorgaanbieder, regio, status, Kijker: d.Kijker), vandaag, d.Ct);
        var (p, grootte) = ApiPaging.Normaliseer(pagina, paginaGrootte);
        return TypedResults.Ok(new ContractenLijst([.. rijen.Skip((p - 1) * grootte).Take(grootte).Select(r => Model(r, vandaag))], rijen.Count, p, grootte));
    }

    public static async Task<Results<Ok<ContractModel>, ProblemHttpResult>> ContractAsync(int id, [AsParameters] ApiDiensten d)
    {
        var vandaag = NlFormat.DatumInAmsterdam(d.Nu);
        // Only the contracts the register shows this employee (their regions'); another region's answers 404 (decision record 0009).
        var rij = (await Raamovereenkomsten.ZoekAsync(d.Db, new ContractFilter(Kijker: d.Kijker, Id: id), vandaag, d.Ct)).SingleOrDefault();
        return rij is null
            ? TypedResults.Problem($"Er is geen raamovereenkomst {id} die u mag zien.", statusCode: StatusCodes.Status404NotFound, title: "Niet gevonden")
            : TypedResults.Ok(Model(rij, vandaag));
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[0-9]{4}\\z")]
    private static partial System.Text.RegularExpressions.Regex Gemeentecode();

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z0-9]{1,20}\\z")]
    private static partial System.Text.RegularExpressions.Regex Productcode();

    [System.Text.RegularExpressions.GeneratedRegex("^[0-9]{8}\\z")]
    private static partial System.Text.RegularExpressions.Regex AgbCode();

    private static readonly Weigering PeildatumOngeldig = new("gecontracteerd.peildatum", "Peildatum", "Geef de peildatum als yyyy-MM-dd, bijvoorbeeld 2026-01-01.");

    private static ContractModel Model(ContractRij r, DateOnly vandaag)
    {
        var c = r.Contract;
        var perceel = c.Aanbesteding!.Percelen.SingleOrDefault(p => p.Nummer == c.PerceelNummer);
        return new ContractModel(c.Id, c.StatusOp(vandaag), c.Herkomst, c.AanbestedingId, r.Aanbesteding, c.Aanbesteding.Regio?.Code ?? "", c.PerceelNummer,
            perceel?.Naam ?? "", Partij(c.Zorgaanbieder!), c.Consortium, [.. c.Leden.Select(l => Partij(l.Zorgaanbieder!))], c.Start, c.Einde,
            c.OorspronkelijkEinde, r.LaatsteDag, new(c.VerlengingenMogelijk, c.VerlengingMaanden, c.VerlengingenGebruikt, c.NietVerlengen),
            c.BeeindigdPer, c.BeeindigingsReden);
    }

    private static ContractpartijModel Partij(Catalogus.Zorgaanbieder z) => new(z.Id, z.Naam, z.AgbCode, z.KvkNummer);
}
