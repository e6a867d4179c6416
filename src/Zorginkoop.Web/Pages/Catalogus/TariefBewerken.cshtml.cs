using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Accounts;
using Zorginkoop.Catalogus;
using Zorginkoop.Data;
using Zorginkoop.Formatting;

namespace Zorginkoop.Web.Pages.Catalogus;

[Authorize(Policy = Policies.CatalogusBeheren)]
public class TariefBewerkenModel(ZorginkoopDbContext db, IAuthorizationService autorisatie) : CatalogusPageModel(autorisatie)
{
    public Product Product { get; private set; } = null!;
    public int? TariefId { get; private set; }

    [BindProperty]
    public TariefInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string regio, int productId, int? tariefId, CancellationToken ct)
    {
        if (!await LoadAsync(regio, productId, tariefId, ct))
        {
            return NotFound();
        }

        if (Product.Tarieven.SingleOrDefault(t => t.Id == tariefId) is { } tarief)
        {
            Input = new TariefInput
            {
                Bedrag = (tarief.BedragCent / 100m).ToString("0.00", NlFormat.Cultuur),
                GeldigVan = tarief.GeldigVan,
                GeldigTot = tarief.GeldigTot,
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string regio, int productId, int? tariefId, CancellationToken ct)
    {
        if (!await LoadAsync(regio, productId, tariefId, ct))
        {
            return NotFound();
        }

        // A value the form could not even read (a date that is no date) is reported first; nothing is saved.
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var uitkomst = await TariefOpslaan.HandleAsync(db, regio, productId, tariefId, new(Input.Bedrag, Input.GeldigVan, Input.GeldigTot), ct);
        if (!uitkomst.Gelukt)
        {
            VoegMeldingenToe(uitkomst.Weigeringen, "Input");
            return Page();
        }

        var tarief = uitkomst.Waarde!;
        TempData["Melding"] = $"Het tarief van {NlFormat.BedragMetCenten(tarief.BedragCent)} vanaf {NlFormat.Datum(tarief.GeldigVan)} is opgeslagen.";
        return RedirectToPage("/Catalogus/Product", new { regio, id = Product.Id });
    }

    private async Task<bool> LoadAsync(string regio, int productId, int? tariefId, CancellationToken ct)
    {
        var product = await db.Producten.Include(p => p.Regio).Include(p => p.Eenheid).Include(p => p.Tarieven)
            .SingleOrDefaultAsync(p => p.Id == productId && p.Regio!.Code == regio, ct);
        if (product is null || (tariefId is not null && product.Tarieven.All(t => t.Id != tariefId)))
        {
            return false;
        }

        Product = product;
        TariefId = tariefId;
        return await InRegioAsync(product.RegioId);
    }
}

public sealed class TariefInput
{
    public string? Bedrag { get; set; }
    public DateOnly? GeldigVan { get; set; }
    public DateOnly? GeldigTot { get; set; }
}
