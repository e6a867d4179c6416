using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Accounts;
using Zorginkoop.Catalogus;
using Zorginkoop.Data;


namespace Zorginkoop.Web.Api;

/// <summary>
/// /api/v1/aanbestedingen: read by anyone (concepts by employees only), changed by officers. Lifecycle steps are POST
/// operations (<c>/_publiceren</c> …) through the same method as the pages, the CLI and the deadline job; a refusal is
/// a 409 whose detail is the rule in Dutch.
/// </summary>
public static class AanbestedingenApi
{
    public static void MapAanbestedingenApi(this RouteGroupBuilder api)
    {
        var groep = api.MapGroup("/aanbestedingen").WithTags("Aanbestedingen");

        groep.MapGet("", LijstAsync)
            .AllowAnonymous()
            .WithSummary("Aanbestedingen, met filters en paginering")
            .WithDescription("Filters: regio (code, zoals lekstroom), domein (jeugd of wmo), status (zoals gepubliceerd, inschrijvingGesloten, " +
                "lopendContract; concept alleen voor medewerkers), openVoorInschrijving. paginaGrootte ten hoogste 100.");

        groep.MapGet("/{id:int}", EenAsync)
            .AllowAnonymous()
            .WithSummary("Eén aanbesteding met percelen, documenten, rectificaties en verloop")
            .ProducesProblem(StatusCodes.Status404NotFound);

        var beheer = groep.MapGroup("").RequireAuthorization(Policies.AanbestedingenBeheren)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        beheer.MapPost("", AanmakenAsync).WithSummary("Een aanbesteding aanmaken (als concept)");
        beheer.MapPut("/{id:int}", WijzigenAsync).WithSummary("De voorwaarden wijzigen; na publicatie met reden, als genummerde rectificatie");
        beheer.MapPost("/{id:int}/percelen", PerceelToevoegenAsync).WithSummary("Een perceel toevoegen (alleen bij een concept)");

        Stap(beheer, Gebeurtenis.Publiceren, "Publiceren");
        Stap(beheer, Gebeurtenis.Schorsen, "Schorsen (met reden)");
        Stap(beheer, Gebeurtenis.Hervatten, "Hervatten na schorsing");
        Stap(beheer, Gebeurtenis.BeoordelingStarten, "De beoordeling starten (na het sluiten van de inschrijving)");
        Stap(beheer, Gebeurtenis.VoorlopigGunnen, "Voorlopig gunnen; de opschortingstermijn begint");
        Stap(beheer, Gebeurtenis.DefinitiefGunnen, "Definitief gunnen (na de opschortingstermijn)");
        Stap(beheer, Gebeurtenis.ContractStarten, "Het contract laten ingaan (vanaf de ingangsdatum)");
        Stap(beheer, Gebeurtenis.Intrekken, "Intrekken (met reden, vóór de definitieve gunning)");

        Operatie(beheer, Gebeurtenis.DeadlineUitstellen, DeadlineUitstellenAsync, "De uiterste inschrijfdatum uitstellen (met reden; een verstreken datum verandert niet)");
        Operatie(beheer, Gebeurtenis.ContractstartUitstellen, ContractstartUitstellenAsync, "De ingangsdatum van het contract uitstellen (met reden)");
        beheer.MapPost("/{id:int}/_heropenen", HeropenenAsync)
            .WithSummary("Producten opnieuw openzetten in een nieuwe aanbesteding (na de definitieve gunning)")
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    public static async Task<Results<Ok<AanbestedingenLijst>, ValidationProblem>> LijstAsync(string? regio, string? domein, string? status,
        bool? openVoorInschrijving, int? pagina, int? paginaGrootte, [AsParameters] ApiDiensten d)
    {
        // The query takes the status as the JSON shows it (camelCase, "inschrijvingGesloten"), in any case.
        AanbestedingStatus? gekozen = null;
        if (!string.IsNullOrEmpty(status))
        {
            if (!Enum.TryParse<AanbestedingStatus>(status, ignoreCase: true, out var s) || !Enum.IsDefined(s) || int.TryParse(status, out _))
            {
                return ApiProblems.Validatie(new Weigering("api.status-onbekend", "Status", $"Onbekende status '{status}'. Kies uit: {string.Join(", ", Enum.GetValues<AanbestedingStatus>().Select(JsonNaam))}."));
            }

            gekozen = s;
        }

        await AanbestedingAanpassen.BijwerkenAllesAsync(d.Db, d.Nu, d.Ct);
        var kijker = d.Kijker;
        if (gekozen == AanbestedingStatus.Concept && !kijker.IsMedewerker)
        {
            gekozen = null;
        }

        Domein? domeinKeuze = DomeinCodes.TryParse(domein, out var x) ? x : null;
        var q = AanbestedingFilter.Pas(d.Db.Aanbestedingen.Zichtbaar(kijker), regio, domeinKeuze, gekozen, openVoorInschrijving == true);
        var (p, grootte) = ApiPaging.Normaliseer(pagina, paginaGrootte);
        var totaal = await q.CountAsync(d.Ct);
        var lijst = await q.Include(a => a.Regio).OrderByDescending(a => a.Publicatiedatum).ThenBy(a => a.Id)
            .Skip((p - 1) * grootte).Take(grootte).ToListAsync(d.Ct);
        return TypedResults.Ok(new AanbestedingenLijst(lijst.Select(AanbestedingSamenvatting.Van).ToList(), totaal, p, grootte));
    }

    public static async Task<Results<Ok<AanbestedingDetail>, ProblemHttpResult>> EenAsync(int id, [AsParameters] ApiDiensten d)
    {
        var kijker = d.Kijker;
        var a = await AanbestedingZichtbaarheid.LoadAsync(d.Db, id, kijker, d.Nu, d.Ct);
        return a is null ? NietGevonden(id) : TypedResults.Ok(await DetailAsync(d.Db, a, kijker, d.Ct));
    }

    public static async Task<Results<Created<AanbestedingDetail>, ValidationProblem>> AanmakenAsync(AanbestedingInvoerModel invoer, [AsParameters] ApiDiensten d)
    {
        var regio = await d.Db.Regios.SingleOrDefaultAsync(r => r.Code == invoer.Regio, d.Ct);
        // A region where this officer holds no role is refused as if it did not exist (decision record 0009).
        if (regio is null || !await d.InRegioAsync(regio.Id))
        {
            return ApiProblems.Validatie(new Weigering("api.regio-onbekend", "Regio", "Geef de code van een regio waarin u aanbestedingen beheert, zoals lekstroom."));
        }

        var uitkomst = await AanbestedingAanmaken.HandleAsync(d.Db, new(regio.Id, invoer.NaarVoorwaarden()), d.Ct);
        if (uitkomst.Waarde is not { } a)
        {
            return ApiProblems.Validatie(AlsVeldenVanInvoer(uitkomst.Weigeringen));
        }

        return TypedResults.Created($"{ApiRegistration.Basis}/aanbestedingen/{a.Id}", await DetailAsync(d.Db, (await AanbestedingZichtbaarheid.LoadAsync(d.Db, a.Id, Kijker.Systeem, null, d.Ct))!, d.Kijker, d.Ct));
    }

    public static async Task<Results<Ok<AanbestedingDetail>, ValidationProblem, ProblemHttpResult>> WijzigenAsync(int id, AanbestedingInvoerModel invoer,
        [AsParameters] ApiDiensten d)
    {
        var a = await LaadVoorBeheerAsync(id, d);
        if (a is null)
        {
            return NietGevonden(id);
        }

        var uitkomst = await AanbestedingWijzigen.HandleAsync(d.Db, a, new(invoer.NaarVoorwaarden(), invoer.Reden), d.Wie, d.Nu, d.Ct);
        return uitkomst.Gelukt ? TypedResults.Ok(await DetailAsync(d.Db, a, d.Kijker, d.Ct)) : ApiProblems.Validatie(AlsVeldenVanInvoer(uitkomst.Weigeringen));
    }

    public static async Task<Results<Created<AanbestedingDetail>, ValidationProblem, ProblemHttpResult>> PerceelToevoegenAsync(int id, PerceelInvoerModel invoer,
        [AsParameters] ApiDiensten d)
    {
        var a = await LaadVoorBeheerAsync(id, d);
        if (a is null)
        {
            return NietGevonden(id);
        }

        var segmentId = invoer.Segment is null ? null : await d.Db.Segmenten.Where(s => s.RegioId == a.RegioId && s.Code == invoer.Segment).Select(s => (int?)s.Id).SingleOrDefaultAsync(d.Ct);
        var productId = invoer.Productcode is null ? null : await d.Db.Producten.Where(p => p.RegioId == a.RegioId && p.Code == invoer.Productcode).Select(p => (int?)p.Id).FirstOrDefaultAsync(d.Ct);
        if ((invoer.Segment is not null && segmentId is null) || (invoer.Productcode is not null && productId is null))
        {
            return ApiProblems.Validatie(new Weigering("perceel.onbekend-in-regio", invoer.Segment is not null ? "Segment" : "Productcode", "Onbekend in de regio van deze aanbesteding."));
        }

        var fout = await Percelen.VoegToeAsync(d.Db, a, segmentId, productId, invoer.Naam, d.Ct);
        return fout is not null
            ? ApiProblems.Validatie(fout with { Veld = "Perceel" })
            : TypedResults.Created($"{ApiRegistration.Basis}/aanbestedingen/{id}", await DetailAsync(d.Db, a, d.Kijker, d.Ct));
    }

    public static Task<Results<Ok<AanbestedingDetail>, ProblemHttpResult>> DeadlineUitstellenAsync(int id, UitstelDeadlineModel invoer, [AsParameters] ApiDiensten d) =>
        PasToeAsync(id, new Verzoek(Gebeurtenis.DeadlineUitstellen, invoer.Reden, NieuwSluitingsmoment: invoer.NieuwSluitingsmoment), d);

    public static Task<Results<Ok<AanbestedingDetail>, ProblemHttpResult>> ContractstartUitstellenAsync(int id, UitstelContractstartModel invoer, [AsParameters] ApiDiensten d) =>
        PasToeAsync(id, new Verzoek(Gebeurtenis.ContractstartUitstellen, invoer.Reden, NieuweContractStart: invoer.NieuweContractStart), d);

    public static async Task<Results<Created<AanbestedingDetail>, ProblemHttpResult>> HeropenenAsync(int id, HeropenenModel invoer, [AsParameters] ApiDiensten d)
    {
        var a = await LaadVoorBeheerAsync(id, d);
        if (a is null)
        {
            return NietGevonden(id);
        }

        var codes = invoer.Productcodes ?? [];
        var ids = await d.Db.Producten.Where(p => p.RegioId == a.RegioId && codes.Contains(p.Code)).Select(p => p.Id).ToListAsync(d.Ct);
        var (vervolg, weigering) = await Heropenen.StartAsync(d.Db, a, ids, invoer.Naam, invoer.Reden, d.Ct);
        return vervolg is null
            ? ApiProblems.Geweigerd(weigering!)
            : TypedResults.Created($"{ApiRegistration.Basis}/aanbestedingen/{vervolg.Id}", await DetailAsync(d.Db, (await AanbestedingZichtbaarheid.LoadAsync(d.Db, vervolg.Id, Kijker.Systeem, null, d.Ct))!, d.Kijker, d.Ct));
    }

    /// <summary>One lifecycle step without input of its own but an optional reason: the same handler for each event.</summary>
    private static void Stap(RouteGroupBuilder beheer, Gebeurtenis gebeurtenis, string samenvatting) =>
        Operatie(beheer, gebeurtenis, (int id, StapInvoerModel? invoer, [AsParameters] ApiDiensten d) => PasToeAsync(id, new Verzoek(gebeurtenis, invoer?.Reden), d),
            samenvatting);

    /// <summary>
    /// A lifecycle step as an operation (ADR: an operation that is not CRUD is a verb after an underscore, the last part of
    /// the path): <c>/{id}/_publiceren</c>; a two-word event code puts its noun first, <c>/{id}/beoordeling/_starten</c>, as
    /// the ADR's linter allows only letters after the underscore. The earlier path with the hyphen
    /// (<c>/{id}/_beoordeling-starten</c>) keeps working for existing scripts, left out of the description.
    /// </summary>
    private static void Operatie(RouteGroupBuilder beheer, Gebeurtenis gebeurtenis, Delegate handler, string samenvatting)
    {
        var code = Levenscyclus.Code(gebeurtenis);
        beheer.MapPost($"/{{id:int}}/{OperatiePad(code)}", handler).WithSummary(samenvatting);
        if (code.Contains('-', StringComparison.Ordinal))
        {
            beheer.MapPost($"/{{id:int}}/_{code}", handler).WithSummary(samenvatting).ExcludeFromDescription();
        }
    }

    /// <summary>"publiceren" → "_publiceren"; "beoordeling-starten" → "beoordeling/_starten".</summary>
    public static string OperatiePad(string code) =>
        code.LastIndexOf('-') is var i and >= 0 ? $"{code[..i]}/_{code[(i + 1)..]}" : $"_{code}";

    private static async Task<Results<Ok<AanbestedingDetail>, ProblemHttpResult>> PasToeAsync(int id, Verzoek verzoek, ApiDiensten d)
    {
        var a = await LaadVoorBeheerAsync(id, d);
        if (a is null)
        {
            return NietGevonden(id);
        }

        var weigering = await AanbestedingAanpassen.PasToeAsync(d.Db, a, verzoek, d.Wie, d.Nu, d.Ct);
        return weigering is null ? TypedResults.Ok(await DetailAsync(d.Db, a, d.Kijker, d.Ct)) : ApiProblems.Geweigerd(weigering);
    }

    /// <summary>The rules name the domain's fields; the request body calls the kind of procedure <c>procedurevorm</c>.</summary>
    private static IEnumerable<Weigering> AlsVeldenVanInvoer(IEnumerable<Weigering> meldingen) =>
        meldingen.Select(m => m.Veld == nameof(Voorwaarden.Vorm) ? m with { Veld = nameof(AanbestedingInvoerModel.Procedurevorm) } : m);

    private static string JsonNaam(AanbestedingStatus s) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(s.ToString());

    /// <summary>A procedure for an officer's change: null (404) when absent, not visible, or of a region where this officer may not manage procedures.</summary>
    private static async Task<Aanbesteding?> LaadVoorBeheerAsync(int id, ApiDiensten d)
    {
        var a = await AanbestedingZichtbaarheid.LoadAsync(d.Db, id, d.Kijker, d.Nu, d.Ct);
        return a is not null && await d.InRegioAsync(a.RegioIds) ? a : null;
    }

    private static async Task<AanbestedingDetail> DetailAsync(ZorginkoopDbContext db, Aanbesteding a, Kijker kijker, CancellationToken ct)
    {
        var documenten = await db.Documenten.AsNoTracking().Where(d => d.AanbestedingId == a.Id && d.Ingetrokken == null).OrderBy(d => d.Id).ToListAsync(ct);
        var rectificaties = await db.Rectificaties.AsNoTracking().Where(r => r.AanbestedingId == a.Id).OrderBy(r => r.Nummer).ToListAsync(ct);
        var heropeningen = await db.Aanbestedingen.Zichtbaar(kijker).Where(x => x.HeropeningVanId == a.Id).OrderBy(x => x.Id).Select(x => x.Id).ToListAsync(ct);
        var i = a.Instellingen;
        return new AanbestedingDetail(a.Id, a.Naam, a.Regio?.Code ?? "", a.Vorm, a.Status, a.Status.Naam(), a.Omschrijving, a.TenderNedKenmerk,
            a.InkooptrajectId, a.HeropeningVanId, heropeningen, new InstellingenModel(i.TussentijdsToetreden, i.Rangschikking, i.MaxGunningenPerPerceel, i.StandstillDagen),
            a.Publicatiedatum, a.VragenDeadline?.ToUniversalTime(), a.Sluitingsmoment?.ToUniversalTime(), a.GeplandeGunning, a.ContractStart, a.ContractEinde,
            a.Verlengingsopties, a.StandstillEinde?.ToUniversalTime(),
            a.Percelen.OrderBy(p => p.Nummer).Select(p => new PerceelModel(p.Nummer, p.Naam, p.Segment?.Code, p.Product?.Code)).ToList(),
            documenten.Select(DocumentModel.Van).ToList(),
            rectificaties.Select(r => new RectificatieModel(r.Nummer, r.Moment.ToUniversalTime(), r.Reden, r.Wijzigingen)).ToList(),
            a.Overgangen.OrderBy(o => o.Moment).ThenBy(o => o.Id)
                .Select(o => new StapModel(o.Gebeurtenis, o.Van, o.Naar, o.Moment.ToUniversalTime(), o.Reden, kijker.Ziet(a.RegioIds) ? o.Wie : null)).ToList(),
            [.. a.Deelnames.Select(d => d.Regio?.Code).OfType<string>().Order(StringComparer.Ordinal)]);
    }

    private static ProblemHttpResult NietGevonden(int id) =>
        TypedResults.Problem($"Er is geen (openbare) aanbesteding met nummer {id}.", statusCode: StatusCodes.Status404NotFound, title: "Niet gevonden");
}
