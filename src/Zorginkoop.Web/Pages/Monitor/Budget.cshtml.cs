using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Accounts;
using Zorginkoop.Catalogus;
using Zorginkoop.Data;
using Zorginkoop.Formatting;
using Zorginkoop.Monitoring;
using Zorginkoop.Web.Accounts;
using Zorginkoop.Web.Infrastructure;

namespace Zorginkoop.Web.Pages.Monitor;

/// <summary>Budget against realisation per year; officers who manage the catalogue set the budget.</summary>
[Authorize(Policy = Policies.Medewerker)]
public class BudgetModel(ZorginkoopDbContext db, IAuthorizationService autorisatie) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Regio { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Jaar { get; set; }

    /// <summary>Budget per group in euros as typed, keyed "domein|monitorgroep".</summary>
    [BindProperty]
    public Dictionary<string, string?> Bedragen { get; set; } = [];

    public bool MagWijzigen { get; private set; }
    public IEnumerable<SelectListItem> RegioOpties { get; private set; } = [];
    public Budgetoverzicht? Overzicht { get; private set; }
    public IReadOnlyList<(Domein Domein, string Groep)> Groepen { get; private set; } = [];

    public static string Sleutel(Domein d, string groep) => BudgetVaststellen.Sleutel(d, groep);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct, invoerBewaren: true);
        // Another region's budget is not found (404), one's own without the right refused (403).
        if (Regio is null || Jaar is null || Overzicht is null)
        {
            return NotFound();
        }

        if (!MagWijzigen)
        {
            return Forbid();
        }

        var regels = Groepen.Select(g => new BudgetVaststellen.Regel(g.Domein, g.Groep, Bedragen.GetValueOrDefault(Sleutel(g.Domein, g.Groep)))).ToList();
        var uitkomst = await BudgetVaststellen.HandleAsync(db, Regio, Jaar.Value, regels, ct);
        if (!uitkomst.Gelukt)
        {
            foreach (var w in uitkomst.Weigeringen)
            {
                ModelState.AddModelError(string.IsNullOrEmpty(w.Veld) ? "" : $"Bedragen[{w.Veld}]", w.Tekst);
            }

            return Page();
        }

        TempData["Melding"] = $"Het budget {Jaar} is opgeslagen.";
        return RedirectToPage(new { regio = Regio, jaar = Jaar });
    }

    private async Task LoadAsync(CancellationToken ct, bool invoerBewaren = false)
    {
        // A budget is of the user's own regions only, and set by its catalogue managers (decision record 0009).
        var regios = await RegionAccess.EigenRegiosAsync(db, User, ct);
        RegioOpties = regios.Select(r => new SelectListItem(r.Naam, r.Code));
        Regio ??= regios.FirstOrDefault()?.Code;
        var vandaag = NlFormat.DatumInAmsterdam(HttpContext.RequestArrival());
        var regio = regios.FirstOrDefault(r => r.Code == Regio);
        Jaar ??= regio is null ? vandaag.Year : await Budgetrealisatie.StandaardjaarAsync(db, regio.Id, vandaag.Year, ct);
        MagWijzigen = regio is not null && (await autorisatie.AuthorizeAsync(User, new InRegio(regio.Id), Policies.CatalogusBeheren)).Succeeded;
        if (regio is null || Jaar is < 2000 or > 2100)
        {
            return;
        }

        Overzicht = await Budgetrealisatie.BerekenAsync(db, regio.Code, Jaar.Value, vandaag, ct);
        var uitCatalogus = await db.Producten.AsNoTracking().Where(p => p.RegioId == regio.Id)
            .Select(p => new { p.Domein, p.Monitorgroep }).Distinct().ToListAsync(ct);
        Groepen = uitCatalogus.Select(g => (g.Domein, g.Monitorgroep))
            .Union(Overzicht.Rijen.Select(r => (r.Domein, r.Monitorgroep)))
            .Distinct().OrderBy(g => g.Item1).ThenBy(g => g.Item2, StringComparer.Ordinal).ToList();
        if (!invoerBewaren)
        {
            Bedragen = Overzicht.Rijen.Where(r => r.BudgetCent is not null)
                .ToDictionary(r => Sleutel(r.Domein, r.Monitorgroep), r => (string?)(r.BudgetCent!.Value / 100m).ToString("N2", CultureInfo.GetCultureInfo("nl-NL")));
        }
    }
}
