using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Accounts;
using Zorginkoop.Catalogus;
using Zorginkoop.Data;

namespace Zorginkoop.Web.Pages.Catalogus;

/// <summary>
/// Create (/catalogus/nieuwe-regio, the systeembeheerder only) and edit (/catalogus/{regio}/bewerken, its own catalogue
/// managers or the systeembeheerder) a region and its municipalities.
/// </summary>
[Authorize(Policy = Policies.RegioBeheren)]
public class RegioBewerkenModel(ZorginkoopDbContext db, IAuthorizationService autorisatie) : CatalogusPageModel(autorisatie)
{
    public string? OrigineleCode { get; private set; }
    private bool Toegestaan { get; set; }
    public string? OrigineleNaam { get; private set; }
    public IEnumerable<SelectListItem> GemeenteOpties { get; private set; } = [];

    [BindProperty]
    public RegioInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string? regio, CancellationToken ct)
    {
        var bestaand = await LoadAsync(regio, ct);
        if ((regio is not null && bestaand is null) || !Toegestaan)
        {
            return NotFound();
        }

        if (bestaand is not null)
        {
            Input = new RegioInput { Code = bestaand.Code, Naam = bestaand.Naam, Gemeenten = bestaand.Gemeenten.Select(g => g.Code).ToList() };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? regio, CancellationToken ct)
    {
        var bestaand = await LoadAsync(regio, ct);
        if ((regio is not null && bestaand is null) || !Toegestaan)
        {
            return NotFound();
        }

        // A value the form could not even read (a date that is no date) is reported first; nothing is saved.
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var uitkomst = await RegioOpslaan.HandleAsync(db, regio, new(Input.Code, Input.Naam, Input.Gemeenten), ct);
        if (!uitkomst.Gelukt)
        {
            VoegMeldingenToe(uitkomst.Weigeringen, "Input");
            return Page();
        }

        var r = uitkomst.Waarde!;
        TempData["Melding"] = $"Regio {r.Naam} is opgeslagen.";
        return RedirectToPage("/Catalogus/Regio", new { regio = r.Code });
    }

    /// <summary>The region (null for a new one); <see cref="Toegestaan"/> false when this user may not create or edit it (404).</summary>
    private async Task<Regio?> LoadAsync(string? regio, CancellationToken ct)
    {
        await BepaalRechtenAsync();
        GemeenteOpties = (await db.Gemeenten.AsNoTracking().OrderBy(g => g.Naam).ToListAsync(ct))
            .Select(g => new SelectListItem($"{g.Naam} ({g.Code})", g.Code));
        var bestaand = regio is null ? null : await db.Regios.Include(r => r.Gemeenten).SingleOrDefaultAsync(r => r.Code == regio, ct);
        Toegestaan = bestaand is null ? IsSysteembeheerder : await InRegioAsync(bestaand.Id);
        OrigineleCode = bestaand?.Code;
        OrigineleNaam = bestaand?.Naam;
        return bestaand;
    }
}

public sealed class RegioInput
{
    public string? Code { get; set; }
    public string? Naam { get; set; }
    public List<string> Gemeenten { get; set; } = [];
}
