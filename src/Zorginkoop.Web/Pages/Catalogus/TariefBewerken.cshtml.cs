using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Accounts;
using Zorginkoop.Catalogus;
using Zorginkoop.Data;
using Zorginkoop.Formatting;

namespace Zorginkoop.Web.Pages.Catalogus;

[Authorize(Policy = Beleid.CatalogusBeheren)]
public class TariefBewerkenModel(ZorginkoopDbContext db, IAuthorizationService autorisatie) : CatalogusPagina(autorisatie)
{
    public Product Product { get; private set; } = null!;
    public int? TariefId { get; private set; }

    [BindProperty]
    public TariefInvoer Invoer { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string regio, int productId, int? tariefId, CancellationToken ct)
    {
        if (!await LaadAsync(regio, productId, tariefId, ct))
        {
            return NotFound();
        }

        if (Product.Tarieven.SingleOrDefault(t => t.Id == tariefId) is { } tarief)
        {
            Invoer = new TariefInvoer
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
        if (!await LaadAsync(regio, productId, tariefId, ct))
        {
            return NotFound();
        }

        var cent = NlFormat.LeesBedragCent(Invoer.Bedrag);
        if (cent is null)
        {
            ModelState.AddModelError("Invoer.Bedrag", "Vul het tarief in euro in, met hoogstens twee cijfers achter de komma, zoals 125,50.");
        }

        if (Invoer.GeldigVan is null)
        {
            ModelState.AddModelError("Invoer.GeldigVan", "Vul de datum in waarop het tarief ingaat.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var tarief = Product.Tarieven.SingleOrDefault(t => t.Id == tariefId) ?? new Tarief { ProductId = Product.Id };
        tarief.BedragCent = cent!.Value;
        tarief.GeldigVan = Invoer.GeldigVan!.Value;
        tarief.GeldigTot = Invoer.GeldigTot;
        VoegMeldingenToe(TariefRegels.Valideer(tarief, Product, Product.Tarieven), "Invoer");
        if (!ModelState.IsValid)
        {
            // Rule messages about the amount belong to the amount field of this form.
            if (ModelState.Remove("Invoer.BedragCent"))
            {
                ModelState.AddModelError("Invoer.Bedrag", "Een tarief kan niet negatief zijn.");
            }

            return Page();
        }

        if (tarief.Id == 0)
        {
            db.Tarieven.Add(tarief);
        }

        await db.SaveChangesAsync(ct);
        TempData["Melding"] = $"Het tarief van {NlFormat.BedragMetCenten(tarief.BedragCent)} vanaf {NlFormat.Datum(tarief.GeldigVan)} is opgeslagen.";
        return RedirectToPage("/Catalogus/Product", new { regio, id = Product.Id });
    }

    private async Task<bool> LaadAsync(string regio, int productId, int? tariefId, CancellationToken ct)
    {
        var product = await db.Producten.Include(p => p.Regio).Include(p => p.Eenheid).Include(p => p.Tarieven)
            .SingleOrDefaultAsync(p => p.Id == productId && p.Regio!.Code == regio, ct);
        if (product is null || (tariefId is not null && product.Tarieven.All(t => t.Id != tariefId)))
        {
            return false;
        }

        Product = product;
        TariefId = tariefId;
        await BepaalRechtenAsync();
        return true;
    }
}

public sealed class TariefInvoer
{
    public string? Bedrag { get; set; }
    public DateOnly? GeldigVan { get; set; }
    public DateOnly? GeldigTot { get; set; }
}
