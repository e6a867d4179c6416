using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Catalogus;
using Zorginkoop.Data;
using Zorginkoop.Web.Infrastructure;
using Zorginkoop.Web.Pages.Catalogus;

namespace Zorginkoop.Web.Pages.Zorgaanbieders;

[AllowAnonymous]
public class IndexModel(ZorginkoopDbContext db, IAuthorizationService autorisatie) : CatalogusPageModel(autorisatie)
{
    public IReadOnlyList<Zorgaanbieder> Aanbieders { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public string? Zoek { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Pagina { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await BepaalRechtenAsync();
        var query = db.Zorgaanbieders.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Zoek))
        {
            var z = Zoek.Trim().ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // translated to SQL lower(): the same on SQLite and PostgreSQL
            query = query.Where(a => a.Naam.ToLower().Contains(z) || a.KvkNummer == z || a.AgbCode == z
                || (a.Plaats != null && a.Plaats.ToLower().Contains(z)));
#pragma warning restore CA1304, CA1311, CA1862
        }

        var totaal = await query.CountAsync(ct);
        Paging = new Paging(Paging.Normaliseer(Pagina), Paging.StandaardGrootte, totaal, p =>
            QueryString.Create(new Dictionary<string, string?> { ["zoek"] = Zoek, ["pagina"] = p.ToString(CultureInfo.InvariantCulture) }
                .Where(kv => !string.IsNullOrEmpty(kv.Value))).ToString());
#pragma warning disable CA1304, CA1311 // translated to SQL lower(): sorts "ASVZ" among the A's on every database
        Aanbieders = await query.OrderBy(a => a.Naam.ToLower()).ThenBy(a => a.Id).Skip(Paging.Overslaan).Take(Paging.PaginaGrootte).ToListAsync(ct);
#pragma warning restore CA1304, CA1311
    }
}
