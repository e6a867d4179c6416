using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;
using Zorginkoop.Formatting;
using Zorginkoop.Inkooptrajecten;
using Zorginkoop.Web.Infrastructure;

namespace Zorginkoop.Web.Pages.Inkooptrajecten;

/// <summary>The overview of trajectories, filtered by region and domain, a page at a time.</summary>
[AllowAnonymous]
public class IndexModel(ZorginkoopDbContext db, IAuthorizationService autorisatie) : InkooptrajectPageModel(db, autorisatie)
{
    [BindProperty(SupportsGet = true)]
    public string? Regio { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Domein { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Pagina { get; set; }

    public IReadOnlyList<Inkooptraject> Trajecten { get; private set; } = [];
    public IReadOnlyList<SelectListItem> RegioOpties { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;

    public static IReadOnlyList<SelectListItem> DomeinOpties { get; } = [new("Jeugd", "jeugd"), new("Wmo", "wmo")];

    public async Task OnGetAsync(CancellationToken ct)
    {
        await BepaalRechtenAsync();
        RegioOpties = await Db.Regios.OrderBy(r => r.Naam).Select(r => new SelectListItem(r.Naam, r.Code)).ToListAsync(ct);
        var q = Zichtbaar();
        if (!string.IsNullOrEmpty(Regio))
        {
            // A joint trajectory is one of each of its regions.
            q = q.Where(t => t.Regio!.Code == Regio || t.Deelnames.Any(x => x.Regio!.Code == Regio));
        }

        q = Domein switch
        {
            "jeugd" => q.Where(t => t.Jeugd),
            "wmo" => q.Where(t => t.Wmo),
            _ => q,
        };
        var totaal = await q.CountAsync(ct);
        Paging = new Paging(Paging.Normaliseer(Pagina), Paging.StandaardGrootte, totaal,
            p => "/inkooptrajecten" + Paging.Link(("regio", Regio), ("domein", Domein), ("pagina", p.ToString(NlFormat.Cultuur))));
        Trajecten = await q.Include(t => t.Regio).Include(t => t.Fasen)
            .OrderBy(t => t.Naam).ThenBy(t => t.Id)
            .Skip(Paging.Overslaan).Take(Paging.PaginaGrootte).ToListAsync(ct);
    }
}
