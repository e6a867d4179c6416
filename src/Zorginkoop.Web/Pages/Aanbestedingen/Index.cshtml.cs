using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Catalogus;
using Zorginkoop.Data;
using Zorginkoop.Formatting;
using Zorginkoop.Web.Infrastructure;

namespace Zorginkoop.Web.Pages.Aanbestedingen;

/// <summary>The overview of procedures with filters (region, domain, status, open now), a page at a time. Concepts are for employees only.</summary>
[AllowAnonymous]
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Infrastructure.OpenbarePaginasOptions.Beleid)]
public class IndexModel(ZorginkoopDbContext db, IAuthorizationService autorisatie, TimeProvider tijd) : AanbestedingPageModel(db, autorisatie, tijd)
{
    [BindProperty(SupportsGet = true)]
    public string? Regio { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Domein { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool OpenVoorInschrijving { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Pagina { get; set; }

    public IReadOnlyList<Aanbesteding> Aanbestedingen { get; private set; } = [];
    public IReadOnlyList<SelectListItem> RegioOpties { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;

    public static IReadOnlyList<SelectListItem> DomeinOpties { get; } = [new("Jeugd", "jeugd"), new("Wmo", "wmo")];

    public IEnumerable<SelectListItem> StatusOpties => Enum.GetValues<AanbestedingStatus>()
        .Where(s => IsMedewerker || s != AanbestedingStatus.Concept)
        .Select(s => new SelectListItem(s.Naam(), s.ToString()));

    public async Task OnGetAsync(CancellationToken ct)
    {
        await BepaalRechtenAsync();
        // Every read brings deadlines up to date first: a procedure is never listed as open after its deadline.
        await AanbestedingAanpassen.BijwerkenAllesAsync(Db, Nu, ct);
        RegioOpties = await Db.Regios.OrderBy(r => r.Naam).Select(r => new SelectListItem(r.Naam, r.Code)).ToListAsync(ct);
        var q = AanbestedingFilter.Pas(Zichtbaar(), Regio, DomeinCodes.TryParse(Domein, out var domein) ? domein : null,
            Enum.TryParse<AanbestedingStatus>(Status, out var s) ? s : null, OpenVoorInschrijving);
        var totaal = await q.CountAsync(ct);
        Paging = new Paging(Paging.Normaliseer(Pagina), Paging.StandaardGrootte, totaal, p => "/aanbestedingen" + Paging.Link(
            ("regio", Regio), ("domein", Domein), ("status", Status), ("openVoorInschrijving", OpenVoorInschrijving ? "true" : null),
            ("pagina", p.ToString(NlFormat.Cultuur))));
        Aanbestedingen = await q.Include(a => a.Regio)
            .OrderBy(a => a.Status == AanbestedingStatus.Concept ? 0 : 1).ThenByDescending(a => a.Publicatiedatum).ThenBy(a => a.Naam).ThenBy(a => a.Id)
            .Skip(Paging.Overslaan).Take(Paging.PaginaGrootte).ToListAsync(ct);
    }
}
