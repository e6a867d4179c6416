using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Data;

namespace Zorginkoop.Web.Pages.Aanbestedingen;

/// <summary>The public overview of published procedures (concepts are not public).</summary>
[AllowAnonymous]
public class IndexModel(ZorginkoopDbContext db, TimeProvider tijd) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool OpenVoorInschrijving { get; set; }

    public IReadOnlyList<Aanbesteding> Aanbestedingen { get; private set; } = [];

    public IEnumerable<SelectListItem> StatusOpties => Enum.GetValues<AanbestedingStatus>().Where(s => s != AanbestedingStatus.Concept)
        .Select(s => new SelectListItem(s.Naam(), s.ToString()));

    public async Task OnGetAsync(CancellationToken ct)
    {
        var nu = tijd.GetUtcNow();
        var alle = await db.Aanbestedingen.Include(a => a.Regio).Include(a => a.Overgangen)
            .Where(a => a.Status != AanbestedingStatus.Concept).ToListAsync(ct);
        // Every read brings deadlines up to date: a procedure is never shown open after its deadline.
        var gewijzigd = false;
        foreach (var a in alle)
        {
            gewijzigd |= AanbestedingAanpassen.Bijwerken(a, nu);
        }

        if (gewijzigd)
        {
            await db.SaveChangesAsync(ct);
        }

        IEnumerable<Aanbesteding> lijst = alle;
        if (Enum.TryParse<AanbestedingStatus>(Status, out var status))
        {
            lijst = lijst.Where(a => a.Status == status);
        }

        if (OpenVoorInschrijving)
        {
            lijst = lijst.Where(a => a.Status == AanbestedingStatus.Gepubliceerd);
        }

        Aanbestedingen = lijst.OrderByDescending(a => a.Publicatiedatum).ThenBy(a => a.Naam, StringComparer.Ordinal).ToList();
    }
}
