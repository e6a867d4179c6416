using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;
using Zorginkoop.Formatting;
using Zorginkoop.Web.Accounts;
using Zorginkoop.Web.Infrastructure;
using Zorginkoop.Zoeken;

namespace Zorginkoop.Web.Pages.Zoeken;

/// <summary>
/// Search (issue 16): everything a visitor may see, ranked, the matching words marked, filtered per kind and region.
/// Anonymous, like the pages it finds: the public finds public items, an employee also her regions' own
/// (<see cref="RegionAccess.Kijker"/>).
/// </summary>
[AllowAnonymous]
public class IndexModel(ZorginkoopDbContext db) : PageModel
{
    public const int PaginaGrootte = 20;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Soort { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Regio { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Pagina { get; set; }

    public Zoekresultaat? Resultaat { get; private set; }
    public Paging? Paging { get; private set; }
    public IReadOnlyList<SelectListItem> SoortOpties { get; private set; } = [];
    public IReadOnlyList<SelectListItem> RegioOpties { get; private set; } = [];
    public IReadOnlyDictionary<int, string> RegioNamen { get; private set; } = new Dictionary<int, string>();

    /// <summary>The question had words, but none long enough to search with ("a", "?").</summary>
    public bool TeKort => !string.IsNullOrWhiteSpace(Q) && Resultaat is { Termen.Count: 0 };

    public async Task OnGetAsync(CancellationToken ct)
    {
        var regios = await db.Regios.AsNoTracking().OrderBy(r => r.Naam).Select(r => new { r.Id, r.Code, r.Naam }).ToListAsync(ct);
        RegioNamen = regios.ToDictionary(r => r.Id, r => r.Naam);
        RegioOpties = [new SelectListItem("Alle regio's", ""), .. regios.Select(r => new SelectListItem(r.Naam, r.Code))];
        if (string.IsNullOrWhiteSpace(Q))
        {
            SoortOpties = [new SelectListItem("Alles", "")];
            return;
        }

        var pagina = Paging.Normaliseer(Pagina);
        Resultaat = await Zoekopdracht.ZoekAsync(db, RegionAccess.Kijker(User),
            new Zoekvraag(Q, Soort, regios.FirstOrDefault(r => r.Code == Regio)?.Id, pagina, PaginaGrootte), ct);
        var perSoort = Resultaat.PerSoort;
        SoortOpties = [new SelectListItem($"Alles ({NlFormat.Aantal(perSoort.Values.Sum())})", ""),
            .. Zoeksoorten.Alle.Where(s => perSoort.ContainsKey(s.Code) || s.Code == Soort)
                .Select(s => new SelectListItem($"{Hoofdletter(s.Meervoud)} ({NlFormat.Aantal(perSoort.GetValueOrDefault(s.Code))})", s.Code))];
        Paging = new Paging(pagina, PaginaGrootte, Resultaat.Totaal,
            p => "/zoeken" + Paging.Link(("q", Q), ("soort", Soort), ("regio", Regio), ("pagina", p.ToString(NlFormat.Cultuur))));
    }

    public static string Hoofdletter(string tekst) => string.Concat(char.ToUpper(tekst[0], NlFormat.Cultuur).ToString(), tekst[1..]);

    public static string SoortNaam(string code) => Zoeksoorten.Bij(code) is { } s ? Hoofdletter(s.Enkelvoud) : code;
}
