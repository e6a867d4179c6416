using System.Net;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zorginkoop.Accounts;
using Zorginkoop.Web.Accounts;
using Zorginkoop.Webhooks;

namespace Zorginkoop.Web.Api;

/// <param name="Regio">The region whose events it gets.</param>
/// <param name="Soorten">The event kinds: aanbesteding.gepubliceerd, aanbesteding.gerectificeerd, nvi.gepubliceerd, aanbesteding.gegund, contract.gestart, contract.beeindigd, import.afgerond.</param>
/// <param name="Omschrijving">What you call it, such as "Suites Houten".</param>
public sealed record WebhookInvoerModel(string? Regio, string? Url, IReadOnlyList<string>? Soorten, string? Omschrijving);

/// <param name="Geheim">The key of the signatures: only in the answer that makes the webhook or renews its secret.</param>
/// <param name="Wachtend">Deliveries still being tried.</param>
/// <param name="Opgegeven">Deliveries given up after 24 hours of refusals.</param>
public sealed record WebhookModel(
    int Id, string Regio, string Url, IReadOnlyList<string> Soorten, string? Omschrijving, DateTimeOffset AangemaaktOp, string AangemaaktDoor,
    DateTimeOffset? VerwijderdOp, int Bezorgd, int Wachtend, int Opgegeven, string? Geheim);

public sealed record WebhooksLijst(IReadOnlyList<WebhookModel> Webhooks, int Totaal, int Pagina, int PaginaGrootte) : IPagina;

/// <param name="Statuscode">The receiver's answer; absent when none came (time-out, no connection).</param>
public sealed record WebhookPogingModel(DateTimeOffset Moment, int? Statuscode, string? Fout, int DuurMs);

/// <param name="Sleutel">The event's id, the same as the body's id: a receiver recognises a repeat by it.</param>
/// <param name="Status">wachtend, bezorgd or opgegeven.</param>
/// <param name="Inhoud">The JSON body as sent (and signed).</param>
public sealed record WebhookBezorgingModel(
    long Id, string Sleutel, string Soort, DateTimeOffset Moment, string Status, int Pogingen, DateTimeOffset? VolgendePoging, DateTimeOffset? BezorgdOp,
    string Inhoud, IReadOnlyList<WebhookPogingModel> PogingenLog);

public sealed record WebhookBezorgingenLijst(IReadOnlyList<WebhookBezorgingModel> Bezorgingen, int Totaal, int Pagina, int PaginaGrootte) : IPagina;

