using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;

namespace Zorginkoop.Web.Pages.Catalogus;

[AllowAnonymous]
public class IndexModel(ZorginkoopDbContext db, IAuthorizationService autorisatie) : CatalogusPageModel(autorisatie)
{
    public sealed record RegioRegel(string Code, string Naam, IReadOnlyList<string> Gemeenten, int Segmenten, int Producten);

    public IReadOnlyList<RegioRegel> Regios { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        await BepaalRechtenAsync();
        var regios = await db.Regios.AsNoTracking().Include(r => r.Gemeenten).OrderBy(r => r.Naam)
            .Select(r => new { r.Code, r.Naam, Gemeenten = r.Gemeenten.OrderBy(g => g.Naam).Select(g => g.Naam).ToList(), Segmenten = r.Segmenten.Count, Producten = r.Producten.Count })
            .ToListAsync(ct);
        Regios = regios.Select(r => new RegioRegel(r.Code, r.Naam, r.Gemeenten, r.Segmenten, r.Producten)).ToList();
    }
}
