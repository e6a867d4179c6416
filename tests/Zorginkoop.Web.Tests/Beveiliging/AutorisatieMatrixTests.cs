using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zorginkoop.Data;
using Zorginkoop.Web.Tests.Infrastructure;

namespace Zorginkoop.Web.Tests.Beveiliging;

/// <summary>Who may reach an endpoint. Each level names the policy (src/Zorginkoop.Web/Accounts/AccountRegistration.cs) that guards it.</summary>
public enum Toegang
{
    /// <summary>Anyone, without logging in ([AllowAnonymous]; what it shows may still depend on the user).</summary>
    Openbaar,

    /// <summary>Anyone logged in, employee or provider ([Authorize] without a policy).</summary>
    Ingelogd,

    /// <summary>Any employee: policies Medewerker and MonitorExact.</summary>
    Medewerker,

    /// <summary>Policy ZorgdataImporteren: inkoper, analist, beheerder.</summary>
    Zorgdata,

    /// <summary>Policies AanbestedingenBeheren and KoppelingenBeheren: inkoper, beheerder.</summary>
    Beheer,

    /// <summary>Policy CatalogusBeheren: inkoper, contractmanager, beheerder.</summary>
    Catalogus,

    /// <summary>Policy Aanbieder: a provider's employee bound to a provider; no employee, not even a beheerder.</summary>
    Aanbieder,

    /// <summary>Policy KluisLezen: inkoper, beoordelaar, beheerder (what they read still waits for the opening).</summary>
    KluisLezen,

    /// <summary>Policy AccountsBeheren: beheerder (of the region), systeembeheerder.</summary>
    Accounts,

    /// <summary>Policy AanbiederAccountsBeheren: a provider's beheerder (aanbiederbeheerder with a bound provider); no employee.</summary>
    AanbiederBeheer,
}

/// <summary>
/// The hand-kept authorisation table: every endpoint of the app (method and route pattern) with the access it should
/// have. A new endpoint fails <see cref="AutorisatieMatrixTests{TApp}"/> until it is listed here, so its access is
/// decided on purpose. Razor Pages take GET and POST (the handlers decide what a POST does).
/// </summary>
public static class Autorisatietabel
{
    public sealed record Regel(string Methode, string Patroon, Toegang Toegang);

    private static IEnumerable<Regel> Pagina(string patroon, Toegang toegang) => Pagina(patroon, toegang, toegang);

    private static IEnumerable<Regel> Pagina(string patroon, Toegang get, Toegang post) => [new("GET", patroon, get), new("POST", patroon, post)];

