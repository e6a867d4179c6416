using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Data;

namespace Zorginkoop.Web.Pages.Aanbestedingen;

[AllowAnonymous]
public class DetailsModel(ZorginkoopDbContext db, TimeProvider tijd) : PageModel
{
    public Aanbesteding Aanbesteding { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var a = await db.Aanbestedingen.Include(x => x.Regio).Include(x => x.Overgangen)
            .SingleOrDefaultAsync(x => x.Id == id && x.Status != AanbestedingStatus.Concept, ct);
        if (a is null)
        {
            return NotFound();
        }

        if (AanbestedingAanpassen.Bijwerken(a, tijd.GetUtcNow()))
        {
            await db.SaveChangesAsync(ct);
        }

        Aanbesteding = a;
        return Page();
    }
}
