using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Accounts;
using Zorginkoop.Data;
using Zorginkoop.Vragen;

namespace Zorginkoop.Web.Pages.Aanbestedingen;

/// <summary>One question for an officer: who asked, take it on, word it for publication and answer it.</summary>
[Authorize(Policy = Policies.AanbestedingenBeheren)]
public class VraagBehandelenModel(ZorginkoopDbContext db, IAuthorizationService autorisatie, TimeProvider tijd) : AanbestedingPageModel(db, autorisatie, tijd)
{
    public Vraag Vraag { get; private set; } = null!;
    public string? Aanbieder { get; private set; }

    [BindProperty]
    public string? PubliekeVraag { get; set; }

    [BindProperty]
    public string? Antwoord { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, int vraagId, CancellationToken ct)
    {
        if (!await LaadVraagAsync(id, vraagId, ct))
        {
            return NotFound();
        }

        PubliekeVraag = Vraag.PubliekeVraag ?? Vraag.Tekst;
        Antwoord = Vraag.Antwoord;
        return Page();
    }

    public Task<IActionResult> OnPostToewijzenAsync(int id, int vraagId, CancellationToken ct) =>
        Wijzig(id, vraagId, () => VraagRegels.ToewijzenAsync(Db, Vraag, Wie, ct), "De vraag is aan u toegewezen.", ct);

    public Task<IActionResult> OnPostBeantwoordenAsync(int id, int vraagId, CancellationToken ct) =>
        Wijzig(id, vraagId, () => VraagRegels.BeantwoordenAsync(Db, Vraag, Wie, PubliekeVraag, Antwoord, ct),
            "Het antwoord is bewaard en gaat mee in de volgende Nota van Inlichtingen.", ct);

    private async Task<IActionResult> Wijzig(int id, int vraagId, Func<Task<Weigering?>> actie, string melding, CancellationToken ct)
    {
        if (!await LaadVraagAsync(id, vraagId, ct))
        {
            return NotFound();
        }

        var weigering = await actie();
        if (weigering is not null)
        {
            ModelState.AddModelError(weigering.Veld, weigering.Tekst);
            Db.ChangeTracker.Clear();
            await LaadVraagAsync(id, vraagId, ct);
            return Page();
        }

        TempData["Melding"] = melding;
        return RedirectToPage();
    }

    private async Task<bool> LaadVraagAsync(int id, int vraagId, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return false;
        }

        var vraag = await Db.Vragen.SingleOrDefaultAsync(v => v.Id == vraagId && v.AanbestedingId == id, ct);
        if (vraag is null)
        {
            return false;
        }

        Vraag = vraag;
        Aanbieder = vraag.ZorgaanbiederId is { } z ? await Db.Zorgaanbieders.Where(x => x.Id == z).Select(x => x.Naam).SingleAsync(ct) : null;
        return true;
    }
}