    public static readonly IReadOnlyList<Regel> Regels =
    [
        // Infrastructure
        .. Pagina("/health", Toegang.Openbaar),
        .. Pagina("/audit/anker", Toegang.Openbaar),
        new("GET", "/api/v1/openapi.json", Toegang.Openbaar),

        // General pages and accounts
        .. Pagina("/", Toegang.Openbaar),
        .. Pagina("/Index", Toegang.Openbaar),
        .. Pagina("/fout/{code:int?}", Toegang.Openbaar),
        .. Pagina("/toegankelijkheid", Toegang.Openbaar),
        .. Pagina("/inloggen", Toegang.Openbaar),
        .. Pagina("/uitloggen", Toegang.Openbaar),
        .. Pagina("/geen-toegang", Toegang.Openbaar),
        .. Pagina("/account", Toegang.Ingelogd),
        .. Pagina("/werk", Toegang.Ingelogd),
        .. Pagina("/werk/postvak", Toegang.Ingelogd),
        .. Pagina("/werk/instellingen", Toegang.Ingelogd),
        .. Pagina("/zoeken", Toegang.Openbaar),
        new("GET", "/api/v1/zoeken", Toegang.Openbaar),
        new("GET", "/api/v1/regios", Toegang.Openbaar),
        new("GET", "/api/v1/regios/{code}", Toegang.Openbaar),
        new("GET", "/api/v1/gemeenten", Toegang.Openbaar),
        new("GET", "/api/v1/producten", Toegang.Openbaar),
        new("GET", "/api/v1/producten/{regio}/{code}", Toegang.Openbaar),
        new("GET", "/api/v1/zorgaanbieders", Toegang.Openbaar),
        new("GET", "/api/v1/zorgaanbieders/{id:int}", Toegang.Openbaar),
        new("GET", "/api/v1/monitor", Toegang.Openbaar),
        new("GET", "/api/v1/monitor/dekking", Toegang.Medewerker),
        new("GET", "/api/v1/monitor/budget", Toegang.Medewerker),
        new("GET", "/api/v1/zorgdata/importruns", Toegang.Zorgdata),
        new("GET", "/api/v1/zorgdata/importruns/{id:int}", Toegang.Zorgdata),
        new("POST", "/api/v1/zorgdata/importruns", Toegang.Zorgdata),
        new("PUT", "/api/v1/producten/{regio}/{code}", Toegang.Catalogus),
        new("PUT", "/api/v1/producten/{regio}/{code}/tarieven/{ingang}", Toegang.Catalogus),
        new("GET", "/api/v1/zorgdata/importopdrachten/{opdracht:guid}", Toegang.Zorgdata),
        new("GET", "/api/v1/gecontracteerd", Toegang.Openbaar),
        new("GET", "/api/v1/gecontracteerd.csv", Toegang.Openbaar),
        new("GET", "/api/v1/contracten", Toegang.Medewerker),
        new("GET", "/api/v1/contracten/{id:int}", Toegang.Medewerker),
        new("GET", "/api/v1/webhooks", Toegang.Beheer),
        new("POST", "/api/v1/webhooks", Toegang.Beheer),
        new("GET", "/api/v1/webhooks/{id:int}", Toegang.Beheer),
        new("DELETE", "/api/v1/webhooks/{id:int}", Toegang.Beheer),
        new("POST", "/api/v1/webhooks/{id:int}/geheim/_vernieuwen", Toegang.Beheer),
        new("POST", "/api/v1/webhooks/{id:int}/_testen", Toegang.Beheer),
        new("GET", "/api/v1/webhooks/{id:int}/bezorgingen", Toegang.Beheer),
        .. Pagina("/koppelingen/webhooks", Toegang.Beheer),
        .. Pagina("/koppelingen/webhooks/{id:int}", Toegang.Beheer),
        .. Pagina("/account/wachtwoord", Toegang.Ingelogd),
        .. Pagina("/account/wachtwoord-vergeten", Toegang.Openbaar),
        .. Pagina("/account/tweestaps", Toegang.Ingelogd),
        .. Pagina("/inloggen/tweestaps", Toegang.Openbaar),
        .. Pagina("/account/wachtwoord-herstellen", Toegang.Openbaar),
        .. Pagina("/account/uitnodiging/{geheim}", Toegang.Openbaar),
        .. Pagina("/beheer/accounts", Toegang.Accounts),
        .. Pagina("/beheer/accounts/uitnodigen", Toegang.Accounts),
        .. Pagina("/beheer/accounts/{id}", Toegang.Accounts),
        new("POST", "/api/v1/account/_inloggen", Toegang.Openbaar),
        new("POST", "/api/v1/account/_vernieuwen", Toegang.Openbaar),
        new("GET", "/inloggen/extern/{schema}", Toegang.Openbaar),
        new("GET", "/inloggen/extern/klaar", Toegang.Openbaar),
        new("GET", "/inloggen/extern/{schema}/onbereikbaar", Toegang.Openbaar),

        // Catalogue and provider register
        .. Pagina("/catalogus", Toegang.Openbaar),
        .. Pagina("/catalogus/{regio}", Toegang.Openbaar),
        .. Pagina("/catalogus/{regio}/producten/{id:int}", Toegang.Openbaar),
        new("GET", "/catalogus/{regio}/export.csv", Toegang.Openbaar),
        new("GET", "/catalogus/{regio}/thema.css", Toegang.Openbaar),
        new("GET", "/catalogus/{regio}/logo", Toegang.Openbaar),
        .. Pagina("/catalogus/nieuwe-regio", Toegang.Catalogus),
        .. Pagina("/catalogus/{regio}/bewerken", Toegang.Catalogus),
        .. Pagina("/catalogus/{regio}/huisstijl", Toegang.Catalogus),
        .. Pagina("/catalogus/{regio}/import", Toegang.Catalogus),
        .. Pagina("/catalogus/{regio}/producten/nieuw", Toegang.Catalogus),
        .. Pagina("/catalogus/{regio}/producten/{id:int}/bewerken", Toegang.Catalogus),
        .. Pagina("/catalogus/{regio}/segmenten/nieuw", Toegang.Catalogus),
        .. Pagina("/catalogus/{regio}/segmenten/{id:int}/bewerken", Toegang.Catalogus),
        .. Pagina("/catalogus/{regio}/producten/{productId:int}/tarieven/nieuw", Toegang.Catalogus),
        .. Pagina("/catalogus/{regio}/producten/{productId:int}/tarieven/{tariefId:int}/bewerken", Toegang.Catalogus),
        .. Pagina("/zorgaanbieders", Toegang.Openbaar),
        .. Pagina("/zorgaanbieders/{id:int}", Toegang.Openbaar),
        .. Pagina("/zorgaanbieders/nieuw", Toegang.Catalogus),
        .. Pagina("/zorgaanbieders/{id:int}/bewerken", Toegang.Catalogus),

        // Monitor and care data
        .. Pagina("/monitor", Toegang.Openbaar),
        new("GET", "/monitor/export.{formaat:regex(^(csv|xlsx)$)}", Toegang.Openbaar),
        .. Pagina("/monitor/budget", Toegang.Medewerker),
        .. Pagina("/monitor/dekking", Toegang.Medewerker),
        .. Pagina("/zorgdata", Toegang.Zorgdata),
        .. Pagina("/zorgdata/import/{id:guid}", Toegang.Zorgdata),
        new("POST", "/zorgdata/import", Toegang.Zorgdata),

        // Trajectories
        .. Pagina("/inkooptrajecten", Toegang.Openbaar),
        .. Pagina("/inkooptrajecten/{id:int}", Toegang.Openbaar),
        new("GET", "/inkooptrajecten/feed.atom", Toegang.Openbaar),
        new("GET", "/inkooptrajecten/{id:int}/feed.atom", Toegang.Openbaar),
        .. Pagina("/inkooptrajecten/nieuw", Toegang.Beheer),
        .. Pagina("/inkooptrajecten/{id:int}/bewerken", Toegang.Beheer),
        .. Pagina("/inkooptrajecten/{id:int}/deelnemers", Toegang.Beheer),
        .. Pagina("/inkooptrajecten/{id:int}/fasen/{nummer:int}/bewerken", Toegang.Beheer),
        .. Pagina("/inkooptrajecten/{id:int}/updates/nieuw", Toegang.Beheer),
        .. Pagina("/inkooptrajecten/{id:int}/updates/{berichtId:int}/bewerken", Toegang.Beheer),
        .. Pagina("/inkooptrajecten/{id:int}/bijeenkomsten/nieuw", Toegang.Beheer),
        .. Pagina("/inkooptrajecten/{id:int}/bijeenkomsten/{bijeenkomstId:int}/bewerken", Toegang.Beheer),
        .. Pagina("/inkooptrajecten/{id:int}/documenten", Toegang.Beheer),
        new("GET", "/api/v1/inkooptrajecten", Toegang.Openbaar),
        new("GET", "/api/v1/inkooptrajecten/{id:int}", Toegang.Openbaar),
        new("POST", "/api/v1/inkooptrajecten", Toegang.Beheer),
        new("PUT", "/api/v1/inkooptrajecten/{id:int}/fasen/{nummer:int}", Toegang.Beheer),
        new("POST", "/api/v1/inkooptrajecten/{id:int}/updates", Toegang.Beheer),

        // Procedures (the public page's POST runs a lifecycle step: the handler checks the policy itself)
        .. Pagina("/aanbestedingen", Toegang.Openbaar),
        .. Pagina("/aanbestedingen/{id:int}", Toegang.Openbaar, Toegang.Beheer),
        .. Pagina("/aanbestedingen/nieuw", Toegang.Beheer),
        .. Pagina("/aanbestedingen/{id:int}/bewerken", Toegang.Beheer),
        .. Pagina("/aanbestedingen/{id:int}/percelen", Toegang.Beheer),
        .. Pagina("/aanbestedingen/{id:int}/deelnemers", Toegang.Beheer),
        .. Pagina("/aanbestedingen/{id:int}/documenten", Toegang.Beheer),
        .. Pagina("/aanbestedingen/{id:int}/uitstellen", Toegang.Beheer),
        .. Pagina("/aanbestedingen/{id:int}/heropenen", Toegang.Beheer),
        .. Pagina("/aanbestedingen/{id:int}/eisen", Toegang.Beheer),

        // Bids and the vault (KluisLekTests checks what each role reads there, before and after deadline and opening)
        .. Pagina("/aanbestedingen/{id:int}/kluis", Toegang.KluisLezen),

        // Gunning en contracten: assessment for assessors and officers; decisions and letters for employees (the
        // officer's steps are checked again in their handlers); a provider reads only its own letter.
        .. Pagina("/aanbestedingen/{id:int}/criteria", Toegang.Beheer),
        .. Pagina("/aanbestedingen/{id:int}/beoordeling", Toegang.KluisLezen),
        .. Pagina("/aanbestedingen/{id:int}/beoordeling/{inschrijvingId:int}", Toegang.KluisLezen),
        .. Pagina("/aanbestedingen/{id:int}/gunning", Toegang.Medewerker),
        .. Pagina("/aanbestedingen/{id:int}/gunning/brieven/{zorgaanbiederId:int}", Toegang.Medewerker),
        .. Pagina("/mijn/gunningsbrieven/{id:int}", Toegang.Aanbieder),
        .. Pagina("/mijn/herstel/{id:int}", Toegang.Aanbieder),
        .. Pagina("/aanbestedingen/{id:int}/aanmelden", Toegang.Aanbieder),
        .. Pagina("/aanbestedingen/{id:int}/toelating", Toegang.Beheer),
        .. Pagina("/contracten", Toegang.Medewerker),
        .. Pagina("/contracten/{id:int}", Toegang.Medewerker),
        .. Pagina("/gecontracteerd", Toegang.Openbaar),
        new("GET", "/api/v1/ocds/releases", Toegang.Openbaar),
        new("GET", "/api/v1/ocds/records", Toegang.Openbaar),
        new("GET", "/api/v1/ocds/aanbestedingen/{id:int}/releases", Toegang.Openbaar),
        new("GET", "/api/v1/ocds/aanbestedingen/{id:int}/record", Toegang.Openbaar),
        .. Pagina("/aanbestedingen/{id:int}/inschrijving", Toegang.Aanbieder),
        .. Pagina("/mijn", Toegang.Aanbieder),
        .. Pagina("/mijn/accounts", Toegang.AanbiederBeheer),
        .. Pagina("/mijn/ontvangstbewijzen/{id:int}", Toegang.Aanbieder),
        .. Pagina("/mijn/ontvangstbewijs-controleren", Toegang.Aanbieder),

        // Questions and the Nota van Inlichtingen (the published rounds are public)
        .. Pagina("/aanbestedingen/{id:int}/vragen", Toegang.Aanbieder),
        .. Pagina("/aanbestedingen/{id:int}/vragen/beheer", Toegang.Beheer),
        .. Pagina("/aanbestedingen/{id:int}/vragen/{vraagId:int}", Toegang.Beheer),
        .. Pagina("/aanbestedingen/{id:int}/nvi/{nummer:int}", Toegang.Openbaar),
        new("GET", "/documenten/{id:int}/{naam}", Toegang.Openbaar),
        new("GET", "/api/v1/aanbestedingen", Toegang.Openbaar),
        new("GET", "/api/v1/aanbestedingen/{id:int}", Toegang.Openbaar),
        new("POST", "/api/v1/aanbestedingen", Toegang.Beheer),
        new("PUT", "/api/v1/aanbestedingen/{id:int}", Toegang.Beheer),
        new("POST", "/api/v1/aanbestedingen/{id:int}/percelen", Toegang.Beheer),
        new("POST", "/api/v1/aanbestedingen/{id:int}/_publiceren", Toegang.Beheer),
        new("POST", "/api/v1/aanbestedingen/{id:int}/_schorsen", Toegang.Beheer),
        new("POST", "/api/v1/aanbestedingen/{id:int}/_hervatten", Toegang.Beheer),
        new("POST", "/api/v1/aanbestedingen/{id:int}/_beoordeling-starten", Toegang.Beheer),
        new("POST", "/api/v1/aanbestedingen/{id:int}/beoordeling/_starten", Toegang.Beheer),
        new("POST", "/api/v1/aanbestedingen/{id:int}/_voorlopig-gunnen", Toegang.Beheer),
        new("POST", "/api/v1/aanbestedingen/{id:int}/voorlopig/_gunnen", Toegang.Beheer),
        new("POST", "/api/v1/aanbestedingen/{id:int}/_definitief-gunnen", Toegang.Beheer),
        new("POST", "/api/v1/aanbestedingen/{id:int}/definitief/_gunnen", Toegang.Beheer),
        new("POST", "/api/v1/aanbestedingen/{id:int}/_contract-starten", Toegang.Beheer),
        new("POST", "/api/v1/aanbestedingen/{id:int}/contract/_starten", Toegang.Beheer),
        new("POST", "/api/v1/aanbestedingen/{id:int}/_intrekken", Toegang.Beheer),
        new("POST", "/api/v1/aanbestedingen/{id:int}/_deadline-uitstellen", Toegang.Beheer),
        new("POST", "/api/v1/aanbestedingen/{id:int}/deadline/_uitstellen", Toegang.Beheer),
        new("POST", "/api/v1/aanbestedingen/{id:int}/_contractstart-uitstellen", Toegang.Beheer),
        new("POST", "/api/v1/aanbestedingen/{id:int}/contractstart/_uitstellen", Toegang.Beheer),
        new("POST", "/api/v1/aanbestedingen/{id:int}/_heropenen", Toegang.Beheer),
    ];

