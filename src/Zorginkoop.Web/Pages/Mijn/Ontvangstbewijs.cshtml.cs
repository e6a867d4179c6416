using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Accounts;
using Zorginkoop.Data;
using Zorginkoop.Inschrijvingen;
using Zorginkoop.Web.Accounts;

namespace Zorginkoop.Web.Pages.Mijn;

/// <summary>A receipt of the logged-in provider; another provider's receipt is "not found", never "forbidden" (no probing).</summary>
[Authorize(Policy = Policies.Aanbieder)]
public class OntvangstbewijsModel(ZorginkoopDbContext db) : PageModel
{
    public Ontvangstbewijs Bewijs { get; private set; } = null!;
    public string AanbestedingNaam { get; private set; } = "";
    public string ZorgaanbiederNaam { get; private set; } = "";

    /// <summary>True when this receipt is the one the bid stands on now (not replaced by a later one, not withdrawn).</summary>
    public bool Geldig { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var aanbieder = User.ZorgaanbiederId();
        var bewijs = await db.Ontvangstbewijzen.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id && o.ZorgaanbiederId == aanbieder, ct);
        if (bewijs is null)
        {
            return NotFound();
        }

        Bewijs = bewijs;
        AanbestedingNaam = await db.Aanbestedingen.Where(a => a.Id == bewijs.AanbestedingId).Select(a => a.Naam).SingleAsync(ct);
        ZorgaanbiederNaam = await db.Zorgaanbieders.Where(z => z.Id == aanbieder).Select(z => z.Naam).SingleAsync(ct);
        Geldig = await db.Inschrijvingen.AnyAsync(i => i.Id == bewijs.InschrijvingId && i.Status == InschrijvingStatus.Ingediend && i.Ontvangstbewijs == bewijs.Sha256, ct);
        return Page();
    }
}
