using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Accounts;
using Zorginkoop.Data;
using Zorginkoop.Inschrijvingen;
using Zorginkoop.Web.Accounts;

namespace Zorginkoop.Web.Pages.Mijn;

/// <summary>
/// Checks a receipt code against the receipts given out to the logged-in provider. Deliberately not public: a public
/// check would tell anyone who bid on what before the deadline.
/// </summary>
[Authorize(Policy = Policies.Aanbieder)]
public class ControlerenModel(ZorginkoopDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    public Ontvangstbewijs? Gevonden { get; private set; }
    public string? AanbestedingNaam { get; private set; }
    public bool Gezocht { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var code = Code?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(code))
        {
            return Page();
        }

        Gezocht = true;
        if (code.Length != 64 || !code.All(Uri.IsHexDigit))
        {
            ModelState.AddModelError(nameof(Code), "Een controlegetal bestaat uit 64 tekens 0-9 en a-f.");
            return Page();
        }

        var aanbieder = User.ZorgaanbiederId();
        Gevonden = await db.Ontvangstbewijzen.AsNoTracking().Where(o => o.Sha256 == code && o.ZorgaanbiederId == aanbieder)
            .OrderByDescending(o => o.Versie).FirstOrDefaultAsync(ct);
        if (Gevonden is not null)
        {
            AanbestedingNaam = await db.Aanbestedingen.Where(a => a.Id == Gevonden.AanbestedingId).Select(a => a.Naam).SingleAsync(ct);
        }

        return Page();
    }
}
