using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Accounts;
using Zorginkoop.Data;
using Zorginkoop.Web.Infrastructure;
using Zorginkoop.Werk;

namespace Zorginkoop.Web.Pages.Werk;

/// <summary>
/// The work list (issue 16): the home page after login. Everything that needs this person now, in her regions, by
/// urgency, each item a link to where it is done. A provider's list is /mijn; someone without a region (a
/// systeembeheerder alone) is told where her work is.
/// </summary>
[Authorize]
public class IndexModel(ZorginkoopDbContext db, WerkTeller teller) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Regio { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Soort { get; set; }

    public bool HeeftWerkbak { get; private set; }
    public IReadOnlyList<Werkitem> Items { get; private set; } = [];
    public int Totaal { get; private set; }
    public IReadOnlyDictionary<int, string> RegioNamen { get; private set; } = new Dictionary<int, string>();
    public IReadOnlyList<SelectListItem> RegioOpties { get; private set; } = [];
    public IReadOnlyList<SelectListItem> SoortOpties { get; private set; } = [];
    public int Ongelezen { get; private set; }
    public DateTimeOffset Moment { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (User.IsInRole(Rollen.Aanbieder))
        {
            return Redirect("/mijn");
        }

        if (WerkTeller.Medewerker(User) is not { } wie)
        {
            return Page();
        }

        HeeftWerkbak = true;
        Moment = HttpContext.RequestArrival();
        var alle = await Werkbak.VoorAsync(db, wie, Moment, ct);
        teller.Onthoud(HttpContext, alle);
        var regioIds = wie.Leden.Select(l => l.RegioId).Distinct().ToList();
        var regios = await db.Regios.AsNoTracking().Where(r => regioIds.Contains(r.Id)).OrderBy(r => r.Naam).ToListAsync(ct);
        RegioNamen = regios.ToDictionary(r => r.Id, r => r.Naam);
        RegioOpties = [new SelectListItem("Alle regio's", ""), .. regios.Select(r => new SelectListItem(r.Naam, r.Code))];
        var soorten = alle.Select(i => i.Soort).ToHashSet();
        SoortOpties = [new SelectListItem("Alle soorten", ""), .. Werksoorten.Alle.Where(s => soorten.Contains(s.Code) || s.Code == Soort).Select(s => new SelectListItem(s.Naam, s.Code))];
        var regioId = regios.FirstOrDefault(r => r.Code == Regio)?.Id;
        Totaal = Werkbak.Taken(alle);
        Items = [.. alle.Where(i => (regioId is null || i.RegioId == regioId) && (string.IsNullOrEmpty(Soort) || i.Soort == Soort))];
        Ongelezen = await db.Postvakberichten.CountAsync(p => p.GebruikerId == wie.GebruikerId && p.GelezenOp == null, ct);
        return Page();
    }

    public static string Kop(Urgentie u) => u switch
    {
        Urgentie.Verlopen => "Te laat of vandaag",
        Urgentie.Dringend => $"Binnen {Werkbak.DringendDagen} dagen",
        Urgentie.Binnenkort => "Binnen twee weken",
        Urgentie.Wacht => "Wacht op u",
        _ => "Ter informatie",
    };

    public static string Naam(string soort) => Werksoorten.Van(soort)?.Naam ?? soort;
}
