using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Accounts;
using Zorginkoop.Catalogus;
using Zorginkoop.Data;

namespace Zorginkoop.Web.Pages.Catalogus;

[Authorize(Policy = Policies.CatalogusBeheren)]
public class SegmentBewerkenModel(ZorginkoopDbContext db, IAuthorizationService autorisatie) : CatalogusPageModel(autorisatie)
{
    public Regio Regio { get; private set; } = null!;
    public int? SegmentId { get; private set; }

    [BindProperty]
    public SegmentInput Input { get; set; } = new();

    public IEnumerable<SelectListItem> DomeinOpties => Enum.GetValues<Domein>().Select(d => new SelectListItem(d.Naam(), d.Code()));

    public async Task<IActionResult> OnGetAsync(string regio, int? id, CancellationToken ct)
    {
        if (!await LoadAsync(regio, id, ct))
        {
            return NotFound();
        }

        if (Regio.Segmenten.SingleOrDefault(s => s.Id == id) is { } s)
        {
            Input = new SegmentInput { Code = s.Code, Naam = s.Naam, Domein = s.Domein.Code(), Omschrijving = s.Omschrijving };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string regio, int? id, CancellationToken ct)
    {
        if (!await LoadAsync(regio, id, ct))
        {
            return NotFound();
        }

        // A value the form could not even read (a date that is no date) is reported first; nothing is saved.
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var uitkomst = await SegmentOpslaan.HandleAsync(db, regio, id, new(Input.Code, Input.Naam, Input.Domein, Input.Omschrijving), ct);
        if (!uitkomst.Gelukt)
        {
            VoegMeldingenToe(uitkomst.Weigeringen, "Input");
            return Page();
        }

        var segment = uitkomst.Waarde!;
        TempData["Melding"] = $"Segment {segment.Naam} is opgeslagen.";
        return RedirectToPage("/Catalogus/Regio", new { regio = Regio.Code });
    }

    private async Task<bool> LoadAsync(string regio, int? id, CancellationToken ct)
    {
        var gevonden = await db.Regios.Include(r => r.Segmenten).SingleOrDefaultAsync(r => r.Code == regio, ct);
        if (gevonden is null || (id is not null && gevonden.Segmenten.All(s => s.Id != id)))
        {
            return false;
        }

        Regio = gevonden;
        SegmentId = id;
        return await InRegioAsync(gevonden.Id);
    }
}

public sealed class SegmentInput
{
    public string? Code { get; set; }
    public string? Naam { get; set; }
    public string? Domein { get; set; } = "jeugd";
    public string? Omschrijving { get; set; }
}