    /// <summary>A demo role that the level does not admit, to knock with; null when every demo account is admitted.</summary>
    public static string? RolZonderToegang(Toegang toegang) => toegang switch
    {
        Toegang.Beheer or Toegang.Catalogus or Toegang.KluisLezen => "analist",
        Toegang.Accounts => "inkoper",
        Toegang.Zorgdata => "beoordelaar",
        Toegang.Aanbieder or Toegang.AanbiederBeheer => "beheerder",
        _ => null,
    };

    /// <summary>Every endpoint that is neither public nor for providers: a provider's account must be refused at each.</summary>
    public static TheoryData<string, string> VoorMedewerkers =>
        new(Regels.Where(r => r.Toegang is not (Toegang.Openbaar or Toegang.Aanbieder or Toegang.AanbiederBeheer or Toegang.Ingelogd)).Select(r => (r.Methode, r.Patroon)));

    public static TheoryData<string, string> NietOpenbaar =>
        new(Regels.Where(r => r.Toegang != Toegang.Openbaar).Select(r => (r.Methode, r.Patroon)));

    public static TheoryData<string, string> MetRolZonderToegang =>
        new(Regels.Where(r => RolZonderToegang(r.Toegang) is not null).Select(r => (r.Methode, r.Patroon)));

    /// <summary>Every change through the API that needs a login: each must refuse a login cookie without the antiforgery token.</summary>
    public static TheoryData<string, string> ApiWijzigingen =>
        new(Regels.Where(r => r.Patroon.StartsWith("/api/", StringComparison.Ordinal) && r.Methode != "GET" && r.Toegang != Toegang.Openbaar)
            .Select(r => (r.Methode, r.Patroon)));

