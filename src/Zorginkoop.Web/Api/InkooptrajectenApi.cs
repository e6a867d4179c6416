using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Accounts;
using Zorginkoop.Catalogus;
using Zorginkoop.Data;
using Zorginkoop.Formatting;
using Zorginkoop.Inkooptrajecten;


namespace Zorginkoop.Web.Api;

/// <summary>/api/v1/inkooptrajecten: published trajectories for everyone (drafts for employees), changed by officers.</summary>
public static class InkooptrajectenApi
{
    public static void MapInkooptrajectenApi(this RouteGroupBuilder api)
    {
        var groep = api.MapGroup("/inkooptrajecten").WithTags("Inkooptrajecten");

        groep.MapGet("", LijstAsync)
            .AllowAnonymous()
            .WithSummary("Inkooptrajecten, met filters (regio, domein) en paginering");

        groep.MapGet("/{id:int}", EenAsync)
            .AllowAnonymous()
            .WithSummary("Eén inkooptraject met fasen, updates (nieuwste eerst), bijeenkomsten, documenten en aanbestedingen")
            .ProducesProblem(StatusCodes.Status404NotFound);

        var beheer = groep.MapGroup("").RequireAuthorization(Policies.AanbestedingenBeheren)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        beheer.MapPost("", AanmakenAsync).WithSummary("Een inkooptraject aanmaken, met de vier fasen gepland");
        beheer.MapPut("/{id:int}/fasen/{nummer:int}", FaseBijwerkenAsync).WithSummary("Een fase bijwerken: status, datums en samenvatting");
        beheer.MapPost("/{id:int}/updates", UpdatePublicerenAsync).WithSummary("Een update publiceren (Markdown)");
    }

    public static async Task<Ok<InkooptrajectenLijst>> LijstAsync(string? regio, string? domein, int? pagina, int? paginaGrootte, [AsParameters] ApiDiensten d)
    {
        var q = d.Db.Inkooptrajecten.Zichtbaar(d.Kijker);
        if (!string.IsNullOrEmpty(regio))
        {
            q = q.Where(t => t.Regio!.Code == regio || t.Deelnames.Any(x => x.Regio!.Code == regio));
        }

        if (DomeinCodes.TryParse(domein, out var gekozen))
        {
            q = gekozen == Domein.Jeugd ? q.Where(t => t.Jeugd) : q.Where(t => t.Wmo);
        }

        var (p, grootte) = ApiPaging.Normaliseer(pagina, paginaGrootte);
        var totaal = await q.CountAsync(d.Ct);
        var lijst = await q.Include(t => t.Regio).OrderBy(t => t.Naam).ThenBy(t => t.Id).Skip((p - 1) * grootte).Take(grootte).ToListAsync(d.Ct);
        return TypedResults.Ok(new InkooptrajectenLijst(lijst.Select(InkooptrajectSamenvatting.Van).ToList(), totaal, p, grootte));
    }

    public static async Task<Results<Ok<InkooptrajectDetail>, ProblemHttpResult>> EenAsync(int id, [AsParameters] ApiDiensten d)
    {
        var kijker = d.Kijker;
        var t = await d.Db.Inkooptrajecten.Zichtbaar(kijker).Include(x => x.Regio).Include(x => x.Deelnames).ThenInclude(x => x.Regio).Include(x => x.Fasen).Include(x => x.Berichten)
            .Include(x => x.Bijeenkomsten).ThenInclude(b => b.Segment).AsSplitQuery().SingleOrDefaultAsync(x => x.Id == id, d.Ct);
        return t is null ? NietGevonden(id) : TypedResults.Ok(await DetailAsync(d.Db, t, kijker, d.Ct));
    }

    public static async Task<Results<Created<InkooptrajectDetail>, ValidationProblem>> AanmakenAsync(InkooptrajectInvoerModel invoer, [AsParameters] ApiDiensten d)
    {
        // A region where this officer holds no role is refused as if it did not exist (decision record 0009).
        var regioId = await d.Db.Regios.Where(r => r.Code == invoer.Regio).Select(r => (int?)r.Id).SingleOrDefaultAsync(d.Ct);
        if (regioId is { } r && !await d.InRegioAsync(r))
        {
            return ApiProblems.Validatie(new Weigering("api.regio-onbekend", "Regio", "Geef de code van een regio waarin u aanbestedingen beheert, zoals lekstroom."));
        }

        var uitkomst = await InkooptrajectOpslaan.HandleAsync(d.Db, null,
            new(invoer.Regio, invoer.Naam, invoer.Jeugd, invoer.Wmo, invoer.Omschrijving, invoer.Openbaar), d.Ct);
        return uitkomst.Waarde is { } t
            ? TypedResults.Created($"{ApiRegistration.Basis}/inkooptrajecten/{t.Id}", await DetailAsync(d.Db, t, d.Kijker, d.Ct))
            : ApiProblems.Validatie(uitkomst.Weigeringen);
    }

