using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Zorginkoop.Accounts;
using Zorginkoop.Data;
using Zorginkoop.Gunning;
using Zorginkoop.Web.Pages.Aanbestedingen;

namespace Zorginkoop.Web.Pages.Gunning;

/// <summary>The award letter to one bidder, as the officers see it (HTML, and as PDF).</summary>
[Authorize(Policy = Policies.Medewerker)]
public class BriefModel(ZorginkoopDbContext db, IAuthorizationService autorisatie, TimeProvider tijd) : AanbestedingPageModel(db, autorisatie, tijd)
{
    public Gunningsbrief Brief { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, int zorgaanbiederId, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || await Gunningsbrief.MaakAsync(Db, id, zorgaanbiederId, ct) is not { } brief)
        {
            return NotFound();
        }

        Brief = brief;
        return Page();
    }

    public async Task<IActionResult> OnGetPdfAsync(int id, int zorgaanbiederId, CancellationToken ct) =>
        await LoadAsync(id, ct) && await Gunningsbrief.MaakAsync(Db, id, zorgaanbiederId, ct) is { } brief
            ? File(brief.Pdf(), "application/pdf", $"gunningsbrief-{id}-{zorgaanbiederId}.pdf")
            : NotFound();
}
