using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zorginkoop.Accounts;
using Zorginkoop.Contracten;
using Zorginkoop.Data;
using Zorginkoop.Web.Pages.Aanbestedingen;

namespace Zorginkoop.Web.Pages.Contracten;

/// <summary>Officers decide on Open House applications: admit (a contract to the common end date) or reject with a reason.</summary>
[Authorize(Policy = Policies.AanbestedingenBeheren)]
public class ToelatingModel(ZorginkoopDbContext db, IAuthorizationService autorisatie, TimeProvider tijd, IOptions<ContractOptions> opties) : AanbestedingPageModel(db, autorisatie, tijd)
{
    public string? Gesloten { get; private set; }
    public IReadOnlyList<Toelatingsaanvraag> Aanvragen { get; private set; } = [];
    public int Toegelaten { get; private set; }

    /// <summary>The admitted providers with their lots and, from the care data, their unique clients in the last twelve months.</summary>
    public IReadOnlyList<(string Naam, string Agb, string Percelen, DateOnly Sinds, int Clienten)> Register { get; private set; } = [];
    public Zorginkoop.Monitoring.MonitorPeriode Periode { get; private set; } = null!;

    [BindProperty]
    public int AanvraagId { get; set; }

    [BindProperty]
    public string? Reden { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        await FillAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostToelatenAsync(int id, CancellationToken ct) => Besluit(id, true, "De aanbieder is toegelaten; het contract staat in het register.", ct);

    public Task<IActionResult> OnPostAfwijzenAsync(int id, CancellationToken ct) => Besluit(id, false, "De aanmelding is afgewezen.", ct);

    private async Task<IActionResult> Besluit(int id, bool toelaten, string melding, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var weigering = await ToelatingBeslissen.HandleAsync(Db, Aanbesteding, new(AanvraagId, toelaten, Reden), Wie, Nu, ct);
        if (weigering is null)
        {
            TempData["Melding"] = melding;
            return RedirectToPage();
        }

        ModelState.AddModelError(string.Empty, weigering.Tekst);
        Db.ChangeTracker.Clear();
        await FillAsync(ct);
        return Page();
    }

    private async Task FillAsync(CancellationToken ct)
    {
        Gesloten = Toelating.Gesloten(Aanbesteding, opties.Value, Nu)?.Tekst;
        Aanvragen = await Db.Toelatingsaanvragen.AsNoTracking().Include(t => t.Zorgaanbieder).Where(t => t.AanbestedingId == Aanbesteding.Id)
            .OrderBy(t => t.Status).ThenBy(t => t.IngediendOp).ToListAsync(ct);
        var contracten = await Db.Raamovereenkomsten.AsNoTracking().Include(c => c.Zorgaanbieder).Where(c => c.AanbestedingId == Aanbesteding.Id).ToListAsync(ct);
        Toegelaten = contracten.Select(c => c.ZorgaanbiederId).Distinct().Count();
        var vandaag = Formatting.NlFormat.DatumInAmsterdam(Nu);
        Periode = new Zorginkoop.Monitoring.MonitorPeriode(vandaag.AddMonths(-12).AddDays(1), vandaag);
        // Whether an admitted provider actually has clients: the monitor's unique clients per AGB code.
        var clienten = (await Zorginkoop.Monitoring.Zorgmonitor.BerekenPerAsync(Db, new Zorginkoop.Monitoring.MonitorFilter(Periode), Zorginkoop.Monitoring.MonitorIndeling.Aanbieder, ct))
            .ToDictionary(r => r.Sleutel, r => r.Cijfers.UniekeClienten, StringComparer.Ordinal);
        Register = [.. contracten.GroupBy(c => c.ZorgaanbiederId).Select(g => (g.First().Zorgaanbieder!.Naam, g.First().Zorgaanbieder!.AgbCode,
                string.Join(", ", g.Select(c => c.PerceelNummer).Order()), g.Min(c => c.Start), clienten.GetValueOrDefault(g.First().Zorgaanbieder!.AgbCode)))
            .OrderBy(r => r.Naam, StringComparer.Create(Formatting.NlFormat.Cultuur, true))];
    }
}