/// <summary>
/// /api/v1/webhooks: officers (inkoper, beheerder) register a URL per region and event kind, and read each webhook's
/// delivery log (issue 17). Another region's webhook answers 404 (decision record 0009). The messages themselves are
/// sent by <see cref="Achtergrond.WebhookJob"/>, never by the request that caused the event.
/// </summary>
public static class WebhooksApi
{
    public static void MapWebhooksApi(this RouteGroupBuilder api)
    {
        var groep = api.MapGroup("/webhooks").WithTags("Webhooks").RequireAuthorization(Policies.KoppelingenBeheren)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        groep.MapGet("", LijstAsync).MetVersie()
            .WithSummary("De webhooks van uw regio's; filter `regio`, met `verwijderd=true` ook de verwijderde");
        groep.MapPost("", RegistrerenAsync)
            .WithSummary("Een webhook registreren: een https-URL die bericht krijgt van gebeurtenissen in een regio")
            .WithDescription("Het antwoord geeft eenmalig het `geheim`. Elk bericht is een POST met een JSON-body en de header " +
                "`Zorginkoop-Handtekening: sha256=<hex>`: de HMAC-SHA256 van de body met het geheim (als tekst, UTF-8) als sleutel. Antwoord met een 2xx; " +
                "anders volgt een nieuwe poging na 1, 5, 15 en 30 minuten en daarna na 1, 2, 4 en 8 uur, tot 24 uur nadat Zorginkoop de gebeurtenis vond (binnen een halve minuut). Een herhaling " +
                "heeft dezelfde `id` en dezelfde header `Zorginkoop-Bezorging`. De URL moet https zijn en naar een openbaar adres wijzen.")
            .Produces<WebhookModel>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status404NotFound);
        groep.MapGet("/{id:int}", EenAsync).MetVersie().WithSummary("Eén webhook met de tellingen van zijn bezorgingen")
            .ProducesProblem(StatusCodes.Status404NotFound);
        groep.MapDelete("/{id:int}", VerwijderenAsync)
            .WithSummary("Een webhook verwijderen: er gaat niets meer heen; het bezorglog blijft bewaard")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
        groep.MapPost("/{id:int}/geheim/_vernieuwen", GeheimVernieuwenAsync)
            .WithSummary("Een nieuw geheim voor de handtekening (het oude vervalt meteen); eenmalig in het antwoord")
            .ProducesProblem(StatusCodes.Status404NotFound);
        groep.MapPost("/{id:int}/_testen", TestenAsync)
            .WithSummary("Een testbericht (`webhook.test`) sturen: ondertekend en gelogd als elk ander, binnen een halve minuut")
            .Produces<WebhookBezorgingModel>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status404NotFound);
        groep.MapGet("/{id:int}/bezorgingen", BezorgingenAsync).MetVersie()
            .WithSummary("Het bezorglog: elk bericht met zijn pogingen, nieuwste eerst; filter `status` (wachtend, bezorgd, opgegeven)")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static async Task<Results<Ok<WebhooksLijst>, ValidationProblem>> LijstAsync(string? regio, bool? verwijderd, int? pagina, int? paginaGrootte,
        [AsParameters] ApiDiensten d)
    {
        var regioIds = RegionAccess.RegioIds(d.Http.User, Rollen.KoppelingenBeheer);
        var q = d.Db.Webhooks.AsNoTracking().Where(w => regioIds.Contains(w.RegioId));
        if (!string.IsNullOrWhiteSpace(regio))
        {
            // A mistyped region is said, not answered with an empty list (as the other filters of the API).
            if (await d.Db.Regios.Where(r => r.Code == regio).Select(r => (int?)r.Id).SingleOrDefaultAsync(d.Ct) is not { } gekozen)
            {
                return ApiProblems.Validatie(new Weigering("api.regio-onbekend", "Regio", $"Er is geen regio '{regio}'."));
            }

            q = q.Where(w => w.RegioId == gekozen);
        }

        if (verwijderd != true)
        {
            q = q.Where(w => w.VerwijderdOp == null);
        }

        var (p, grootte) = ApiPaging.Normaliseer(pagina, paginaGrootte);
        var totaal = await q.CountAsync(d.Ct);
        var lijst = await q.OrderBy(w => w.Id).Skip((p - 1) * grootte).Take(grootte).ToListAsync(d.Ct);
        return TypedResults.Ok(new WebhooksLijst(await ModellenAsync(lijst, d), totaal, p, grootte));
    }

    public static async Task<Results<Created<WebhookModel>, ValidationProblem, ProblemHttpResult>> RegistrerenAsync(WebhookInvoerModel invoer,
        IOptions<WebhookOptions> opties, [AsParameters] ApiDiensten d)
    {
        if (string.IsNullOrWhiteSpace(invoer.Regio))
        {
            return ApiProblems.Validatie(new Weigering("webhook.regio-ontbreekt", "Regio", "Geef de code van de regio, zoals lekstroom."));
        }

        var regioId = await d.Db.Regios.Where(r => r.Code == invoer.Regio).Select(r => (int?)r.Id).SingleOrDefaultAsync(d.Ct);
        if (regioId is null || !await d.InRegioAsync(regioId.Value))
        {
            return NietGevonden($"Er is geen regio '{invoer.Regio}' waarvan u de koppelingen beheert.");
        }

        var resultaat = await WebhookRegistreren.HandleAsync(d.Db, invoer.Regio, new(invoer.Url, invoer.Soorten, invoer.Omschrijving), d.Wie, d.Nu, opties.Value,
            Dns.GetHostAddressesAsync, d.Ct);
        if (!resultaat.Gelukt)
        {
            return ApiProblems.Validatie(resultaat.Weigeringen);
        }

        // The secret is in this answer only: no cache may keep it.
        d.Http.Response.Headers.CacheControl = "no-store";
        var model = (await ModellenAsync([resultaat.Waarde!], d))[0] with { Geheim = resultaat.Waarde!.Geheim };
        return TypedResults.Created($"{ApiRegistration.Basis}/webhooks/{model.Id}", model);
    }

    public static async Task<Results<Ok<WebhookModel>, ProblemHttpResult>> EenAsync(int id, [AsParameters] ApiDiensten d) =>
        await LaadAsync(id, d) is { } w ? TypedResults.Ok((await ModellenAsync([w], d))[0]) : NietGevonden(id);

    public static async Task<Results<NoContent, ProblemHttpResult>> VerwijderenAsync(int id, [AsParameters] ApiDiensten d)
    {
        if (await LaadAsync(id, d) is not { VerwijderdOp: null })
        {
            return NietGevonden(id);
        }

        var resultaat = await WebhookVerwijderen.HandleAsync(d.Db, id, d.Wie, d.Nu, d.Ct);
        return resultaat.Gelukt ? TypedResults.NoContent() : NietGevonden(id);
    }

    public static async Task<Results<Ok<WebhookModel>, ProblemHttpResult>> GeheimVernieuwenAsync(int id, [AsParameters] ApiDiensten d)
    {
        if (await LaadAsync(id, d) is not { VerwijderdOp: null })
        {
            return NietGevonden(id);
        }

        var resultaat = await WebhookGeheimVernieuwen.HandleAsync(d.Db, id, d.Ct);
        d.Http.Response.Headers.CacheControl = "no-store";
        return resultaat.Gelukt ? TypedResults.Ok((await ModellenAsync([resultaat.Waarde!], d))[0] with { Geheim = resultaat.Waarde!.Geheim }) : NietGevonden(id);
    }

    public static async Task<Results<Accepted<WebhookBezorgingModel>, ProblemHttpResult>> TestenAsync(int id, [AsParameters] ApiDiensten d)
    {
        if (await LaadAsync(id, d) is not { VerwijderdOp: null })
        {
            return NietGevonden(id);
        }

        var resultaat = await WebhookTesten.HandleAsync(d.Db, id, d.Nu, d.Ct);
        return resultaat.Gelukt
            ? TypedResults.Accepted($"{ApiRegistration.Basis}/webhooks/{id}/bezorgingen", Bezorging(resultaat.Waarde!))
            : NietGevonden(id);
    }

    public static async Task<Results<Ok<WebhookBezorgingenLijst>, ValidationProblem, ProblemHttpResult>> BezorgingenAsync(int id, string? status, int? pagina,
        int? paginaGrootte, [AsParameters] ApiDiensten d)
    {
        if (await LaadAsync(id, d) is null)
        {
            return NietGevonden(id);
        }

        if (status is not (null or WebhookStatus.Wachtend or WebhookStatus.Bezorgd or WebhookStatus.Opgegeven))
        {
            return ApiProblems.Validatie(new Weigering("webhook.status-onbekend", "Status", "Kies status wachtend, bezorgd of opgegeven."));
        }

        var q = d.Db.WebhookBezorgingen.AsNoTracking().Where(b => b.WebhookId == id && (status == null || b.Status == status));
        var (p, grootte) = ApiPaging.Normaliseer(pagina, paginaGrootte);
        var totaal = await q.CountAsync(d.Ct);
        var lijst = await q.Include(b => b.PogingenLog).OrderByDescending(b => b.Id).Skip((p - 1) * grootte).Take(grootte).AsSplitQuery().ToListAsync(d.Ct);
        return TypedResults.Ok(new WebhookBezorgingenLijst([.. lijst.Select(Bezorging)], totaal, p, grootte));
    }

    public static WebhookBezorgingModel Bezorging(WebhookBezorging b) => new(b.Id, b.Sleutel, b.Soort, b.Moment.ToUniversalTime(), b.Status, b.Pogingen,
        b.Status == WebhookStatus.Wachtend ? b.VolgendePoging.ToUniversalTime() : null, b.BezorgdOp?.ToUniversalTime(), b.Inhoud,
        [.. b.PogingenLog.OrderBy(p => p.Id).Select(p => new WebhookPogingModel(p.Moment.ToUniversalTime(), p.Statuscode, p.Fout, p.DuurMs))]);

    /// <summary>The webhook when it is of a region where this user manages the links; null (404) otherwise.</summary>
    private static async Task<Webhook?> LaadAsync(int id, ApiDiensten d) =>
        await d.Db.Webhooks.AsNoTracking().SingleOrDefaultAsync(w => w.Id == id, d.Ct) is { } w && await d.InRegioAsync(w.RegioId) ? w : null;

    private static async Task<List<WebhookModel>> ModellenAsync(IReadOnlyList<Webhook> webhooks, ApiDiensten d)
    {
        var telling = await WebhookTelling.VoorAsync(d.Db, [.. webhooks.Select(w => w.Id)], d.Ct);
        var regios = await d.Db.Regios.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Code, d.Ct);
        return [.. webhooks.Select(w => new WebhookModel(w.Id, regios[w.RegioId], w.Url, w.SoortenLijst, w.Omschrijving, w.AangemaaktOp.ToUniversalTime(), w.AangemaaktDoor,
            w.VerwijderdOp?.ToUniversalTime(), telling(w.Id).Bezorgd, telling(w.Id).Wachtend, telling(w.Id).Opgegeven, null))];
    }

    private static ProblemHttpResult NietGevonden(int id) => NietGevonden($"Er is geen webhook {id} van een regio waarvan u de koppelingen beheert.");

    private static ProblemHttpResult NietGevonden(string uitleg) => TypedResults.Problem(uitleg, statusCode: StatusCodes.Status404NotFound, title: "Niet gevonden");
}
