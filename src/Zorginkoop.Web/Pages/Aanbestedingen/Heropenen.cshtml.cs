using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Accounts;
using Zorginkoop.Catalogus;
using Zorginkoop.Data;

namespace Zorginkoop.Web.Pages.Aanbestedingen;

/// <summary>Start a follow-up procedure for chosen products of a finally awarded procedure ("onvoldoende dekking").</summary>
[Authorize(Policy = Policies.AanbestedingenBeheren)]
public class HeropenenModel(ZorginkoopDbContext db, IAuthorizationService autorisatie, TimeProvider tijd) : AanbestedingPageModel(db, autorisatie, tijd)
{
    public IReadOnlyList<Product> Producten { get; private set; } = [];

    [BindProperty]
    public List<int> ProductIds { get; set; } = [];

    [BindProperty]
    public string? Naam { get; set; }

    [BindProperty]
    public string? Reden { get; set; }

    /// <param name="product">A product to tick already, when the officer comes from a coverage signal.</param>
    public async Task<IActionResult> OnGetAsync(int id, int? product, CancellationToken ct)
    {
        if (!await LoadWithAsync(id, ct))
        {
            return NotFound();
        }

        if (product is { } p && Producten.Any(x => x.Id == p))
        {
            ProductIds = [p];
        }

        Reden = "Onvoldoende dekking (aanbod) voor deze producten na de definitieve gunning.";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadWithAsync(id, ct))
        {
            return NotFound();
        }

        var (vervolg, weigering) = await Heropenen.StartAsync(Db, Aanbesteding, ProductIds, Naam, Reden, ct);
        if (vervolg is null)
        {
            ModelState.AddModelError(weigering!.Veld == Zorginkoop.Aanbestedingen.Heropenen.Reden ? nameof(Reden) : nameof(ProductIds), weigering.Tekst);
            return Page();
        }

        TempData["Melding"] = $"Heropening '{vervolg.Naam}' is als concept aangemaakt met {vervolg.Percelen.Count} perceel/percelen. Vul de datums in en publiceer.";
        return RedirectToPage("/Aanbestedingen/Bewerken", new { id = vervolg.Id });
    }

    private async Task<bool> LoadWithAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return false;
        }

        var a = Aanbesteding;
        var ids = await Zorginkoop.Aanbestedingen.Percelen.ProductenAsync(Db, a, ct);
        Producten = await Db.Producten.Where(p => ids.Contains(p.Id)).OrderBy(p => p.Code).ToListAsync(ct);
        return true;
    }
}
