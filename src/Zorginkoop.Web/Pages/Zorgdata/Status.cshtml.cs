using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zorginkoop.Accounts;
using Zorginkoop.Data;
using Zorginkoop.Web.Achtergrond;

namespace Zorginkoop.Web.Pages.Zorgdata;

/// <summary>
/// The status of one web import: followed live while this process runs it, and from the run's record otherwise (after
/// a restart the run shows as afgebroken, with when and why; another app instance's run shows as it is recorded).
/// </summary>
[Authorize(Policy = Policies.ZorgdataImporteren)]
public class StatusModel(ImportQueue wachtrij, ZorginkoopDbContext db) : PageModel
{
    public ImportJobStatus? Status { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Status = await EigenStatusAsync(id, ct);
        return Status is null ? NotFound() : Page();
    }

    /// <summary>
    /// The progress as JSON for the page's script (importstatus.js), which updates the text and the bar in place:
    /// a page that reloads itself on a timer is what WCAG 2.2.1 (timing adjustable) rules out.
    /// </summary>
    public async Task<IActionResult> OnGetVoortgangAsync(Guid id, CancellationToken ct) => await EigenStatusAsync(id, ct) is { } s
        ? new JsonResult(new { melding = s.Melding, procent = s.Procent, opslaan = s.Voortgang?.Opslaan == true, klaar = s.Fase == "klaar" })
        : NotFound();

    // Only the one who started an import follows it.
    private async Task<ImportJobStatus?> EigenStatusAsync(Guid id, CancellationToken ct)
    {
        var naam = User.Identity?.Name;
        if (wachtrij.EigenStatus(id, naam) is { } s)
        {
            return s;
        }

        return await ImportQueue.EigenRunAsync(db.Zorgdata, id, naam, ct) is { } run ? ImportJobStatus.VanRun(run) : null;
    }
}
