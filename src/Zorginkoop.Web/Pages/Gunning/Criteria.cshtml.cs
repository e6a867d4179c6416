using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Zorginkoop.Accounts;
using Zorginkoop.Data;
using Zorginkoop.Gunning;
using Zorginkoop.Web.Pages.Aanbestedingen;

namespace Zorginkoop.Web.Pages.Gunning;

/// <summary>The criteria of a procedure and its tie rule: set by officers while it is a concept, fixed after publication.</summary>
[Authorize(Policy = Policies.AanbestedingenBeheren)]
public class CriteriaModel(ZorginkoopDbContext db, IAuthorizationService autorisatie, TimeProvider tijd) : AanbestedingPageModel(db, autorisatie, tijd)
{
    public IReadOnlyList<Criterium> Lijst { get; private set; } = [];
    public Gelijkspelregel HuidigeRegel { get; private set; }

    [BindProperty]
    public CriteriumSoort Soort { get; set; } = CriteriumSoort.Kwaliteit;

    [BindProperty]
    public string? Naam { get; set; }

    [BindProperty]
    public string? Omschrijving { get; set; }

    [BindProperty]
    public int Weging { get; set; }

    [BindProperty]
    public int SchaalMax { get; set; } = 10;

    [BindProperty]
    public int? Perceel { get; set; }

    [BindProperty]
    public int CriteriumId { get; set; }

    [BindProperty]
    public Gelijkspelregel Regel { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        await FillAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostToevoegenAsync(int id, CancellationToken ct) =>
        Wijzig(id, () => CriteriumToevoegen.HandleAsync(Db, Aanbesteding, new(Soort, Naam, Omschrijving, Weging, SchaalMax, Perceel), ct), nameof(Naam), "Het criterium is toegevoegd.", ct);

    public Task<IActionResult> OnPostVerwijderenAsync(int id, CancellationToken ct) =>
        Wijzig(id, () => Criteria.VerwijderenAsync(Db, Aanbesteding, CriteriumId, ct), string.Empty, "Het criterium is verwijderd.", ct);

    public Task<IActionResult> OnPostRegelAsync(int id, CancellationToken ct) =>
        Wijzig(id, () => Criteria.GelijkspelregelZettenAsync(Db, Aanbesteding, Regel, ct), nameof(Regel), "De regel voor een gelijke stand is vastgelegd.", ct);

    private async Task FillAsync(CancellationToken ct)
    {
        Lijst = await Criteria.VanAsync(Db, Aanbesteding.Id, ct);
        HuidigeRegel = (await Criteria.DossierAsync(Db, Aanbesteding.Id, ct)).Gelijkspelregel;
        Regel = HuidigeRegel;
    }

    // Each step shows its refusals in one place, at veld, whichever input they name (adding a criterion: at its name):
    // the form has always done so, and not every field of the use case is one of this form (Criteria.PerceelNummer).
    private Task<IActionResult> Wijzig(int id, Func<Task<Weigering?>> actie, string veld, string melding, CancellationToken ct) =>
        StapAsync(id, async () => await actie() is { } weigering ? weigering with { Veld = veld } : null, melding, () => FillAsync(ct), ct);
}
