using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Zorginkoop.Accounts;
using Zorginkoop.Data;
using Zorginkoop.Web.Infrastructure;

namespace Zorginkoop.Web.Pages.Aanbestedingen;

/// <summary>The lots of a concept procedure: a segment or a single product of the region each.</summary>
[Authorize(Policy = Policies.AanbestedingenBeheren)]
public class PercelenModel(ZorginkoopDbContext db, IAuthorizationService autorisatie, TimeProvider tijd) : AanbestedingPageModel(db, autorisatie, tijd)
{
    public IReadOnlyList<SelectListItem> SegmentOpties { get; private set; } = [];
    public IReadOnlyList<SelectListItem> ProductOpties { get; private set; } = [];

    [BindProperty]
    public int? SegmentId { get; set; }

    [BindProperty]
    public int? ProductId { get; set; }

    [BindProperty]
    public string? Naam { get; set; }

    [BindProperty]
    public int PerceelId { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadWithAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostToevoegenAsync(int id, CancellationToken ct)
    {
        if (!await LoadWithAsync(id, ct))
        {
            return NotFound();
        }

        var fout = await Zorginkoop.Aanbestedingen.Percelen.VoegToeAsync(Db, Aanbesteding, SegmentId, ProductId, Naam, ct);
        if (fout is not null)
        {
            ModelState.AddModelError(ProductId is null ? nameof(SegmentId) : nameof(ProductId), fout.Tekst);
            return Page();
        }

        TempData["Melding"] = "Het perceel is toegevoegd.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostVerwijderenAsync(int id, CancellationToken ct)
    {
        if (!await LoadWithAsync(id, ct))
        {
            return NotFound();
        }

        var fout = await Zorginkoop.Aanbestedingen.Percelen.VerwijderAsync(Db, Aanbesteding, PerceelId, ct);
        if (fout is not null)
        {
            ModelState.AddModelError("", fout.Tekst);
            return Page();
        }

        TempData["Melding"] = "Het perceel is verwijderd.";
        return RedirectToPage();
    }

    private async Task<bool> LoadWithAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return false;
        }

        var a = Aanbesteding;
        SegmentOpties = await Db.Segmenten.Where(s => s.RegioId == a.RegioId).OrderBy(s => s.Naam)
            .OptiesAsync(s => s.Naam, s => s.Id, ct);
        ProductOpties = await Db.Producten.Where(p => p.RegioId == a.RegioId).OrderBy(p => p.Code)
            .OptiesAsync(p => $"{p.Code} {p.Naam}", p => p.Id, ct);
        return true;
    }
}
