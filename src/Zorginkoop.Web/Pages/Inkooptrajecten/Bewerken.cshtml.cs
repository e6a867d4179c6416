using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Accounts;
using Zorginkoop.Data;
using Zorginkoop.Inkooptrajecten;
using Zorginkoop.Web.Accounts;
using Zorginkoop.Web.Infrastructure;

namespace Zorginkoop.Web.Pages.Inkooptrajecten;

/// <summary>Create (/inkooptrajecten/nieuw) and edit (/inkooptrajecten/{id}/bewerken) a trajectory.</summary>
[Authorize(Policy = Policies.AanbestedingenBeheren)]
public class BewerkenModel(ZorginkoopDbContext db, IAuthorizationService autorisatie) : InkooptrajectPageModel(db, autorisatie)
{
    public int? Id { get; private set; }
    public string? OrigineleNaam { get; private set; }
    public IReadOnlyList<SelectListItem> RegioOpties { get; private set; } = [];

    [BindProperty]
    public InkooptrajectInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        var t = await PrepareAsync(id, ct);
        if (id is not null && t is null)
        {
            return NotFound();
        }

        if (t is not null)
        {
            Input = new InkooptrajectInput { Naam = t.Naam, Regio = t.Regio!.Code, Jeugd = t.Jeugd, Wmo = t.Wmo, Omschrijving = t.Omschrijving, Openbaar = t.Openbaar };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        var t = await PrepareAsync(id, ct);
        if (id is not null && t is null)
        {
            return NotFound();
        }

        if (!RegioOpties.Any(o => o.Value == Input.Regio) && await Db.Regios.AnyAsync(r => r.Code == Input.Regio, ct))
        {
            // Another region's code is refused as if it did not exist (decision record 0009).
            ModelState.AddModelError("Input.Regio", "Kies een regio waarin u aanbestedingen beheert.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var uitkomst = await InkooptrajectOpslaan.HandleAsync(Db, id, new(Input.Regio, Input.Naam, Input.Jeugd, Input.Wmo, Input.Omschrijving, Input.Openbaar), ct);
        if (!uitkomst.Gelukt)
        {
            ModelState.VoegToe(uitkomst.Weigeringen, "Input");
            return Page();
        }

        t = uitkomst.Waarde!;
        TempData["Melding"] = $"Inkooptraject '{t.Naam}' is opgeslagen{(t.Openbaar ? " en openbaar" : " als concept")}.";
        return RedirectToPage("/Inkooptrajecten/Details", new { id = t.Id });
    }

    private async Task<Inkooptraject?> PrepareAsync(int? id, CancellationToken ct)
    {
        await BepaalRechtenAsync();
        Id = id;
        RegioOpties = await RegionAccess.RegioOptiesAsync(Db, User, Rollen.AanbestedingBeheer, ct);
        var t = id is null ? null : await LoadInkooptrajectAsync(id.Value, ct);
        OrigineleNaam = t?.Naam;
        return t;
    }
}

public sealed class InkooptrajectInput
{
    public string? Naam { get; set; }
    public string? Regio { get; set; }
    public bool Jeugd { get; set; }
    public bool Wmo { get; set; }
    public string? Omschrijving { get; set; }
    public bool Openbaar { get; set; }
}
