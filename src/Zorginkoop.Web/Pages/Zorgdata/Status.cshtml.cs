using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zorginkoop.Accounts;

namespace Zorginkoop.Web.Pages.Zorgdata;

[Authorize(Policy = Beleid.ZorgdataImporteren)]
public class StatusModel(ImportWachtrij wachtrij) : PageModel
{
    public ImportStatus? Status { get; private set; }

    public IActionResult OnGet(Guid id)
    {
        Status = EigenStatus(id);
        return Status is null ? NotFound() : Page();
    }

    /// <summary>
    /// The progress as JSON for the page's script (importstatus.js), which updates the text and the bar in place:
    /// a page that reloads itself on a timer is what WCAG 2.2.1 (timing adjustable) rules out.
    /// </summary>
    public IActionResult OnGetVoortgang(Guid id) => EigenStatus(id) is { } s
        ? new JsonResult(new { melding = s.Melding, procent = s.Procent, opslaan = s.Voortgang?.Opslaan == true, klaar = s.Fase == "klaar" })
        : NotFound();

    // Only the one who started an import follows it.
    private ImportStatus? EigenStatus(Guid id) =>
        wachtrij.Status(id) is { } s && s.Opdracht.Gebruiker == User.Identity?.Name ? s : null;
}
