using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Accounts;
using Zorginkoop.Audit;
using Zorginkoop.Contracten;
using Zorginkoop.Data;
using Zorginkoop.Formatting;
using Zorginkoop.Web.Accounts;
using Zorginkoop.Web.Infrastructure;

namespace Zorginkoop.Web.Pages.Contracten;

/// <summary>
/// One framework agreement: its terms, status, alarms and history; contract managers and officers decide on extension
/// or early termination, make it a consortium contract, or mark an alarm handled.
/// </summary>
[Authorize(Policy = Policies.Medewerker)]
public class DetailsModel(ZorginkoopDbContext db, IAuthorizationService autorisatie) : PageModel
{
    public Raamovereenkomst Contract { get; private set; } = null!;
    public string Perceel { get; private set; } = "";

    /// <summary>For a contract of a joint procedure: per region its municipalities; empty otherwise.</summary>
    public IReadOnlyList<(string Regio, string Gemeenten)> GemeentenPerRegio { get; private set; } = [];
    public DateOnly Vandaag { get; private set; }
    public bool MagBeslissen { get; private set; }
    public IReadOnlyList<Contractalarm> Alarmen { get; private set; } = [];
    public IReadOnlyList<AuditRegel> Wijzigingen { get; private set; } = [];
    public IReadOnlyList<(int Id, string Naam)> Aanbieders { get; private set; } = [];

    [BindProperty]
    public string? Reden { get; set; }

    [BindProperty]
    public DateOnly? Per { get; set; }

    [BindProperty]
    public string? ConsortiumNaam { get; set; }

    [BindProperty]
    public List<int> Leden { get; set; } = [];

    [BindProperty]
    public string? Transformatieplan { get; set; }

    [BindProperty]
    public string? Budget { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        ConsortiumNaam = Contract.Consortium;
        Leden = [.. Contract.Leden.Select(l => l.ZorgaanbiederId)];
        Transformatieplan = Contract.Transformatieplan;
        Budget = Contract.TransformatiebudgetCent is { } b ? (b / 100m).ToString("0.00", NlFormat.Cultuur) : null;
        return Page();
    }

    public Task<IActionResult> OnPostVerlengenAsync(int id, CancellationToken ct) =>
        Besluit(id, new ContractVerzoek(ContractGebeurtenis.Verlengen, Reden), "Het contract is verlengd.", ct);

    public Task<IActionResult> OnPostNietVerlengenAsync(int id, CancellationToken ct) =>
        Besluit(id, new ContractVerzoek(ContractGebeurtenis.NietVerlengen, Reden), "Vastgelegd: het contract wordt niet verlengd.", ct);

    public Task<IActionResult> OnPostBeeindigenAsync(int id, CancellationToken ct) =>
        Besluit(id, new ContractVerzoek(ContractGebeurtenis.Beeindigen, Reden, Per), "De voortijdige beëindiging is vastgelegd.", ct);

    public Task<IActionResult> OnPostAlarmAsync(int id, CancellationToken ct) =>
        Stap(id, () => ContractSignalering.AfhandelenAsync(db, id, User.Identity!.Name!, HttpContext.RequestArrival(), ct), "Het alarm is afgehandeld.", ct);

    public Task<IActionResult> OnPostConsortiumAsync(int id, CancellationToken ct)
    {
        var budget = NlFormat.LeesBedragCent(Budget);
        return !string.IsNullOrWhiteSpace(Budget) && budget is null
            ? Stap(id, () => Task.FromResult<Weigering?>(new Weigering("contract.budget-ongeldig", nameof(Budget), "Het transformatiebudget is geen bedrag (bijvoorbeeld 250.000,00).")), "", ct)
            : Stap(id, () => Raamovereenkomsten.ConsortiumAsync(db, id, ConsortiumNaam, Leden, Transformatieplan, budget, ct), "De combinatie is vastgelegd.", ct);
    }

    private Task<IActionResult> Besluit(int id, ContractVerzoek verzoek, string melding, CancellationToken ct) =>
        Stap(id, () => Raamovereenkomsten.BesluitAsync(db, id, verzoek, User.Identity!.Name!, HttpContext.RequestArrival(), ct), melding, ct);

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var c = await db.Raamovereenkomsten.AsNoTracking().Include(x => x.Zorgaanbieder).Include(x => x.Leden).ThenInclude(l => l.Zorgaanbieder)
            .Include(x => x.Aanbesteding!).ThenInclude(a => a.Percelen).Include(x => x.Aanbesteding!).ThenInclude(a => a.Regio)
            .Include(x => x.Aanbesteding!).ThenInclude(a => a.Deelnames).ThenInclude(d => d.Regio)
            .AsSplitQuery().SingleOrDefaultAsync(x => x.Id == id, ct);
        // A contract of another region answers 404 (decision record 0009).
        if (c is null || !await HttpContext.EindpuntInRegioAsync(c.Aanbesteding!.RegioIds))
        {
            return false;
        }

        Contract = c;
        GemeentenPerRegio = await Aanbestedingen.GemeentenPerRegio.VanAsync(db, c.Aanbesteding!, ct);
        Perceel = c.Aanbesteding!.Percelen.SingleOrDefault(p => p.Nummer == c.PerceelNummer) is { } p ? $"{p.Nummer}. {p.Naam}" : $"perceel {c.PerceelNummer}";
        Vandaag = NlFormat.DatumInAmsterdam(HttpContext.RequestArrival());
        MagBeslissen = (await autorisatie.AuthorizeAsync(User, new InRegio(c.Aanbesteding!.RegioIds), Policies.ContractenBeheren)).Succeeded;
        Alarmen = await db.Contractalarmen.AsNoTracking().Where(a => a.RaamovereenkomstId == id).OrderByDescending(a => a.EersteMelding).ToListAsync(ct);
        var records = new List<(string, int)> { (nameof(Raamovereenkomst), id) };
        records.AddRange(c.Leden.Select(l => (nameof(ContractLid), l.Id)));
        records.AddRange(Alarmen.Select(a => (nameof(Contractalarm), a.Id)));
        Wijzigingen = await db.GeschiedenisAsync(records, ct);
        if (MagBeslissen)
        {
            Aanbieders = (await db.Zorgaanbieders.AsNoTracking().OrderBy(z => z.Naam).Select(z => new { z.Id, z.Naam }).ToListAsync(ct)).Select(z => (z.Id, z.Naam)).ToList();
        }

        return true;
    }

    private async Task<IActionResult> Stap(int id, Func<Task<Weigering?>> actie, string melding, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!MagBeslissen)
        {
            return Forbid();
        }

        var weigering = await actie();
        if (weigering is null)
        {
            TempData["Melding"] = melding;
            return RedirectToPage();
        }

        ModelState.AddModelError(string.Empty, weigering.Tekst);
        db.ChangeTracker.Clear();
        await LoadAsync(id, ct);
        return Page();
    }
}
