using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Contracten;
using Zorginkoop.Data;
using Zorginkoop.Formatting;
using Zorginkoop.Web.Infrastructure;

namespace Zorginkoop.Web.Pages.Contracten;

/// <summary>Public: who is contracted for which product (and segment) in which municipalities, from when to when.</summary>
[AllowAnonymous]
public class GecontracteerdModel(ZorginkoopDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Regio { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Gemeente { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Zoek { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Pagina { get; set; }

    public IReadOnlyList<GecontracteerdRij> Rijen { get; private set; } = [];
    public int Totaal { get; private set; }
    public int Aanbieders { get; private set; }
    public Paging Paging { get; private set; } = null!;
    public IReadOnlyList<(string Code, string Naam)> Regios { get; private set; } = [];
    public IReadOnlyList<(string Code, string Naam)> Gemeenten { get; private set; } = [];
    public IReadOnlyDictionary<string, string> GemeentenPerRegio { get; private set; } = new Dictionary<string, string>();
    public DateOnly Vandaag { get; private set; }

    /// <summary>The contracted supply as the back offices' file (GET /api/v1/gecontracteerd.csv) with this page's region and municipality.</summary>
    public string CsvAdres => "/api/v1/gecontracteerd.csv" + QueryString.Create(new Dictionary<string, string?> { ["regio"] = Regio, ["gemeente"] = Gemeente }
        .Where(p => !string.IsNullOrWhiteSpace(p.Value)));

    public async Task OnGetAsync(CancellationToken ct)
    {
        Vandaag = NlFormat.DatumInAmsterdam(HttpContext.RequestArrival());
        var regios = await db.Regios.AsNoTracking().Include(r => r.Gemeenten).OrderBy(r => r.Naam).ToListAsync(ct);
        Regios = [.. regios.Select(r => (r.Code, r.Naam))];
        Gemeenten = [.. regios.SelectMany(r => r.Gemeenten).DistinctBy(g => g.Code).OrderBy(g => g.Naam, StringComparer.Ordinal).Select(g => (g.Code, g.Naam))];
        GemeentenPerRegio = regios.ToDictionary(r => r.Code, r => string.Join(", ", r.Gemeenten.Select(g => g.Naam).Order(StringComparer.Ordinal)));
        var rijen = await Gecontracteerd.ZoekAsync(db, Vandaag, string.IsNullOrWhiteSpace(Regio) ? null : Regio, ct);
        if (!string.IsNullOrWhiteSpace(Gemeente))
        {
            var inRegio = regios.Where(r => r.Gemeenten.Any(g => g.Code == Gemeente)).Select(r => r.Code).ToHashSet();
            rijen = [.. rijen.Where(r => inRegio.Contains(r.RegioCode))];
        }

        if (!string.IsNullOrWhiteSpace(Zoek))
        {
            var z = Zoek.Trim();
            rijen = [.. rijen.Where(r => r.ProductCode.Contains(z, StringComparison.OrdinalIgnoreCase) || r.ProductNaam.Contains(z, StringComparison.OrdinalIgnoreCase)
                || (r.Segment?.Contains(z, StringComparison.OrdinalIgnoreCase) ?? false) || r.Zorgaanbieder.Contains(z, StringComparison.OrdinalIgnoreCase))];
        }

        Totaal = rijen.Count;
        Aanbieders = rijen.Select(r => r.ZorgaanbiederId).Distinct().Count();
        Paging = new Paging(Paging.Normaliseer(Pagina), 50, Totaal, p => Paging.Link(
            ("regio", Regio), ("gemeente", Gemeente), ("zoek", Zoek), ("pagina", p.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        Rijen = [.. rijen.Skip(Paging.Overslaan).Take(Paging.PaginaGrootte)];
    }
}
