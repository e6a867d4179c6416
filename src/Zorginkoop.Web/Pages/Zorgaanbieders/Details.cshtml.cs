using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Catalogus;
using Zorginkoop.Data;
using Zorginkoop.Web.Infrastructure;
using Zorginkoop.Web.Pages.Catalogus;

namespace Zorginkoop.Web.Pages.Zorgaanbieders;

/// <summary>Public provider page; contact person, e-mail and phone are shown to officers only (personal data).</summary>
[AllowAnonymous]
public class DetailsModel(ZorginkoopDbContext db, IAuthorizationService autorisatie) : CatalogusPageModel(autorisatie)
{
    public Zorgaanbieder Aanbieder { get; private set; } = null!;
    public IReadOnlyList<Zorginkoop.Audit.AuditRegel> Wijzigingen { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var z = await db.Zorgaanbieders.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);
        if (z is null)
        {
            return NotFound();
        }

        Aanbieder = z;
        await BepaalRechtenAsync();
        if (MagBeheren)
        {
            Wijzigingen = await db.GeschiedenisAsync([(nameof(Zorgaanbieder), z.Id)], ct);
        }

        return Page();
    }
}
