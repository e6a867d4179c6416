using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Accounts;
using Zorginkoop.Data;
using Zorginkoop.Gunning;
using Zorginkoop.Inschrijvingen;
using Zorginkoop.Web.Accounts;
using Zorginkoop.Web.Infrastructure;

namespace Zorginkoop.Web.Pages.Mijn;

/// <summary>A repair request to the logged-in provider: what is asked, until when, and the upload; another provider's request is "not found".</summary>
[Authorize(Policy = Policies.Aanbieder)]
[RequestSizeLimit(Inschrijven.MaxBytesPerInschrijving * 5 / 2)]
[RequestFormLimits(MultipartBodyLengthLimit = Inschrijven.MaxBytesPerInschrijving * 5 / 2)]
public class HerstelModel(ZorginkoopDbContext db, Kluis kluis) : PageModel
{
    public Herstelverzoek Verzoek { get; private set; } = null!;
    public string Aanbesteding { get; private set; } = "";
    public string Eis { get; private set; } = "";
    public DateTimeOffset Nu { get; private set; }

    [BindProperty]
    public IFormFile? Bestand { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (Bestand is null || Bestand.Length == 0)
        {
            ModelState.AddModelError(nameof(Bestand), "Kies het bestand dat u aanlevert.");
            return Page();
        }

        await using var inhoud = Bestand.OpenReadStream();
        var weigering = await HerstelAanleveren.HandleAsync(db, kluis, new(id, User.ZorgaanbiederId() ?? -1, inhoud, Bestand.FileName), HttpContext.RequestArrival(), ct);
        if (weigering is not null)
        {
            // The upload is this form's only field: every refusal, of the file or of the request, shows there.
            ModelState.AddModelError(nameof(Bestand), weigering.Tekst);
            await LoadAsync(id, ct);
            return Page();
        }

        TempData["Melding"] = "Het document is versleuteld aangeleverd. Uw inschrijving zelf is niet veranderd.";
        return RedirectToPage();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var aanbieder = User.ZorgaanbiederId();
        var h = await db.Herstelverzoeken.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id && x.ZorgaanbiederId == aanbieder, ct);
        if (h is null)
        {
            return false;
        }

        Verzoek = h;
        Aanbesteding = await db.Aanbestedingen.Where(a => a.Id == h.AanbestedingId).Select(a => a.Naam).SingleAsync(ct);
        Eis = await db.Inschrijvingseisen.Where(e => e.Id == h.EisId).Select(e => e.Tekst).SingleAsync(ct);
        Nu = HttpContext.RequestArrival();
        return true;
    }
}
