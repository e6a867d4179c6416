using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Accounts;
using Zorginkoop.Data;
using Zorginkoop.Documenten;
using Zorginkoop.Web.Pages.Shared;

namespace Zorginkoop.Web.Pages.Aanbestedingen;

/// <summary>
/// Upload and withdraw the documents of a procedure. While it is published, each change is a rectification with a
/// published reason.
/// </summary>
[Authorize(Policy = Policies.AanbestedingenBeheren)]
[RequestSizeLimit(DocumentenBeheer.MaxVerzoekBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = DocumentenBeheer.MaxVerzoekBytes)]
public class DocumentenModel(ZorginkoopDbContext db, IAuthorizationService autorisatie, TimeProvider tijd, DocumentStore opslag) : AanbestedingPageModel(db, autorisatie, tijd)
{
    public DocumentenBeheer Beheer { get; private set; } = null!;

    [BindProperty]
    public string? Titel { get; set; }

    [BindProperty]
    public IFormFile? Bestand { get; set; }

    [BindProperty]
    public string? Reden { get; set; }

    [BindProperty]
    public int DocumentId { get; set; }

    [BindProperty]
    public string? IntrekkingsReden { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadWithAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostToevoegenAsync(int id, CancellationToken ct)
    {
        if (!await LoadWithAsync(id, ct))
        {
            return NotFound();
        }

        if (Bestand is null)
        {
            ModelState.AddModelError(nameof(Bestand), "Kies een bestand.");
            return Page();
        }

        await using var inhoud = Bestand.OpenReadStream();
        var uitkomst = await AanbestedingDocumentToevoegen.HandleAsync(Db, opslag, Aanbesteding, new(inhoud, Bestand.FileName, Titel, Reden), Wie, Nu, ct);
        if (uitkomst.Waarde is not { } document)
        {
            // The refusal names this form's field (Bestand, Titel, Reden); one about the procedure as a whole goes with the file.
            var weigering = uitkomst.Weigering!;
            ModelState.AddModelError(weigering.Veld is "" ? nameof(Bestand) : weigering.Veld, weigering.Tekst);
            return Page();
        }

        TempData["Melding"] = $"'{document.Titel}' is toegevoegd.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostIntrekkenAsync(int id, CancellationToken ct)
    {
        if (!await LoadWithAsync(id, ct))
        {
            return NotFound();
        }

        var uitkomst = await AanbestedingDocumentIntrekken.HandleAsync(Db, Aanbesteding, new(DocumentId, IntrekkingsReden), Wie, Nu, ct);
        if (!uitkomst.Gelukt)
        {
            ModelState.AddModelError("", uitkomst.Weigering!.Tekst);
            return Page();
        }

        TempData["Melding"] = "Het document is ingetrokken.";
        return RedirectToPage();
    }

    private async Task<bool> LoadWithAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return false;
        }

        var a = Aanbesteding;
        Beheer = new DocumentenBeheer(await Db.Documenten.Where(d => d.AanbestedingId == id).ToListAsync(ct),
            a.Status.InPublicatiefase());
        return true;
    }
}
