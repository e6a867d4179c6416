using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Accounts;
using Zorginkoop.Data;
using Zorginkoop.Formatting;
using Zorginkoop.Monitoring;
using Zorginkoop.Web.Infrastructure;

namespace Zorginkoop.Web.Pages.Monitor;

/// <summary>
/// The monitor for everyone: aggregates only, never a client. Officers with the role inkoper or analist see the exact
/// figures; everyone else sees the public monitor (<see cref="OpenbareMonitor"/>): small numbers hidden, a second figure
/// hidden wherever a hidden one could be computed, and the rest rounded.
/// </summary>
[AllowAnonymous]
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Infrastructure.OpenbarePaginasOptions.Beleid)]
public class IndexModel(ZorginkoopDbContext db, IAuthorizationService autorisatie) : PageModel
{
    public MonitorQuery Query { get; private set; } = new();
    public bool Exact { get; private set; }
    public bool MagImporteren { get; private set; }
    public string? Fout { get; private set; }

    /// <summary>The filter field <see cref="Fout"/> is about: regio, gemeente or periode.</summary>
    public string? FoutVeld { get; private set; }

    public string? FoutBij(string veld) => FoutVeld == veld ? Fout : null;
    public MonitorUitkomst? Uitkomst { get; private set; }

    /// <summary>What the public may see of this filter; null for officers who see exact figures.</summary>
    public OpenbareMonitor? Openbaar { get; private set; }
    public IReadOnlyList<MonitorRij> Indeling { get; private set; } = [];
    public IReadOnlyList<MonitorRij> PerMaand { get; private set; } = [];
    public IReadOnlyDictionary<string, string> Namen { get; private set; } = new Dictionary<string, string>();
    public IEnumerable<SelectListItem> RegioOpties { get; private set; } = [];

    /// <summary>What the figures are of, in words: the region's name ("Regio Lekstroom", "Utrecht-West") or "alle regio's".</summary>
    public string Gebied => RegioOpties.FirstOrDefault(o => o.Value == Query.Regio && o.Value != MonitorQuery.AlleRegios)?.Text ?? "alle regio's";
    public IEnumerable<SelectListItem> GemeenteOpties { get; private set; } = [];
    public IEnumerable<SelectListItem> AanbiederOpties { get; private set; } = [];

    public static readonly IReadOnlyList<(string Waarde, string Tekst)> Indelingen =
    [
        ("", "Alleen monitorgroepen"), ("gemeente", "Per gemeente"), ("aanbieder", "Per zorgaanbieder"),
        ("product", "Per product"), ("kwartaal", "Per kwartaal"),
    ];

    public string? IndelingTitel => Indelingen.FirstOrDefault(i => i.Waarde == Query.Indeling && i.Waarde != "").Tekst;

    public async Task OnGetAsync([FromQuery] MonitorQuery query, CancellationToken ct)
    {
        Query = query;
        MagImporteren = (await autorisatie.AuthorizeAsync(User, Policies.ZorgdataImporteren)).Succeeded;
        var (filter, fout, veld) = await query.NaarFilterAsync(db, User, NlFormat.DatumInAmsterdam(HttpContext.RequestArrival()), ct);
        // Every region can be chosen: the public part of each is everyone's; exact figures only of one's own.
        RegioOpties = (await db.Regios.AsNoTracking().OrderBy(r => r.Naam).Select(r => new { r.Code, r.Naam }).ToListAsync(ct))
            .Select(r => new SelectListItem(r.Naam, r.Code)).Prepend(new SelectListItem("Alle regio's", MonitorQuery.AlleRegios));
        var gemeenten = await db.Regios.AsNoTracking().Where(r => query.Regio == MonitorQuery.AlleRegios || r.Code == query.Regio)
            .SelectMany(r => r.Gemeenten).Distinct().OrderBy(g => g.Naam).Select(g => new { g.Code, g.Naam }).ToListAsync(ct);
        GemeenteOpties = gemeenten.Select(g => new SelectListItem($"{g.Naam} ({g.Code})", g.Code));
        var aanbieders = await db.Zorgaanbieders.AsNoTracking().Select(z => new { z.AgbCode, z.Naam }).ToListAsync(ct);
        AanbiederOpties = aanbieders.OrderBy(a => a.Naam, StringComparer.OrdinalIgnoreCase).Select(a => new SelectListItem($"{a.Naam} ({a.AgbCode})", a.AgbCode));

        if (filter is null)
        {
            (Fout, FoutVeld) = (fout, veld);
            ModelState.AddModelError(veld!, fout!);
            return;
        }

        Exact = await MonitorExactheid.ExactAsync(db, User, filter, ct);
        Openbaar = Exact ? null : await Zorgmonitor.BerekenOpenbaarAsync(db, filter, ct);
        Uitkomst = Openbaar?.Uitkomst ?? await Zorgmonitor.BerekenAsync(db, filter, ct);
        PerMaand = await Zorgmonitor.BerekenPerAsync(db, filter, MonitorIndeling.Maand, ct);
        if (MonitorIndelingen.Lees(query.Indeling) is { } indeling)
        {
            GekozenIndeling = indeling;
            Indeling = await Zorgmonitor.BerekenPerAsync(db, filter, indeling, ct);
            Namen = indeling switch
            {
                MonitorIndeling.Gemeente => gemeenten.ToDictionary(g => g.Code, g => g.Naam),
                MonitorIndeling.Aanbieder => aanbieders.GroupBy(a => a.AgbCode).ToDictionary(g => g.Key, g => g.First().Naam),
                MonitorIndeling.Product => (await db.Producten.AsNoTracking().Select(p => new { p.Code, p.Naam }).ToListAsync(ct))
                    .GroupBy(p => p.Code).ToDictionary(g => g.Key, g => g.First().Naam),
                _ => new Dictionary<string, string>(),
            };
        }
    }

    public MonitorIndeling? GekozenIndeling { get; private set; }

    public MonitorWeergave Totaal => DisplayHelpers(Uitkomst!.Totaal, Openbaar?.Totaal);

    public MonitorWeergave Domein(MonitorDomein d) => DisplayHelpers(d.Cijfers, Openbaar?.Domein(d.Domein));

    public MonitorWeergave Groep(MonitorGroep g) => DisplayHelpers(g.Cijfers, Openbaar?.Groep(g.Domein, g.Monitorgroep));

    public MonitorWeergave Rij(MonitorIndeling indeling, MonitorRij r) => DisplayHelpers(r.Cijfers, Openbaar?.Rij(indeling, r.Sleutel));

    private static MonitorWeergave DisplayHelpers(MonitorCijfers exact, OpenbareCel? openbaar) =>
        openbaar is null ? MonitorWeergave.VanExact(exact) : MonitorWeergave.VanOpenbaar(openbaar);
}

public static class MonitorIndelingen
{
    public static MonitorIndeling? Lees(string? tekst) => tekst switch
    {
        "gemeente" => MonitorIndeling.Gemeente,
        "aanbieder" => MonitorIndeling.Aanbieder,
        "product" => MonitorIndeling.Product,
        "kwartaal" => MonitorIndeling.Kwartaal,
        "maand" => MonitorIndeling.Maand,
        _ => null,
    };
}
