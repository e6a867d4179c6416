using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Accounts;
using Zorginkoop.Catalogus;
using Zorginkoop.Data;
using Zorginkoop.Inkooptrajecten;

namespace Zorginkoop.Web.Pages.Inkooptrajecten;

/// <summary>
/// Making a trajectory joint: the regions that take part besides the owner (issue 15). Only the owner region's
/// officers choose them; a participant's officer gets 404 here, as for any page she may not use.
/// </summary>
[Authorize(Policy = Policies.AanbestedingenBeheren)]
public class DeelnemersModel(ZorginkoopDbContext db, IAuthorizationService autorisatie) : InkooptrajectPageModel(db, autorisatie)
{
    public Inkooptraject Traject { get; private set; } = null!;
    public IReadOnlyList<Regio> AndereRegios { get; private set; } = [];

    [BindProperty]
    public List<string> Deelnemers { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LaadAsync(id, ct))
        {
            return NotFound();
        }

        Deelnemers = [.. Traject.Deelnames.Select(d => d.Regio!.Code)];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LaadAsync(id, ct))
        {
            return NotFound();
        }

        var r = await TrajectDeelnemersZetten.HandleAsync(Db, Traject, Deelnemers, ct);
        if (!r.Gelukt)
        {
            foreach (var w in r.Weigeringen)
            {
                ModelState.AddModelError(w.Veld is "" ? nameof(Deelnemers) : w.Veld, w.Tekst);
            }

            return Page();
        }

        TempData["Melding"] = Deelnemers.Count == 0 ? "Het inkooptraject is niet meer gezamenlijk." : "De deelnemende regio's zijn opgeslagen.";
        return RedirectToPage("Details", new { id });
    }

    private async Task<bool> LaadAsync(int id, CancellationToken ct)
    {
        if (await LoadInkooptrajectAsync(id, ct) is not { } t || !IsEigenaar)
        {
            return false;
        }

        Traject = t;
        AndereRegios = await Db.Regios.AsNoTracking().Where(r => r.Id != t.RegioId).OrderBy(r => r.Naam).ToListAsync(ct);
        return true;
    }
}