    /// <summary>
    /// Every endpoint for employees that reaches one record of a region through its address (a procedure, a trajectory,
    /// a contract, a region's catalogue): an employee of another region must get 404 there, for reads and writes alike
    /// (decision record 0009). Left out: what belongs to no region (the provider register, imports, new records, whose
    /// region is chosen in the form and checked there).
    /// </summary>
    public static TheoryData<string, string> RegioGebonden =>
        new(Regels.Where(r => r.Toegang is Toegang.Medewerker or Toegang.Zorgdata or Toegang.Beheer or Toegang.Catalogus or Toegang.KluisLezen or Toegang.Accounts
                && (r.Patroon.Contains("{id", StringComparison.Ordinal) || r.Patroon.Contains("{regio}", StringComparison.Ordinal))
                && !r.Patroon.StartsWith("/zorgaanbieders", StringComparison.Ordinal) && !r.Patroon.StartsWith("/zorgdata", StringComparison.Ordinal)
                // The demo's only import run is Utrecht-West's; ZorgdataApiTests checks that Lekstroom's analist gets 404 on it.
                && !r.Patroon.StartsWith("/api/v1/zorgdata", StringComparison.Ordinal))
            .Select(r => (r.Methode, r.Patroon)));

    public static TheoryData<string> OpenbareGets =>
        new(Regels.Where(r => r.Toegang == Toegang.Openbaar && r.Methode == "GET").Select(r => r.Patroon));
}

public abstract class AutorisatieMatrixTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : ZorginkoopApp
{
    private static readonly string[] Productcodes = ["43B11"];