    public static async Task<Results<Ok<FaseModel>, ValidationProblem, ProblemHttpResult>> FaseBijwerkenAsync(int id, int nummer, FaseInvoerModel invoer,
        [AsParameters] ApiDiensten d)
    {
        if (!await InEigenRegioAsync(id, d))
        {
            return NietGevonden(id);
        }

        var uitkomst = await FaseBijwerken.HandleAsync(d.Db, id, nummer, new(invoer.Status, invoer.Van, invoer.Tot, invoer.Samenvatting), d.Ct);
        if (uitkomst.Waarde is { } f)
        {
            return TypedResults.Ok(Fase(f));
        }

        return uitkomst.Weigering!.Code == FaseBijwerken.NietGevonden
            ? TypedResults.Problem(uitkomst.Weigering!.Tekst, statusCode: StatusCodes.Status404NotFound, title: "Niet gevonden")
            : ApiProblems.Validatie(uitkomst.Weigeringen);
    }

    public static async Task<Results<Created<UpdateModel>, ValidationProblem, ProblemHttpResult>> UpdatePublicerenAsync(int id, UpdateInvoerModel invoer,
        [AsParameters] ApiDiensten d)
    {
        if (!await InEigenRegioAsync(id, d))
        {
            return NietGevonden(id);
        }

        var uitkomst = await VoortgangsberichtOpslaan.HandleAsync(d.Db, id, null, new(invoer.Datum, invoer.Titel, invoer.Tekst), d.Nu, d.Ct);
        if (uitkomst.Waarde is { } b)
        {
            return TypedResults.Created($"{ApiRegistration.Basis}/inkooptrajecten/{id}", Update(b));
        }

        return uitkomst.Weigering!.Code == VoortgangsberichtOpslaan.NietGevonden ? NietGevonden(id) : ApiProblems.Validatie(uitkomst.Weigeringen);
    }

    private static FaseModel Fase(Fase f) => new((int)f.Soort, f.Soort, f.Soort.Naam(), f.Status, f.Van, f.Tot, f.Samenvatting);

    private static UpdateModel Update(Voortgangsbericht b) => new(b.Id, b.Datum, b.Titel, b.Tekst, MarkdownRenderer.ToHtml(b.Tekst), b.Bijgewerkt.ToUniversalTime());

    /// <summary>
    /// Whether the trajectory exists in a region where this request's policy holds (its owner or a participating
    /// region); false answers 404 (decision record 0009).
    /// </summary>
    private static async Task<bool> InEigenRegioAsync(int id, ApiDiensten d) =>
        await d.Db.Inkooptrajecten.Where(t => t.Id == id).Select(t => new { t.RegioId, Deelnemers = t.Deelnames.Select(x => x.RegioId).ToList() })
            .SingleOrDefaultAsync(d.Ct) is { } t
        && await d.InRegioAsync([t.RegioId, .. t.Deelnemers]);

    private static async Task<InkooptrajectDetail> DetailAsync(ZorginkoopDbContext db, Inkooptraject t, Kijker kijker, CancellationToken ct)
    {
        var documenten = await db.Documenten.AsNoTracking().Where(d => d.InkooptrajectId == t.Id && d.Ingetrokken == null).OrderBy(d => d.Id).ToListAsync(ct);
        var aanbestedingen = db.Aanbestedingen.Include(a => a.Regio).Where(a => a.InkooptrajectId == t.Id);
        var lijst = await aanbestedingen.Zichtbaar(kijker).OrderBy(a => a.Id).ToListAsync(ct);
        return new InkooptrajectDetail(t.Id, t.Naam, t.Regio?.Code ?? "", t.Domeinen.ToList(), t.Openbaar, t.Omschrijving,
            t.Fasen.OrderBy(f => f.Soort).Select(Fase).ToList(),
            t.Berichten.OrderByDescending(b => b.Datum).ThenByDescending(b => b.Id).Select(Update).ToList(),
            t.Bijeenkomsten.OrderBy(b => b.Begin).Select(b => new BijeenkomstModel(b.Id, b.Soort, b.Titel, b.Begin.ToUniversalTime(), b.Einde?.ToUniversalTime(), b.Segment?.Code, b.Locatie, b.Omschrijving)).ToList(),
            documenten.Select(DocumentModel.Van).ToList(),
            lijst.Select(AanbestedingSamenvatting.Van).ToList(),
            t.Deelnames.Select(x => x.Regio!.Code).Order(StringComparer.Ordinal).ToList());
    }

    private static ProblemHttpResult NietGevonden(int id) =>
        TypedResults.Problem($"Er is geen (openbaar) inkooptraject met nummer {id}.", statusCode: StatusCodes.Status404NotFound, title: "Niet gevonden");
}
