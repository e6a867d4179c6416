using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Accounts;
using Zorginkoop.Data;
using Zorginkoop.Gunning;
using Zorginkoop.Web.Pages.Aanbestedingen;

namespace Zorginkoop.Web.Pages.Gunning;

/// <summary>
/// The award decision of a procedure: the decisions per lot with their letters, the standstill, objections and summary
/// proceedings, and the final award (which makes the framework agreements). Employees read it; officers act.
/// </summary>
[Authorize(Policy = Policies.Medewerker)]
public class GunningsbeslissingModel(ZorginkoopDbContext db, IAuthorizationService autorisatie, TimeProvider tijd) : AanbestedingPageModel(db, autorisatie, tijd)
{
    public IReadOnlyList<Gunningsbesluit> Besluiten { get; private set; } = [];
    public IReadOnlyDictionary<int, string> Namen { get; private set; } = new Dictionary<int, string>();
    public IReadOnlyList<Bezwaar> Bezwaren { get; private set; } = [];
    public int Contracten { get; private set; }

    [BindProperty]
    public int? ZorgaanbiederId { get; set; }

    [BindProperty]
    public BezwaarSoort Soort { get; set; } = BezwaarSoort.Bezwaar;

    [BindProperty]
    public string? Omschrijving { get; set; }

    [BindProperty]
    public int BezwaarId { get; set; }

    [BindProperty]
    public BezwaarStatus Uitkomst { get; set; } = BezwaarStatus.Ongegrond;

    [BindProperty]
    public string? Toelichting { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        await FillAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostBezwaarAsync(int id, CancellationToken ct) =>
        Stap(id, () => BezwaarIndienen.HandleAsync(Db, Aanbesteding, new(ZorgaanbiederId, Soort, Omschrijving), Wie, Nu, ct), "Het bezwaar is vastgelegd. De definitieve gunning wacht tot het is afgehandeld.", ct);

    public Task<IActionResult> OnPostAfhandelenAsync(int id, CancellationToken ct) =>
        Stap(id, () => BezwaarAfhandelen.HandleAsync(Db, Aanbesteding, new(BezwaarId, Uitkomst, Toelichting), Wie, Nu, ct), "De afhandeling van het bezwaar is vastgelegd.", ct);

    public Task<IActionResult> OnPostDefinitiefAsync(int id, CancellationToken ct) =>
        Stap(id, () => AanbestedingAanpassen.PasToeAsync(Db, Aanbesteding, new Verzoek(Gebeurtenis.DefinitiefGunnen), Wie, Nu, ct),
            "De aanbesteding is definitief gegund. De raamovereenkomsten staan in het contractregister; de gegunde aanbieders staan op de openbare pagina.", ct);

    private async Task FillAsync(CancellationToken ct)
    {
        Besluiten = await Db.Gunningsbesluiten.AsNoTracking().Where(b => b.AanbestedingId == Aanbesteding.Id).OrderBy(b => b.PerceelNummer).ThenBy(b => b.Positie == null).ThenBy(b => b.Positie).ToListAsync(ct);
        Namen = await Db.Zorgaanbieders.AsNoTracking().Where(z => Besluiten.Select(b => b.ZorgaanbiederId).Contains(z.Id)).ToDictionaryAsync(z => z.Id, z => z.Naam, ct);
        Bezwaren = await Db.Bezwaren.AsNoTracking().Where(b => b.AanbestedingId == Aanbesteding.Id).OrderBy(b => b.IngediendOp).ToListAsync(ct);
        Contracten = await Db.Raamovereenkomsten.CountAsync(c => c.AanbestedingId == Aanbesteding.Id, ct);
    }

    // Refusals go to the summary above the forms, whichever input they name, as they always have: the resolution's
    // fields repeat for every objection, so a field error would show at each of them.
    private Task<IActionResult> Stap(int id, Func<Task<Weigering?>> actie, string melding, CancellationToken ct) =>
        StapAsync(id, async () => await actie() is { } weigering ? weigering with { Veld = "" } : null, melding, () => FillAsync(ct), ct, alleenBeheer: true);
}