    /// <summary>"METHOD /pattern" for every endpoint the app maps; endpoints without methods (pages) as GET and POST.</summary>
    private List<string> Endpoints()
    {
        var bron = App.Services.GetRequiredService<EndpointDataSource>();
        return bron.Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e =>
            {
                var patroon = "/" + e.RoutePattern.RawText!.Trim('/');
                var methoden = e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"];
                return methoden.Select(m => $"{m} {patroon}");
            })
            .Distinct(StringComparer.Ordinal).ToList();
    }

    private static string Sleutel(Autorisatietabel.Regel r) => $"{r.Methode} {r.Patroon}";

    private static Toegang ToegangVan(string methode, string patroon) =>
        Autorisatietabel.Regels.Single(r => r.Methode == methode && r.Patroon == patroon).Toegang;

    /// <summary>The demo has no webhooks: one of Lekstroom's, made once for the addresses of the table.</summary>
    private static async Task<int> WebhookVanLekstroomAsync(ZorginkoopDbContext db)
    {
        var regio = await db.Regios.Where(r => r.Code == "lekstroom").Select(r => r.Id).SingleAsync(Ct);
        if (await db.Webhooks.Where(w => w.RegioId == regio && w.Url == "https://145.12.1.9/matrix").Select(w => (int?)w.Id).FirstOrDefaultAsync(Ct) is { } id)
        {
            return id;
        }

        var webhook = new Zorginkoop.Webhooks.Webhook
        {
            RegioId = regio,
            Url = "https://145.12.1.9/matrix",
            Soorten = Zorginkoop.Webhooks.WebhookSoort.ContractGestart,
            Geheim = new string('0', 64),
            AangemaaktDoor = "matrix",
            AangemaaktOp = ZorginkoopApp.Nu,
        };
        db.Webhooks.Add(webhook);
        await db.SaveChangesAsync(Ct);
        return webhook.Id;
    }

    /// <summary>The pattern with every parameter filled with a demo value (a published procedure, the demo trajectory ...).</summary>
    private async Task<string> PadAsync(string patroon)
    {
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ZorginkoopDbContext>();
        var traject = await db.Inkooptrajecten.Where(t => t.Naam == "Inkoop Jeugd Wmo 2022").Select(t => t.Id).SingleAsync(Ct);
        var aanbesteding = await db.Aanbestedingen.Where(a => a.Naam.StartsWith("Heropening 43B11")).Select(a => a.Id).SingleAsync(Ct);
        var product = await db.Producten.Where(p => p.Code == "43B11").Select(p => p.Id).SingleAsync(Ct);
        var document = await db.Documenten.Where(d => d.InkooptrajectId == traject).OrderBy(d => d.Id).FirstAsync(Ct);

        async Task<string> Waarde(string voor, string naam) => naam switch
        {
            "regio" => "lekstroom",
            "nummer" => "1",
            "formaat" => "csv",
            "code" => "404",
            "path" => "bestaat-niet",
            "naam" => Uri.EscapeDataString(document.Bestandsnaam),
            "productId" => product.ToString(CultureInfo.InvariantCulture),
            "tariefId" => (await db.Tarieven.Where(t => t.ProductId == product).Select(t => t.Id).FirstAsync(Ct)).ToString(CultureInfo.InvariantCulture),
            "berichtId" => (await db.Voortgangsberichten.Where(b => b.InkooptrajectId == traject).Select(b => b.Id).FirstAsync(Ct)).ToString(CultureInfo.InvariantCulture),
            "bijeenkomstId" => (await db.Bijeenkomsten.Where(b => b.InkooptrajectId == traject).Select(b => b.Id).FirstAsync(Ct)).ToString(CultureInfo.InvariantCulture),
            "id" when voor.EndsWith("/import", StringComparison.Ordinal) => Guid.NewGuid().ToString(),
            "id" when voor.EndsWith("/importruns", StringComparison.Ordinal) => "1",
            "id" when voor.Contains("aanbestedingen", StringComparison.Ordinal) => aanbesteding.ToString(CultureInfo.InvariantCulture),
            "opdracht" => Guid.NewGuid().ToString(),
            "ingang" => "2026-01-01",
            "schema" => "eherkenning",
            "geheim" => "onbekend",
            "id" when voor.EndsWith("/beheer/accounts", StringComparison.Ordinal) =>
                await db.Users.Where(u => u.Email == Zorginkoop.Web.Accounts.DemoAccounts.Email("inkoper", "lekstroom")).Select(u => u.Id).SingleAsync(Ct),
            "vraagId" => (await db.Vragen.Select(v => v.Id).FirstAsync(Ct)).ToString(CultureInfo.InvariantCulture),
            "id" when voor.EndsWith("/ontvangstbewijzen", StringComparison.Ordinal) =>
                (await db.Ontvangstbewijzen.Select(o => o.Id).FirstAsync(Ct)).ToString(CultureInfo.InvariantCulture),
            "id" when voor.Contains("inkooptrajecten", StringComparison.Ordinal) => traject.ToString(CultureInfo.InvariantCulture),
            "id" when voor.EndsWith("/producten", StringComparison.Ordinal) => product.ToString(CultureInfo.InvariantCulture),
            "id" when voor.EndsWith("/segmenten", StringComparison.Ordinal) =>
                (await db.Segmenten.Where(s => s.Regio!.Code == "lekstroom").Select(s => s.Id).FirstAsync(Ct)).ToString(CultureInfo.InvariantCulture),
            "id" when voor.EndsWith("/zorgaanbieders", StringComparison.Ordinal) =>
                (await db.Zorgaanbieders.Select(z => z.Id).FirstAsync(Ct)).ToString(CultureInfo.InvariantCulture),
            "id" when voor.EndsWith("/documenten", StringComparison.Ordinal) => document.Id.ToString(CultureInfo.InvariantCulture),
            "id" when voor.EndsWith("/webhooks", StringComparison.Ordinal) => (await WebhookVanLekstroomAsync(db)).ToString(CultureInfo.InvariantCulture),
            "inschrijvingId" => (await db.Inschrijvingen.Select(i => i.Id).FirstAsync(Ct)).ToString(CultureInfo.InvariantCulture),
            "zorgaanbiederId" => (await db.Zorgaanbieders.Select(z => z.Id).FirstAsync(Ct)).ToString(CultureInfo.InvariantCulture),
            "id" when voor.EndsWith("/contracten", StringComparison.Ordinal) =>
                (await db.Raamovereenkomsten.Where(c => c.Aanbesteding!.Regio!.Code == "lekstroom").Select(c => c.Id).FirstAsync(Ct)).ToString(CultureInfo.InvariantCulture),
            "id" when voor.EndsWith("/gunningsbrieven", StringComparison.Ordinal) => aanbesteding.ToString(CultureInfo.InvariantCulture),
            "id" when voor.EndsWith("/herstel", StringComparison.Ordinal) => ((await db.Herstelverzoeken.Select(h => (int?)h.Id).FirstOrDefaultAsync(Ct)) ?? 1).ToString(CultureInfo.InvariantCulture),
            _ => throw new InvalidOperationException($"Geen voorbeeldwaarde voor {{{naam}}} in {patroon}: vul {nameof(PadAsync)} aan."),
        };

        var pad = patroon;
        Match m;
        while ((m = Regex.Match(pad, "\\{\\*?([A-Za-z]+)[^{}]*\\}")).Success)
        {
            pad = pad[..m.Index] + await Waarde(pad[..m.Index].TrimEnd('/', '.'), m.Groups[1].Value) + pad[(m.Index + m.Length)..];
        }

        return pad;
    }

    /// <summary>The request a client that tries to change something would send: a form with its own valid token, or JSON.</summary>
    private async Task<HttpResponseMessage> StuurAsync(HttpClient client, string methode, string pad)
    {
        if (methode == "GET")
        {
            return await client.GetAsync(pad, Ct);
        }

        if (pad.StartsWith("/api/", StringComparison.Ordinal))
        {
            var inhoud = JsonContent.Create(new
            {
                regio = "lekstroom",
                naam = "Zonder recht",
                procedurevorm = "openbaarEuropees",
                jeugd = true,
                wmo = true,
                openbaar = true,
                sluitingsmoment = "2024-12-02T11:00:00Z",
                reden = "zonder recht",
                segment = "ambulant",
                status = "afgerond",
                van = "2021-11-01",
                tot = "2023-07-31",
                datum = "2023-07-31",
                titel = "Zonder recht",
                tekst = "Zonder recht",
                nieuwSluitingsmoment = "2024-12-09T11:00:00Z",
                nieuweContractStart = "2025-01-01",
                productcodes = Productcodes,
            });
            using var verzoek = new HttpRequestMessage(new HttpMethod(methode), pad) { Content = inhoud };
            return await client.SendAsync(verzoek, Ct);
        }

        var (_, formulier) = await GetAsync("/inloggen", client);
        return await client.PostAsync(pad, new FormUrlEncodedContent(Forms.Velden(
            ("__RequestVerificationToken", Inloggen.AntiforgeryToken(formulier)),
            ("Stap", "Intrekken"), ("Reden", "zonder recht"), ("Input.Naam", "Zonder recht"), ("Input.Code", "zonder-recht"),
            ("Input.Regio", "lekstroom"), ("Input.Jeugd", "true"), ("Input.Openbaar", "true"), ("Input.Reden", "zonder recht"),
            ("Input.Titel", "Zonder recht"), ("Input.Tekst", "Zonder recht"), ("Input.Datum", "2023-07-31"), ("Input.Status", "Afgerond"),
            ("Input.Van", "2021-11-01"), ("Input.Tot", "2023-07-31"), ("NieuweDeadline", "2024-12-02T12:00"), ("Naam", "Zonder recht"),
            ("ProductIds", "1"), ("SegmentId", "1"), ("DocumentId", "1"), ("IntrekkingsReden", "zonder recht"),
            ("Rollen", "beheerder"), ("Email", "zonder.recht@example.nl"))), Ct);
    }

    /// <summary>Everything a change leaves behind: every audited change writes an audit line; imports write runs.</summary>
    private async Task<string> StandAsync()
    {
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ZorginkoopDbContext>();
        var statussen = await db.Aanbestedingen.OrderBy(a => a.Id).Select(a => a.Id + ":" + a.Status).ToListAsync(Ct);
        return $"audit={await db.AuditRegels.CountAsync(Ct)} importruns={await db.Zorgdata.Importruns.CountAsync(Ct)} " +
            $"documenten={await db.Documenten.CountAsync(d => d.Ingetrokken == null, Ct)} aanbestedingen={string.Join(",", statussen)} " +
            $"inschrijvingen={await db.Inschrijvingen.CountAsync(Ct)} kluisopeningen={await db.KluisOpeningen.CountAsync(Ct)} " +
            $"vragen={await db.Vragen.CountAsync(Ct)} nvi={await db.NvIRondes.CountAsync(Ct)} criteria={await db.Criteria.CountAsync(Ct)} " +
            $"beoordelingen={await db.Beoordelingen.CountAsync(Ct)} besluiten={await db.Gunningsbesluiten.CountAsync(Ct)} bezwaren={await db.Bezwaren.CountAsync(Ct)} " +
            $"contracten={await db.Raamovereenkomsten.SumAsync(c => c.Versie, Ct)}/{await db.Raamovereenkomsten.CountAsync(Ct)} aanmeldingen={await db.Toelatingsaanvragen.CountAsync(Ct)} " +
            $"herstel={await db.Herstelverzoeken.CountAsync(Ct)} berichten={await db.Berichten.CountAsync(Ct)} uitnodigingen={await db.Uitnodigingen.CountAsync(Ct)}";
    }

    [Fact]
    public void Elk_endpoint_van_de_app_staat_in_de_autorisatietabel()
    {
        var tabel = Autorisatietabel.Regels.Select(Sleutel).ToHashSet(StringComparer.Ordinal);

        var ontbreekt = Endpoints().Where(e => !tabel.Contains(e)).Order(StringComparer.Ordinal).ToList();

        Assert.True(ontbreekt.Count == 0,
            "Deze endpoints staan niet in Autorisatietabel.Regels; beslis wie erbij mag en zet ze erin:\n" + string.Join("\n", ontbreekt));
    }

    [Fact]
    public void Elke_regel_van_de_autorisatietabel_heeft_een_endpoint()
    {
        var endpoints = Endpoints().ToHashSet(StringComparer.Ordinal);

        var teVeel = Autorisatietabel.Regels.Select(Sleutel).Where(r => !endpoints.Contains(r)).ToList();

        Assert.True(teVeel.Count == 0, "Deze regels van Autorisatietabel.Regels hebben geen endpoint (meer):\n" + string.Join("\n", teVeel));
    }

    [Fact]
    public void De_autorisatietabel_noemt_elk_endpoint_een_keer()
    {
        var dubbel = Autorisatietabel.Regels.GroupBy(Sleutel).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

        Assert.Empty(dubbel);
    }

    [Theory]
    [MemberData(nameof(Autorisatietabel.NietOpenbaar), MemberType = typeof(Autorisatietabel))]
    public async Task Anoniem_komt_niet_bij_een_afgeschermd_endpoint(string methode, string patroon)
    {
        var pad = await PadAsync(patroon);
        var voor = await StandAsync();

        using var antwoord = await StuurAsync(App.NieuweClient(), methode, pad);

        var status = (int)antwoord.StatusCode;
        var locatie = antwoord.Headers.Location?.OriginalString ?? "";
        if (pad.StartsWith("/api/", StringComparison.Ordinal))
        {
            Assert.True(antwoord.StatusCode == HttpStatusCode.Unauthorized, $"{methode} {pad}: {status}");
            Assert.Equal("application/problem+json", ApiHelpers.MediaType(antwoord));
        }
        else
        {
            Assert.True(
                (antwoord.StatusCode == HttpStatusCode.Redirect && locatie.StartsWith("http://localhost/inloggen?ReturnUrl=", StringComparison.Ordinal))
                || antwoord.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.NotFound,
                $"{methode} {pad}: {status} {locatie}");
        }

        Assert.Equal(voor, await StandAsync());
    }

    [Theory]
    [MemberData(nameof(Autorisatietabel.MetRolZonderToegang), MemberType = typeof(Autorisatietabel))]
    public async Task Een_rol_zonder_recht_komt_niet_bij_een_afgeschermd_endpoint(string methode, string patroon)
    {
        var rol = Autorisatietabel.RolZonderToegang(ToegangVan(methode, patroon))!;
        var pad = await PadAsync(patroon);
        using var client = pad.StartsWith("/api/", StringComparison.Ordinal) ? await ApiHelpers.AlsAsync(App, rol) : await Inloggen.AlsAsync(App, rol);
        var voor = await StandAsync();

        using var antwoord = await StuurAsync(client, methode, pad);

        var status = (int)antwoord.StatusCode;
        var locatie = antwoord.Headers.Location?.OriginalString ?? "";
        if (pad.StartsWith("/api/", StringComparison.Ordinal))
        {
            Assert.True(antwoord.StatusCode == HttpStatusCode.Forbidden, $"{rol}: {methode} {pad}: {status}");
            Assert.Equal("application/problem+json", ApiHelpers.MediaType(antwoord));
        }
        else
        {
            Assert.True(
                (antwoord.StatusCode == HttpStatusCode.Redirect && locatie.StartsWith("http://localhost/geen-toegang", StringComparison.Ordinal))
                || antwoord.StatusCode == HttpStatusCode.Forbidden,
                $"{rol}: {methode} {pad}: {status} {locatie}");
        }

        Assert.Equal(voor, await StandAsync());
    }

    [Theory]
    [MemberData(nameof(Autorisatietabel.VoorMedewerkers), MemberType = typeof(Autorisatietabel))]
    public async Task Een_aanbieder_komt_niet_bij_een_endpoint_voor_medewerkers(string methode, string patroon)
    {
        var pad = await PadAsync(patroon);
        using var client = pad.StartsWith("/api/", StringComparison.Ordinal) ? await ApiHelpers.AlsAsync(App, "aanbieder") : await Inloggen.AlsAsync(App, "aanbieder");
        var voor = await StandAsync();

        using var antwoord = await StuurAsync(client, methode, pad);

        var locatie = antwoord.Headers.Location?.OriginalString ?? "";
        Assert.True(
            antwoord.StatusCode == HttpStatusCode.Forbidden
            || (antwoord.StatusCode == HttpStatusCode.Redirect && locatie.StartsWith("http://localhost/geen-toegang", StringComparison.Ordinal)),
            $"aanbieder: {methode} {pad}: {(int)antwoord.StatusCode} {locatie}");
        Assert.Equal(voor, await StandAsync());
    }

    [Theory]
    [MemberData(nameof(Autorisatietabel.ApiWijzigingen), MemberType = typeof(Autorisatietabel))]
    public async Task Een_api_wijziging_met_alleen_het_inlogcookie_wordt_geweigerd(string methode, string patroon)
    {
        var pad = await PadAsync(patroon);
        // The web login of a role that may make the change: what a forged cross-site request would carry.
        using var browser = await Inloggen.AlsAsync(App, "beheerder");
        var voor = await StandAsync();

        using var antwoord = await StuurAsync(browser, methode, pad);

        Assert.True(antwoord.StatusCode == HttpStatusCode.Forbidden, $"{methode} {pad}: {(int)antwoord.StatusCode}");
        Assert.Equal("application/problem+json", ApiHelpers.MediaType(antwoord));
        Assert.Contains("bearer-token", (await ApiHelpers.JsonAsync(antwoord)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(voor, await StandAsync());

    }

    [Fact]
    public async Task Een_api_wijziging_met_het_inlogcookie_en_het_antiforgery_token_komt_erdoor()
    {
        var pad = await PadAsync("/api/v1/aanbestedingen/{id:int}/_definitief-gunnen");
        using var browser = await Inloggen.AlsAsync(App, "beheerder");
        var (_, formulier) = await GetAsync("/inloggen", browser);
        browser.DefaultRequestHeaders.Add("RequestVerificationToken", Inloggen.AntiforgeryToken(formulier));
        var voor = await StandAsync();

        using var antwoord = await StuurAsync(browser, "POST", pad);

        // Past the cookie check, the lifecycle answers: this procedure is not provisionally awarded.
        Assert.Equal(HttpStatusCode.Conflict, antwoord.StatusCode);
        Assert.Equal(voor, await StandAsync());
    }

    [Theory]
    [MemberData(nameof(Autorisatietabel.RegioGebonden), MemberType = typeof(Autorisatietabel))]
    public async Task Een_medewerker_van_een_andere_regio_krijgt_404_bij_een_gegeven_van_de_regio(string methode, string patroon)
    {
        // Every record of PadAsync is Lekstroom's; this beheerder holds every role that matters, in Utrecht-West only.
        var pad = await PadAsync(patroon);
        const string elders = "beheerder.utrecht-west";
        using var client = pad.StartsWith("/api/", StringComparison.Ordinal) ? await ApiHelpers.AlsAsync(App, elders) : await Inloggen.AlsAsync(App, elders);
        var voor = await StandAsync();

        // A page's POST is tried with each of its handlers, so every write of the page meets the check.
        foreach (var handler in methode == "POST" && !pad.StartsWith("/api/", StringComparison.Ordinal) ? await PostHandlersAsync(methode, patroon) : [null])
        {
            var adres = handler is null ? pad : $"{pad}?handler={handler}";
            using var antwoord = await StuurAsync(client, methode, adres);

            Assert.True(antwoord.StatusCode == HttpStatusCode.NotFound, $"{elders}: {methode} {adres}: {(int)antwoord.StatusCode}");
        }

        Assert.Equal(voor, await StandAsync());
    }

    /// <summary>The names of a page's POST handlers (null for a nameless OnPost), from the compiled page.</summary>
    private async Task<List<string?>> PostHandlersAsync(string methode, string patroon)
    {
        var bron = App.Services.GetRequiredService<EndpointDataSource>();
        var endpoint = bron.Endpoints.OfType<RouteEndpoint>().First(e => "/" + e.RoutePattern.RawText!.Trim('/') == patroon
            && e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>() is not null);
        var pagina = endpoint.Metadata.GetRequiredMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>();
        var geladen = await App.Services.GetRequiredService<Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure.PageLoader>()
            .LoadAsync(pagina, EndpointMetadataCollection.Empty);
        var handlers = geladen.HandlerMethods.Where(h => string.Equals(h.HttpMethod, methode, StringComparison.OrdinalIgnoreCase)).Select(h => h.Name).Distinct().ToList();
        // Without a POST handler the page answers 404 itself (UnknownHandlerFilter); the nameless POST checks that.
        return handlers.Count > 0 ? handlers : [null];
    }

    [Theory]
    [MemberData(nameof(Autorisatietabel.OpenbareGets), MemberType = typeof(Autorisatietabel))]
    public async Task Een_openbaar_endpoint_vraagt_niet_om_in_te_loggen(string patroon)
    {
        var pad = await PadAsync(patroon);

        using var antwoord = await App.NieuweClient().GetAsync(pad, Ct);

        var locatie = antwoord.Headers.Location?.OriginalString ?? "";
        Assert.False(antwoord.StatusCode == HttpStatusCode.Unauthorized, $"GET {pad}: {(int)antwoord.StatusCode}");
        // Only the page that says "no access" answers 403 itself.
        Assert.False(antwoord.StatusCode == HttpStatusCode.Forbidden && patroon != "/geen-toegang", $"GET {pad}: {(int)antwoord.StatusCode}");
        Assert.DoesNotContain("/inloggen", locatie, StringComparison.Ordinal);
        Assert.DoesNotContain("/geen-toegang", locatie, StringComparison.Ordinal);
        Assert.True((int)antwoord.StatusCode < 500, $"GET {pad}: {(int)antwoord.StatusCode}");
    }
}

public sealed class AutorisatieMatrixTestsSqlite(SqliteApp app) : AutorisatieMatrixTests<SqliteApp>(app);

public sealed class AutorisatieMatrixTestsPostgres(PostgresApp app) : AutorisatieMatrixTests<PostgresApp>(app);
