using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zorginkoop.Accounts;
using Zorginkoop.Data;
using Zorginkoop.Web.Accounts;

namespace Zorginkoop.Web.Pages.Mijn;

/// <summary>The provider's own award letter for a procedure (HTML and PDF); nobody else's: another's is "not found".</summary>
[Authorize(Policy = Policies.Aanbieder)]
public class GunningsbriefModel(ZorginkoopDbContext db) : PageModel
{
    public Zorginkoop.Gunning.Gunningsbrief Brief { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await Zorginkoop.Gunning.Gunningsbrief.MaakAsync(db, id, User.ZorgaanbiederId() ?? -1, ct) is not { } brief)
        {
            return NotFound();
        }

        Brief = brief;
        return Page();
    }

    public async Task<IActionResult> OnGetPdfAsync(int id, CancellationToken ct) =>
        await Zorginkoop.Gunning.Gunningsbrief.MaakAsync(db, id, User.ZorgaanbiederId() ?? -1, ct) is { } brief
            ? File(brief.Pdf(), "application/pdf", $"gunningsbrief-{id}.pdf")
            : NotFound();
}
