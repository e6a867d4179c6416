using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Zorginkoop.Accounts;
using Zorginkoop.Data;
using Zorginkoop.Inschrijvingen;

namespace Zorginkoop.Web.Pages.Aanbestedingen;

/// <summary>What a bid on this procedure holds: set by officers while the procedure is a concept, read-only after.</summary>
[Authorize(Policy = Policies.AanbestedingenBeheren)]
public class EisenModel(ZorginkoopDbContext db, IAuthorizationService autorisatie, TimeProvider tijd) : AanbestedingPageModel(db, autorisatie, tijd)
{
    public IReadOnlyList<Inschrijvingseis> Eisen { get; private set; } = [];

    [BindProperty]
    public EisSoort Soort { get; set; } = EisSoort.Vraag;

    [BindProperty]
    public string? Tekst { get; set; }

    [BindProperty]
    public bool Verplicht { get; set; } = true;

    [BindProperty]
    public int EisId { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Eisen = await EisenBeheer.VanAsync(Db, id, ct);
        return Page();
    }

    public Task<IActionResult> OnPostToevoegenAsync(int id, CancellationToken ct) =>
        Wijzig(id, () => EisenBeheer.ToevoegenAsync(Db, Aanbesteding, Soort, Tekst, Verplicht, ct), nameof(Tekst), "De eis is toegevoegd.", ct);

    public Task<IActionResult> OnPostStandaardAsync(int id, CancellationToken ct) =>
        Wijzig(id, () => EisenBeheer.StandaardToevoegenAsync(Db, Aanbesteding, ct), string.Empty, "De gebruikelijke eisen zijn toegevoegd.", ct);

    public Task<IActionResult> OnPostVerwijderenAsync(int id, CancellationToken ct) =>
        Wijzig(id, () => EisenBeheer.VerwijderenAsync(Db, Aanbesteding, EisId, ct), string.Empty, "De eis is verwijderd.", ct);

    private Task<IActionResult> Wijzig(int id, Func<Task<Weigering?>> actie, string veld, string melding, CancellationToken ct) =>
        StapAsync(id, actie, melding, async () => Eisen = await EisenBeheer.VanAsync(Db, id, ct), ct, veld: veld);
}
