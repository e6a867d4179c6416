using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Accounts;
using Zorginkoop.Catalogus;
using Zorginkoop.Data;

namespace Zorginkoop.Web.Pages.Catalogus;

/// <summary>Create (/catalogus/nieuwe-regio) and edit (/catalogus/{regio}/bewerken) a region and its municipalities.</summary>
[Authorize(Policy = Beleid.CatalogusBeheren)]
public class RegioBewerkenModel(ZorginkoopDbContext db, IAuthorizationService autorisatie) : CatalogusPagina(autorisatie)
{
    public string? OrigineleCode { get; private set; }
    public string? OrigineleNaam { get; private set; }
    public IEnumerable<SelectListItem> GemeenteOpties { get; private set; } = [];

    [BindProperty]
    public RegioInvoer Invoer { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string? regio, CancellationToken ct)
    {
        var bestaand = await LaadAsync(regio, ct);
        if (regio is not null && bestaand is null)
        {
            return NotFound();
        }

        if (bestaand is not null)
        {
            Invoer = new RegioInvoer { Code = bestaand.Code, Naam = bestaand.Naam, Gemeenten = bestaand.Gemeenten.Select(g => g.Code).ToList() };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? regio, CancellationToken ct)
    {
        var bestaand = await LaadAsync(regio, ct);
        if (regio is not null && bestaand is null)
        {
            return NotFound();
        }

        var code = Invoer.Code?.Trim().ToLowerInvariant() ?? "";
        if (string.IsNullOrWhiteSpace(Invoer.Naam))
        {
            ModelState.AddModelError("Invoer.Naam", "Vul de naam van de regio in.");
        }

        if (!Codes.IsGeldig(code))
        {
            ModelState.AddModelError("Invoer.Code", $"{Codes.Uitleg}, zoals utrecht-west.");
        }
        else if (code == "nieuwe-regio" || await db.Regios.AnyAsync(r => r.Code == code && r.Id != (bestaand == null ? 0 : bestaand.Id), ct))
        {
            ModelState.AddModelError("Invoer.Code", $"Er is al een regio met code {code}.");
        }

        var gemeenten = await db.Gemeenten.Where(g => Invoer.Gemeenten.Contains(g.Code)).ToListAsync(ct);
        if (gemeenten.Count == 0)
        {
            ModelState.AddModelError("Invoer.Gemeenten", "Kies ten minste één gemeente.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var r = bestaand ?? new Regio { Code = code, Naam = "" };
        r.Code = code;
        r.Naam = Invoer.Naam!.Trim();
        r.Gemeenten.Clear();
        r.Gemeenten.AddRange(gemeenten);
        if (r.Id == 0)
        {
            db.Regios.Add(r);
        }

        await db.SaveChangesAsync(ct);
        TempData["Melding"] = $"Regio {r.Naam} is opgeslagen.";
        return RedirectToPage("/Catalogus/Regio", new { regio = r.Code });
    }

    private async Task<Regio?> LaadAsync(string? regio, CancellationToken ct)
    {
        await BepaalRechtenAsync();
        GemeenteOpties = (await db.Gemeenten.AsNoTracking().OrderBy(g => g.Naam).ToListAsync(ct))
            .Select(g => new SelectListItem($"{g.Naam} ({g.Code})", g.Code));
        var bestaand = regio is null ? null : await db.Regios.Include(r => r.Gemeenten).SingleOrDefaultAsync(r => r.Code == regio, ct);
        OrigineleCode = bestaand?.Code;
        OrigineleNaam = bestaand?.Naam;
        return bestaand;
    }
}

public sealed class RegioInvoer
{
    public string? Code { get; set; }
    public string? Naam { get; set; }
    public List<string> Gemeenten { get; set; } = [];
}
