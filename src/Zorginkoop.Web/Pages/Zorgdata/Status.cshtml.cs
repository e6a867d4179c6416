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
        Status = wachtrij.Status(id);
        // Only the one who started an import follows it.
        return Status is null || Status.Opdracht.Gebruiker != User.Identity?.Name ? NotFound() : Page();
    }
}
