using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zorginkoop.Accounts;
using Zorginkoop.Contracten;
using Zorginkoop.Data;
using Zorginkoop.Gunning;
using Zorginkoop.Web.Accounts;
using Zorginkoop.Web.Pages.Aanbestedingen;

namespace Zorginkoop.Web.Pages.Contracten;

/// <summary>A provider applies for admission to an Open House procedure, and sees its applications and the decisions.</summary>
[Authorize(Policy = Policies.Aanbieder)]
public class AanmeldenModel(ZorginkoopDbContext db, IAuthorizationService autorisatie, TimeProvider tijd, IOptions<ContractOptions> opties) : AanbestedingPageModel(db, autorisatie, tijd)
{
    public string? Gesloten { get; private set; }
    public IReadOnlyList<Criterium> Eisen { get; private set; } = [];
    public IReadOnlyList<Toelatingsaanvraag> Aanvragen { get; private set; } = [];
    public IReadOnlyList<Raamovereenkomst> Contracten { get; private set; } = [];

    [BindProperty]
    public List<int> Percelen { get; set; } = [];

    [BindProperty]
    public List<int> Bevestigd { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        await FillAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var weigering = await ToelatingAanvragen.HandleAsync(Db, Aanbesteding, opties.Value, new(User.ZorgaanbiederId() ?? -1, Percelen, Bevestigd), Wie, Nu, ct);
        if (weigering is null)
        {
            TempData["Melding"] = "Uw aanmelding is ontvangen. Een inkoper beoordeelt haar; u krijgt bericht van het besluit.";
            return RedirectToPage();
        }

        ModelState.AddModelError(string.Empty, weigering.Tekst);
        Db.ChangeTracker.Clear();
        await FillAsync(ct);
        return Page();
    }

    private async Task FillAsync(CancellationToken ct)
    {
        var aanbieder = User.ZorgaanbiederId() ?? -1;
        Gesloten = Toelating.Gesloten(Aanbesteding, opties.Value, Nu)?.Tekst;
        Eisen = [.. (await Criteria.VanAsync(Db, Aanbesteding.Id, ct)).Where(c => c.Soort == CriteriumSoort.Eis)];
        Aanvragen = await Db.Toelatingsaanvragen.AsNoTracking().Where(t => t.AanbestedingId == Aanbesteding.Id && t.ZorgaanbiederId == aanbieder)
            .OrderByDescending(t => t.IngediendOp).ToListAsync(ct);
        Contracten = await Db.Raamovereenkomsten.AsNoTracking().Where(c => c.AanbestedingId == Aanbesteding.Id && c.ZorgaanbiederId == aanbieder)
            .OrderBy(c => c.PerceelNummer).ToListAsync(ct);
    }
}
