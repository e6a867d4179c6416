using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zorginkoop.Accounts;
using Zorginkoop.Contracten;
using Zorginkoop.Data;
using Zorginkoop.Web.Pages.Aanbestedingen;

namespace Zorginkoop.Web.Pages.Contracten;

/// <summary>Officers decide on Open House applications: admit (a contract to the common end date) or reject with a reason.</summary>
[Authorize(Policy = Beleid.AanbestedingenBeheren)]
public class ToelatingModel(ZorginkoopDbContext db, IAuthorizationService autorisatie, TimeProvider tijd, IOptions<ContractOptions> opties) : AanbestedingPagina(db, autorisatie, tijd)
{
    public string? Gesloten { get; private set; }
    public IReadOnlyList<Toelatingsaanvraag> Aanvragen { get; private set; } = [];
    public int Toegelaten { get; private set; }

    [BindProperty]
    public int AanvraagId { get; set; }

    [BindProperty]
    public string? Reden { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LaadAsync(id, ct))
        {
            return NotFound();
        }

        await VulAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostToelatenAsync(int id, CancellationToken ct) => Besluit(id, true, "De aanbieder is toegelaten; het contract staat in het register.", ct);

    public Task<IActionResult> OnPostAfwijzenAsync(int id, CancellationToken ct) => Besluit(id, false, "De aanmelding is afgewezen.", ct);

    private async Task<IActionResult> Besluit(int id, bool toelaten, string melding, CancellationToken ct)
    {
        if (!await LaadAsync(id, ct))
        {
            return NotFound();
        }

        var weigering = await Toelating.BeslissenAsync(Db, Aanbesteding, AanvraagId, toelaten, Reden, Wie, Tijd.GetUtcNow(), ct);
        if (weigering is null)
        {
            TempData["Melding"] = melding;
            return Redirect($"/aanbestedingen/{id}/toelating");
        }

        ModelState.AddModelError(string.Empty, weigering);
        Db.ChangeTracker.Clear();
        await VulAsync(ct);
        return Page();
    }

    private async Task VulAsync(CancellationToken ct)
    {
        Gesloten = Toelating.Gesloten(Aanbesteding, opties.Value, Tijd.GetUtcNow());
        Aanvragen = await Db.Toelatingsaanvragen.AsNoTracking().Include(t => t.Zorgaanbieder).Where(t => t.AanbestedingId == Aanbesteding.Id)
            .OrderBy(t => t.Status).ThenBy(t => t.IngediendOp).ToListAsync(ct);
        Toegelaten = await Db.Raamovereenkomsten.Where(c => c.AanbestedingId == Aanbesteding.Id).Select(c => c.ZorgaanbiederId).Distinct().CountAsync(ct);
    }
}
