using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Accounts;
using Zorginkoop.Catalogus;
using Zorginkoop.Data;

namespace Zorginkoop.Web.Pages.Catalogus;

[Authorize(Policy = Beleid.CatalogusBeheren)]
public class SegmentBewerkenModel(ZorginkoopDbContext db, IAuthorizationService autorisatie) : CatalogusPagina(autorisatie)
{
    public Regio Regio { get; private set; } = null!;
    public int? SegmentId { get; private set; }

    [BindProperty]
    public SegmentInvoer Invoer { get; set; } = new();

    public IEnumerable<SelectListItem> DomeinOpties => Enum.GetValues<Domein>().Select(d => new SelectListItem(d.Naam(), d.Code()));

    public async Task<IActionResult> OnGetAsync(string regio, int? id, CancellationToken ct)
    {
        if (!await LaadAsync(regio, id, ct))
        {
            return NotFound();
        }

        if (Regio.Segmenten.SingleOrDefault(s => s.Id == id) is { } s)
        {
            Invoer = new SegmentInvoer { Code = s.Code, Naam = s.Naam, Domein = s.Domein.Code(), Omschrijving = s.Omschrijving };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string regio, int? id, CancellationToken ct)
    {
        if (!await LaadAsync(regio, id, ct))
        {
            return NotFound();
        }

        var code = Invoer.Code?.Trim().ToLowerInvariant() ?? "";
        if (string.IsNullOrWhiteSpace(Invoer.Naam))
        {
            ModelState.AddModelError("Invoer.Naam", "Vul de naam van het segment in.");
        }

        if (!Codes.IsGeldig(code))
        {
            ModelState.AddModelError("Invoer.Code", $"{Codes.Uitleg}, zoals individuele-begeleiding.");
        }
        else if (Regio.Segmenten.Any(s => s.Code == code && s.Id != id))
        {
            ModelState.AddModelError("Invoer.Code", $"Regio {Regio.Naam} heeft al een segment met code {code}.");
        }

        if (!DomeinCodes.TryParse(Invoer.Domein, out var domein))
        {
            ModelState.AddModelError("Invoer.Domein", "Kies jeugd of wmo.");
        }
        else if (id is not null && Regio.Segmenten.Single(s => s.Id == id).Domein != domein
            && await db.Producten.AnyAsync(p => p.SegmentId == id, ct))
        {
            ModelState.AddModelError("Invoer.Domein", "Het domein kan niet veranderen zolang er producten in dit segment zitten.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var segment = Regio.Segmenten.SingleOrDefault(s => s.Id == id) ?? new Segment { Code = code, Naam = "", RegioId = Regio.Id };
        segment.Code = code;
        segment.Naam = Invoer.Naam!.Trim();
        segment.Domein = domein;
        segment.Omschrijving = string.IsNullOrWhiteSpace(Invoer.Omschrijving) ? null : Invoer.Omschrijving.Trim();
        if (segment.Id == 0)
        {
            db.Segmenten.Add(segment);
        }

        await db.SaveChangesAsync(ct);
        TempData["Melding"] = $"Segment {segment.Naam} is opgeslagen.";
        return RedirectToPage("/Catalogus/Regio", new { regio = Regio.Code });
    }

    private async Task<bool> LaadAsync(string regio, int? id, CancellationToken ct)
    {
        var gevonden = await db.Regios.Include(r => r.Segmenten).SingleOrDefaultAsync(r => r.Code == regio, ct);
        if (gevonden is null || (id is not null && gevonden.Segmenten.All(s => s.Id != id)))
        {
            return false;
        }

        Regio = gevonden;
        SegmentId = id;
        await BepaalRechtenAsync();
        return true;
    }
}

public sealed class SegmentInvoer
{
    public string? Code { get; set; }
    public string? Naam { get; set; }
    public string? Domein { get; set; } = "jeugd";
    public string? Omschrijving { get; set; }
}
