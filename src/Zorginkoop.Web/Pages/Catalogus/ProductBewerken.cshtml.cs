using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Zorginkoop.Accounts;
using Zorginkoop.Catalogus;
using Zorginkoop.Data;

namespace Zorginkoop.Web.Pages.Catalogus;

/// <summary>Create (…/producten/nieuw) and edit (…/producten/{id}/bewerken, see the route in Program) a product.</summary>
[Authorize(Policy = Policies.CatalogusBeheren)]
public class ProductBewerkenModel(ZorginkoopDbContext db, IAuthorizationService autorisatie) : CatalogusPageModel(autorisatie)
{
    public CatalogusReferentie Referentie { get; private set; } = null!;
    public int? Id { get; private set; }
    public string? OrigineleCode { get; private set; }

    [BindProperty]
    public ProductInput Input { get; set; } = new();

    public IEnumerable<SelectListItem> DomeinOpties => Enum.GetValues<Domein>().Select(d => new SelectListItem(d.Naam(), d.Code()));

    public IEnumerable<SelectListItem> CategorieOpties
    {
        get
        {
            var groepen = Enum.GetValues<Domein>().ToDictionary(d => d, d => new SelectListGroup { Name = d.Naam() });
            return Referentie.Categorieen.OrderBy(c => c.Domein).ThenBy(c => c.Code)
                .Select(c => new SelectListItem($"{c.Code} {c.Omschrijving}", c.Code) { Group = groepen[c.Domein] });
        }
    }

    public IEnumerable<SelectListItem> EenheidOpties =>
        Referentie.Eenheden.OrderBy(e => e.Code).Select(e => new SelectListItem($"{e.Code} {e.Omschrijving}", e.Code));

    public IEnumerable<SelectListItem> SegmentOpties =>
        Referentie.Segmenten.OrderBy(s => s.Domein).ThenBy(s => s.Naam)
            .Select(s => new SelectListItem($"{s.Naam} ({s.Domein.Naam()})", s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public async Task<IActionResult> OnGetAsync(string regio, int? id, CancellationToken ct)
    {
        if (!await LoadAsync(regio, id, ct))
        {
            return NotFound();
        }

        if (id is not null)
        {
            Input = ProductInput.Van(Referentie.Producten.Single(p => p.Id == id));
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

        var uitkomst = await ProductOpslaan.HandleAsync(db, regio, id, Input.Gegevens(), ct);
        if (!uitkomst.Gelukt)
        {
            VoegMeldingenToe(uitkomst.Weigeringen, "Input");
            return Page();
        }

        var product = uitkomst.Waarde!;
        TempData["Melding"] = $"Product {product.Code} is opgeslagen.";
        return RedirectToPage("/Catalogus/Product", new { regio = Referentie.Regio.Code, id = product.Id });
    }

    private async Task<bool> LoadAsync(string regio, int? id, CancellationToken ct)
    {
        var referentie = await CatalogusReferentie.LoadAsync(db, regio, volgen: true, ct);
        if (referentie is null || (id is not null && referentie.Producten.All(p => p.Id != id)))
        {
            return false;
        }

        Referentie = referentie;
        Id = id;
        OrigineleCode = id is null ? null : referentie.Producten.Single(p => p.Id == id).Code;
        return await InRegioAsync(referentie.Regio.Id);
    }
}

public sealed class ProductInput
{
    public string? Code { get; set; }
    public string? Naam { get; set; }
    public string? Domein { get; set; } = "jeugd";
    public string? CategorieCode { get; set; }
    public string? Monitorgroep { get; set; }
    public string? EenheidCode { get; set; }
    public int? SegmentId { get; set; }
    public DateOnly? GeldigVan { get; set; }
    public DateOnly? GeldigTot { get; set; }
    public string? LandelijkeCode { get; set; }

    public static ProductInput Van(Product p) => new()
    {
        Code = p.Code,
        Naam = p.Naam,
        Domein = p.Domein.Code(),
        CategorieCode = p.CategorieCode,
        Monitorgroep = p.Monitorgroep,
        EenheidCode = p.EenheidCode,
        SegmentId = p.SegmentId,
        GeldigVan = p.GeldigVan,
        GeldigTot = p.GeldigTot,
        LandelijkeCode = p.LandelijkeCode,
    };

    public ProductOpslaan.Gegevens Gegevens() =>
        new(Code, Naam, Domein, CategorieCode, Monitorgroep, EenheidCode, SegmentId, GeldigVan, GeldigTot, LandelijkeCode);
}
