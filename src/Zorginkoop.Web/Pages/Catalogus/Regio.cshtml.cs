using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Catalogus;
using Zorginkoop.Data;
using Zorginkoop.Formatting;
using Zorginkoop.Web.Infrastructure;

namespace Zorginkoop.Web.Pages.Catalogus;

[AllowAnonymous]
public class RegioModel(ZorginkoopDbContext db, IAuthorizationService autorisatie) : CatalogusPageModel(autorisatie)
{
    public Regio Regio { get; private set; } = null!;
    public IReadOnlyList<Product> Producten { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;
    public DateOnly Vandaag { get; private set; }
    public IEnumerable<SelectListItem> DomeinOpties { get; private set; } = [];
    public IEnumerable<SelectListItem> SegmentOpties { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Zoek { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Domein { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Segment { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? GeldigOp { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Pagina { get; set; }

    public async Task<IActionResult> OnGetAsync(string regio, CancellationToken ct)
    {
        var gevonden = await db.Regios.AsNoTracking().Include(r => r.Gemeenten).Include(r => r.Segmenten)
            .SingleOrDefaultAsync(r => r.Code == regio, ct);
        if (gevonden is null)
        {
            return NotFound();
        }

        Regio = gevonden;
        await BepaalRechtenAsync(gevonden.Id);
        Vandaag = NlFormat.DatumInAmsterdam(HttpContext.RequestArrival());
        DomeinOpties = Enum.GetValues<Domein>().Select(d => new SelectListItem(d.Naam(), d.Code()));
        SegmentOpties = Regio.Segmenten.OrderBy(s => s.Naam).Select(s => new SelectListItem(s.Naam, s.Code));

        var query = db.Producten.AsNoTracking().Where(p => p.RegioId == Regio.Id);
        if (!string.IsNullOrWhiteSpace(Zoek))
        {
            var z = Zoek.Trim().ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // translated to SQL lower(): the same on SQLite and PostgreSQL
            query = query.Where(p => p.Code.ToLower().Contains(z) || p.Naam.ToLower().Contains(z));
#pragma warning restore CA1304, CA1311, CA1862
        }

        if (DomeinCodes.TryParse(Domein, out var domein))
        {
            query = query.Where(p => p.Domein == domein);
        }

        if (!string.IsNullOrEmpty(Segment))
        {
            query = query.Where(p => p.Segment!.Code == Segment);
        }

        if (GeldigOp is { } op)
        {
            query = query.Where(p => (p.GeldigVan == null || p.GeldigVan <= op) && (p.GeldigTot == null || p.GeldigTot >= op));
        }

        var totaal = await query.CountAsync(ct);
        Paging = new Paging(Paging.Normaliseer(Pagina), Paging.StandaardGrootte, totaal, LinkNaarPagina);
        Producten = await query.Include(p => p.Tarieven).Include(p => p.Segment).Include(p => p.Eenheid)
            .OrderBy(p => p.Code).ThenBy(p => p.GeldigVan)
            .Skip(Paging.Overslaan).Take(Paging.PaginaGrootte)
            .ToListAsync(ct);
        return Page();
    }

    private string LinkNaarPagina(int pagina) =>
        QueryString.Create(new Dictionary<string, string?>
        {
            ["zoek"] = Zoek,
            ["domein"] = Domein,
            ["segment"] = Segment,
            ["geldigOp"] = GeldigOp?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["pagina"] = pagina.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Where(kv => !string.IsNullOrEmpty(kv.Value))) + "#producten";
}
