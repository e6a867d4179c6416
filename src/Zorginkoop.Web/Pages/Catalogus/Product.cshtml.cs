using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Catalogus;
using Zorginkoop.Data;
using Zorginkoop.Web.Infrastructure;

namespace Zorginkoop.Web.Pages.Catalogus;

[AllowAnonymous]
public class ProductModel(ZorginkoopDbContext db, IAuthorizationService autorisatie) : CatalogusPageModel(autorisatie)
{
    public Product Product { get; private set; } = null!;
    public string? CategorieOmschrijving { get; private set; }
    public IReadOnlyList<Zorginkoop.Audit.AuditRegel> Wijzigingen { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string regio, int id, CancellationToken ct)
    {
        var product = await db.Producten.AsNoTracking().AsSplitQuery()
            .Include(p => p.Regio).Include(p => p.Segment).Include(p => p.Eenheid).Include(p => p.Tarieven)
            .SingleOrDefaultAsync(p => p.Id == id && p.Regio!.Code == regio, ct);
        if (product is null)
        {
            return NotFound();
        }

        Product = product;
        CategorieOmschrijving = await db.ProductCategorieen.Where(c => c.Domein == product.Domein && c.Code == product.CategorieCode)
            .Select(c => c.Omschrijving).SingleOrDefaultAsync(ct);
        await BepaalRechtenAsync(product.RegioId);
        if (MagBeheren)
        {
            Wijzigingen = await db.GeschiedenisAsync(
                product.Tarieven.Select(t => (nameof(Tarief), t.Id)).Prepend((nameof(Product), product.Id)), ct);
        }

        return Page();
    }
}
