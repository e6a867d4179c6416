using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Accounts;
using Zorginkoop.Data;
using Zorginkoop.Vragen;
using Zorginkoop.Web.Accounts;

namespace Zorginkoop.Web.Pages.Aanbestedingen;

/// <summary>A provider's questions on a procedure: ask until the question deadline, follow the answers. Only its own questions are read.</summary>
[Authorize(Policy = Policies.Aanbieder)]
public class VragenModel(ZorginkoopDbContext db, IAuthorizationService autorisatie, TimeProvider tijd) : AanbestedingPageModel(db, autorisatie, tijd)
{
    public IReadOnlyList<Vraag> MijnVragen { get; private set; } = [];
    public IReadOnlyDictionary<int, int> RondeNummers { get; private set; } = new Dictionary<int, int>();
    public string? Gesloten { get; private set; }

    [BindProperty]
    public string? Tekst { get; set; }

    [BindProperty]
    public int? Perceel { get; set; }

    [BindProperty]
    public string? Onderwerp { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LaadVragenAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LaadVragenAsync(id, ct))
        {
            return NotFound();
        }

        var (vraag, weigering) = await VraagStellen.HandleAsync(Db, Aanbesteding, new(User.ZorgaanbiederId()!.Value, Tekst, Perceel, Onderwerp), Wie, Nu, ct);
        if (weigering is not null)
        {
            // The refusal names this form's fields (Tekst, Perceel, Onderwerp), or none when the questions are closed.
            ModelState.AddModelError(weigering.Veld, weigering.Tekst);
            return Page();
        }

        TempData["Melding"] = $"Uw vraag is ontvangen als vraag {vraag!.Volgnummer}. Het antwoord verschijnt in een Nota van Inlichtingen; niemand kan daarin zien wie de vraag stelde.";
        return RedirectToPage();
    }

    private async Task<bool> LaadVragenAsync(int id, CancellationToken ct)
    {
        var aanbieder = User.ZorgaanbiederId();
        if (aanbieder is null || !await LoadAsync(id, ct))
        {
            return false;
        }

        Gesloten = VraagRegels.Gesloten(Aanbesteding, Nu)?.Tekst;
        MijnVragen = await Db.Vragen.AsNoTracking().Where(v => v.AanbestedingId == id && v.ZorgaanbiederId == aanbieder).OrderByDescending(v => v.Volgnummer).ToListAsync(ct);
        RondeNummers = await Db.NvIRondes.Where(r => r.AanbestedingId == id).ToDictionaryAsync(r => r.Id, r => r.Nummer, ct);
        return true;
    }
}
