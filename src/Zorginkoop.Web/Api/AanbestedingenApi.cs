using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Accounts;
using Zorginkoop.Catalogus;
using Zorginkoop.Data;

using Zorginkoop.Web.Infrastructure;

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

        groep.MapGet("", async Task<Results<Ok<AanbestedingenLijst>, ValidationProblem>> (string? regio, string? domein, string? status, bool? openVoorInschrijving,
            int? pagina, int? paginaGrootte, ZorginkoopDbContext db, HttpContext http, IAuthorizationService autorisatie, CancellationToken ct) =>
        {
            // The query takes the status as the JSON shows it (camelCase, "inschrijvingGesloten"), in any case.
            AanbestedingStatus? gekozen = null;
            if (!string.IsNullOrEmpty(status))
            {
                if (!Enum.TryParse<AanbestedingStatus>(status, ignoreCase: true, out var s) || !Enum.IsDefined(s) || int.TryParse(status, out _))
                {
                    return ApiFouten.Validatie(new Melding("Status", $"Onbekende status '{status}'. Kies uit: {string.Join(", ", Enum.GetValues<AanbestedingStatus>().Select(JsonNaam))}."));
                }

                gekozen = s;
            }

            await AanbestedingAanpassen.BijwerkenAllesAsync(db, http.Aankomst(), ct);
            var medewerker = await IsMedewerkerAsync(http, autorisatie);
            if (gekozen == AanbestedingStatus.Concept && !medewerker)
            {
                gekozen = null;
            }

            Domein? d = DomeinCodes.TryParse(domein, out var x) ? x : null;
            var q = AanbestedingFilter.Pas(Zichtbaar(db, medewerker), regio, d, gekozen, openVoorInschrijving == true);
            var (p, grootte) = ApiPaginering.Normaliseer(pagina, paginaGrootte);
            var totaal = await q.CountAsync(ct);
            var lijst = await q.Include(a => a.Regio).OrderByDescending(a => a.Publicatiedatum).ThenBy(a => a.Id)
                .Skip((p - 1) * grootte).Take(grootte).ToListAsync(ct);
            return TypedResults.Ok(new AanbestedingenLijst(lijst.Select(AanbestedingSamenvatting.Van).ToList(), totaal, p, grootte));
        })
        .AllowAnonymous()
        .WithSummary("Aanbestedingen, met filters en paginering")
        .WithDescription("Filters: regio (code, zoals lekstroom), domein (jeugd of wmo), status (zoals gepubliceerd, inschrijvingGesloten, " +
            "lopendContract; concept alleen voor medewerkers), openVoorInschrijving. paginaGrootte ten hoogste 100.");

        groep.MapGet("/{id:int}", async Task<Results<Ok<AanbestedingDetail>, ProblemHttpResult>> (int id, ZorginkoopDbContext db,
            HttpContext http, IAuthorizationService autorisatie, CancellationToken ct) =>
        {
            var medewerker = await IsMedewerkerAsync(http, autorisatie);
            var a = await LaadAsync(db, id, medewerker, http.Aankomst(), ct);
            return a is null ? NietGevonden(id) : TypedResults.Ok(await DetailAsync(db, a, medewerker, ct));
        })
        .AllowAnonymous()
        .WithSummary("Eén aanbesteding met percelen, documenten, rectificaties en verloop")
        .ProducesProblem(StatusCodes.Status404NotFound);

        var beheer = groep.MapGroup("").RequireAuthorization(Beleid.AanbestedingenBeheren)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        beheer.MapPost("", async Task<Results<Created<AanbestedingDetail>, ValidationProblem>> (AanbestedingInvoerModel invoer, ZorginkoopDbContext db,
            CancellationToken ct) =>
        {
            var regio = await db.Regios.SingleOrDefaultAsync(r => r.Code == invoer.Regio, ct);
            if (regio is null)
            {
                return ApiFouten.Validatie(new Melding("Regio", "Geef de code van een bestaande regio, zoals lekstroom."));
            }

            var (a, meldingen) = await AanbestedingWijzigen.MaakAsync(db, regio.Id, invoer.NaarVoorwaarden(), ct);
            if (a is null)
            {
                return ApiFouten.Validatie(AlsVeldenVanInvoer(meldingen));
            }

            return TypedResults.Created($"{ApiRegistratie.Basis}/aanbestedingen/{a.Id}", await DetailAsync(db, (await LaadAsync(db, a.Id, true, null, ct))!, true, ct));
        })
        .WithSummary("Een aanbesteding aanmaken (als concept)");

        beheer.MapPut("/{id:int}", async Task<Results<Ok<AanbestedingDetail>, ValidationProblem, ProblemHttpResult>> (int id, AanbestedingInvoerModel invoer,
            ZorginkoopDbContext db, HttpContext http, CancellationToken ct) =>
        {
            var a = await LaadAsync(db, id, true, http.Aankomst(), ct);
            if (a is null)
            {
                return NietGevonden(id);
            }

            var meldingen = await AanbestedingWijzigen.WijzigAsync(db, a, invoer.NaarVoorwaarden(), invoer.Reden, Wie(http), http.Aankomst(), ct);
            return meldingen.Count > 0 ? ApiFouten.Validatie(AlsVeldenVanInvoer(meldingen)) : TypedResults.Ok(await DetailAsync(db, a, true, ct));
        })
        .WithSummary("De voorwaarden wijzigen; na publicatie met reden, als genummerde rectificatie");

        beheer.MapPost("/{id:int}/percelen", async Task<Results<Created<AanbestedingDetail>, ValidationProblem, ProblemHttpResult>> (int id, PerceelInvoerModel invoer,
            ZorginkoopDbContext db, HttpContext http, CancellationToken ct) =>
        {
            var a = await LaadAsync(db, id, true, http.Aankomst(), ct);
            if (a is null)
            {
                return NietGevonden(id);
            }

            var segmentId = invoer.Segment is null ? null : await db.Segmenten.Where(s => s.RegioId == a.RegioId && s.Code == invoer.Segment).Select(s => (int?)s.Id).SingleOrDefaultAsync(ct);
            var productId = invoer.Productcode is null ? null : await db.Producten.Where(p => p.RegioId == a.RegioId && p.Code == invoer.Productcode).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
            if ((invoer.Segment is not null && segmentId is null) || (invoer.Productcode is not null && productId is null))
            {
                return ApiFouten.Validatie(new Melding(invoer.Segment is not null ? "Segment" : "Productcode", "Onbekend in de regio van deze aanbesteding."));
            }

            var fout = await Percelen.VoegToeAsync(db, a, segmentId, productId, invoer.Naam, ct);
            return fout is not null
                ? ApiFouten.Validatie(new Melding("Perceel", fout))
                : TypedResults.Created($"{ApiRegistratie.Basis}/aanbestedingen/{id}", await DetailAsync(db, a, true, ct));
        })
        .WithSummary("Een perceel toevoegen (alleen bij een concept)");

        Stap(beheer, "_publiceren", Gebeurtenis.Publiceren, "Publiceren");
        Stap(beheer, "_schorsen", Gebeurtenis.Schorsen, "Schorsen (met reden)");
        Stap(beheer, "_hervatten", Gebeurtenis.Hervatten, "Hervatten na schorsing");
        Stap(beheer, "_beoordeling-starten", Gebeurtenis.BeoordelingStarten, "De beoordeling starten (na het sluiten van de inschrijving)");
        Stap(beheer, "_voorlopig-gunnen", Gebeurtenis.VoorlopigGunnen, "Voorlopig gunnen; de opschortingstermijn begint");
        Stap(beheer, "_definitief-gunnen", Gebeurtenis.DefinitiefGunnen, "Definitief gunnen (na de opschortingstermijn)");
        Stap(beheer, "_contract-starten", Gebeurtenis.ContractStarten, "Het contract laten ingaan (vanaf de ingangsdatum)");
        Stap(beheer, "_intrekken", Gebeurtenis.Intrekken, "Intrekken (met reden, vóór de definitieve gunning)");

        beheer.MapPost("/{id:int}/_deadline-uitstellen", (int id, UitstelDeadlineModel invoer, ZorginkoopDbContext db, HttpContext http, CancellationToken ct) =>
            PasToeAsync(db, id, new Verzoek(Gebeurtenis.DeadlineUitstellen, invoer.Reden, NieuwSluitingsmoment: invoer.NieuwSluitingsmoment), http, ct))
            .WithSummary("De uiterste inschrijfdatum uitstellen (met reden; een verstreken datum verandert niet)");
        beheer.MapPost("/{id:int}/_contractstart-uitstellen", (int id, UitstelContractstartModel invoer, ZorginkoopDbContext db, HttpContext http, CancellationToken ct) =>
            PasToeAsync(db, id, new Verzoek(Gebeurtenis.ContractstartUitstellen, invoer.Reden, NieuweContractStart: invoer.NieuweContractStart), http, ct))
            .WithSummary("De ingangsdatum van het contract uitstellen (met reden)");

        beheer.MapPost("/{id:int}/_heropenen", async Task<Results<Created<AanbestedingDetail>, ProblemHttpResult>> (int id, HeropenenModel invoer,
            ZorginkoopDbContext db, HttpContext http, CancellationToken ct) =>
        {
            var a = await LaadAsync(db, id, true, http.Aankomst(), ct);
            if (a is null)
            {
                return NietGevonden(id);
            }

            var codes = invoer.Productcodes ?? [];
            var ids = await db.Producten.Where(p => p.RegioId == a.RegioId && codes.Contains(p.Code)).Select(p => p.Id).ToListAsync(ct);
            var (vervolg, weigering) = await Heropenen.StartAsync(db, a, ids, invoer.Naam, invoer.Reden, ct);
            return vervolg is null
                ? ApiFouten.Geweigerd(weigering!)
                : TypedResults.Created($"{ApiRegistratie.Basis}/aanbestedingen/{vervolg.Id}", await DetailAsync(db, (await LaadAsync(db, vervolg.Id, true, null, ct))!, true, ct));
        })
        .WithSummary("Producten opnieuw openzetten in een nieuwe aanbesteding (na de definitieve gunning)")
        .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static void Stap(RouteGroupBuilder beheer, string operatie, Gebeurtenis gebeurtenis, string samenvatting) =>
        beheer.MapPost($"/{{id:int}}/{operatie}", (int id, StapInvoerModel? invoer, ZorginkoopDbContext db, HttpContext http, CancellationToken ct) =>
            PasToeAsync(db, id, new Verzoek(gebeurtenis, invoer?.Reden), http, ct))
            .WithSummary(samenvatting);

    private static async Task<Results<Ok<AanbestedingDetail>, ProblemHttpResult>> PasToeAsync(ZorginkoopDbContext db, int id, Verzoek verzoek,
        HttpContext http, CancellationToken ct)
    {
        var a = await LaadAsync(db, id, true, http.Aankomst(), ct);
        if (a is null)
        {
            return NietGevonden(id);
        }

        var weigering = await AanbestedingAanpassen.PasToeAsync(db, a, verzoek, Wie(http), http.Aankomst(), ct);
        return weigering is null ? TypedResults.Ok(await DetailAsync(db, a, true, ct)) : ApiFouten.Geweigerd(weigering);
    }

    /// <summary>The rules name the domain's fields; the request body calls the kind of procedure <c>procedurevorm</c>.</summary>
    private static IEnumerable<Melding> AlsVeldenVanInvoer(IEnumerable<Melding> meldingen) =>
        meldingen.Select(m => m.Veld == nameof(Voorwaarden.Vorm) ? m with { Veld = nameof(AanbestedingInvoerModel.Procedurevorm) } : m);

    private static string JsonNaam(AanbestedingStatus s) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(s.ToString());

    private static string Wie(HttpContext http) => http.User.Identity?.Name ?? "onbekend";

    private static async Task<bool> IsMedewerkerAsync(HttpContext http, IAuthorizationService autorisatie) =>
        (await autorisatie.AuthorizeAsync(http.User, Beleid.Medewerker)).Succeeded;

    private static IQueryable<Aanbesteding> Zichtbaar(ZorginkoopDbContext db, bool medewerker) =>
        medewerker ? db.Aanbestedingen : db.Aanbestedingen.Where(a => a.Status != AanbestedingStatus.Concept);

    /// <param name="nu">When given, the deadline is brought up to date first (every read does).</param>
    private static async Task<Aanbesteding?> LaadAsync(ZorginkoopDbContext db, int id, bool medewerker, DateTimeOffset? nu, CancellationToken ct)
    {
        var a = await Zichtbaar(db, medewerker).Include(x => x.Regio).Include(x => x.Overgangen)
            .Include(x => x.Percelen).ThenInclude(p => p.Segment).Include(x => x.Percelen).ThenInclude(p => p.Product)
            .AsSplitQuery().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (a is not null && nu is { } moment && AanbestedingAanpassen.Bijwerken(a, moment))
        {
            await db.SaveChangesAsync(ct);
        }

        return a;
    }

    private static async Task<AanbestedingDetail> DetailAsync(ZorginkoopDbContext db, Aanbesteding a, bool medewerker, CancellationToken ct)
    {
        var documenten = await db.Documenten.AsNoTracking().Where(d => d.AanbestedingId == a.Id && d.Ingetrokken == null).OrderBy(d => d.Id).ToListAsync(ct);
        var rectificaties = await db.Rectificaties.AsNoTracking().Where(r => r.AanbestedingId == a.Id).OrderBy(r => r.Nummer).ToListAsync(ct);
        var heropeningen = await Zichtbaar(db, medewerker).Where(x => x.HeropeningVanId == a.Id).OrderBy(x => x.Id).Select(x => x.Id).ToListAsync(ct);
        var i = a.Instellingen;
        return new AanbestedingDetail(a.Id, a.Naam, a.Regio?.Code ?? "", a.Vorm, a.Status, a.Status.Naam(), a.Omschrijving, a.TenderNedKenmerk,
            a.InkooptrajectId, a.HeropeningVanId, heropeningen, new InstellingenModel(i.TussentijdsToetreden, i.Rangschikking, i.MaxGunningenPerPerceel, i.StandstillDagen),
            a.Publicatiedatum, a.VragenDeadline?.ToUniversalTime(), a.Sluitingsmoment?.ToUniversalTime(), a.GeplandeGunning, a.ContractStart, a.ContractEinde,
            a.Verlengingsopties, a.StandstillEinde?.ToUniversalTime(),
            a.Percelen.OrderBy(p => p.Nummer).Select(p => new PerceelModel(p.Nummer, p.Naam, p.Segment?.Code, p.Product?.Code)).ToList(),
            documenten.Select(DocumentModel.Van).ToList(),
            rectificaties.Select(r => new RectificatieModel(r.Nummer, r.Moment.ToUniversalTime(), r.Reden, r.Wijzigingen)).ToList(),
            a.Overgangen.OrderBy(o => o.Moment).ThenBy(o => o.Id)
                .Select(o => new StapModel(o.Gebeurtenis, o.Van, o.Naar, o.Moment.ToUniversalTime(), o.Reden, medewerker ? o.Wie : null)).ToList());
    }

    private static ProblemHttpResult NietGevonden(int id) =>
        TypedResults.Problem($"Er is geen (openbare) aanbesteding met nummer {id}.", statusCode: StatusCodes.Status404NotFound, title: "Niet gevonden");
}
