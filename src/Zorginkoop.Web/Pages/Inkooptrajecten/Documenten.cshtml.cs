using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Accounts;
using Zorginkoop.Data;
using Zorginkoop.Documenten;
using Zorginkoop.Inkooptrajecten;
using Zorginkoop.Web.Infrastructure;
using Zorginkoop.Web.Pages.Shared;

namespace Zorginkoop.Web.Pages.Inkooptrajecten;

/// <summary>Upload and withdraw the documents of a trajectory (PDF and office files up to 20 MB, checked by content).</summary>
[Authorize(Policy = Policies.AanbestedingenBeheren)]
[RequestSizeLimit(DocumentenBeheer.MaxVerzoekBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = DocumentenBeheer.MaxVerzoekBytes)]
public class DocumentenModel(ZorginkoopDbContext db, IAuthorizationService autorisatie, DocumentStore opslag) : InkooptrajectPageModel(db, autorisatie)
{
    public Inkooptraject Traject { get; private set; } = null!;
    public DocumentenBeheer Beheer { get; private set; } = null!;

    [BindProperty]
    public string? Titel { get; set; }

    [BindProperty]
    public IFormFile? Bestand { get; set; }

    [BindProperty]
    public int DocumentId { get; set; }

    [BindProperty]
    public string? IntrekkingsReden { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostToevoegenAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (Bestand is null)
        {
            ModelState.AddModelError(nameof(Bestand), "Kies een bestand.");
            return Page();
        }

        await using var inhoud = Bestand.OpenReadStream();
        var uitkomst = await InkooptrajectDocumentToevoegen.HandleAsync(Db, opslag, Traject, new(inhoud, Bestand.FileName, Titel), User.Identity!.Name!, HttpContext.RequestArrival(), ct);
        if (uitkomst.Waarde is not { } document)
        {
            ModelState.AddModelError(nameof(Bestand), uitkomst.Weigering!.Tekst);
            await LoadAsync(id, ct);
            return Page();
        }

        TempData["Melding"] = $"'{document.Titel}' is toegevoegd.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostIntrekkenAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var uitkomst = await InkooptrajectDocumentIntrekken.HandleAsync(Db, Traject, new(DocumentId, IntrekkingsReden), HttpContext.RequestArrival(), ct);
        if (!uitkomst.Gelukt)
        {
            ModelState.AddModelError("", uitkomst.Weigering!.Tekst);
            return Page();
        }

        TempData["Melding"] = "Het document is ingetrokken.";
        return RedirectToPage();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        await BepaalRechtenAsync();
        var t = await LoadInkooptrajectAsync(id, ct);
        if (t is null)
        {
            return false;
        }

        Traject = t;
        Beheer = new DocumentenBeheer(await Db.Documenten.Where(d => d.InkooptrajectId == id).ToListAsync(ct), false);
        return true;
    }
}
