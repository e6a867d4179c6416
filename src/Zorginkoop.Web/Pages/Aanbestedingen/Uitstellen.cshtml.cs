using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Accounts;
using Zorginkoop.Data;
using Zorginkoop.Formatting;

namespace Zorginkoop.Web.Pages.Aanbestedingen;

/// <summary>
/// Postponing the submission deadline or the contract start, with a published reason, while the procedure is
/// published or suspended. The lifecycle refuses a deadline that has already passed.
/// </summary>
[Authorize(Policy = Policies.AanbestedingenBeheren)]
public class UitstellenModel(ZorginkoopDbContext db, IAuthorizationService autorisatie, TimeProvider tijd) : AanbestedingPageModel(db, autorisatie, tijd)
{

    [BindProperty]
    public DateTime? NieuweDeadline { get; set; }

    [BindProperty]
    public DateOnly? NieuweContractStart { get; set; }

    [BindProperty]
    public string? Reden { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var a = Aanbesteding;
        NieuweDeadline = a.Sluitingsmoment is { } s ? NlFormat.InAmsterdam(s) : null;
        NieuweContractStart = a.ContractStart;
        return Page();
    }

    public async Task<IActionResult> OnPostDeadlineAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (NieuweDeadline is { } lokaal && NlFormat.OnbestaandeTijd(lokaal, nameof(NieuweDeadline)) is { } weigering)
        {
            ModelState.AddModelError(weigering.Veld, weigering.Tekst);
            return Page();
        }

        DateTimeOffset? nieuw = NieuweDeadline is { } d ? NlFormat.AlsAmsterdamseTijd(d) : null;
        return await PasToeAsync(new Verzoek(Gebeurtenis.DeadlineUitstellen, Reden, NieuwSluitingsmoment: nieuw), nameof(NieuweDeadline), ct);
    }

    public async Task<IActionResult> OnPostContractstartAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        return await PasToeAsync(new Verzoek(Gebeurtenis.ContractstartUitstellen, Reden, NieuweContractStart: NieuweContractStart), nameof(NieuweContractStart), ct);
    }

    private async Task<IActionResult> PasToeAsync(Verzoek verzoek, string veld, CancellationToken ct)
    {
        var weigering = await AanbestedingAanpassen.PasToeAsync(Db, Aanbesteding, verzoek, Wie, Nu, ct);
        if (weigering is not null)
        {
            ModelState.AddModelError(weigering.Veld == nameof(Verzoek.Reden) ? nameof(Reden) : veld, weigering.Tekst);
            return Page();
        }

        TempData["Melding"] = verzoek.Gebeurtenis == Gebeurtenis.DeadlineUitstellen
            ? $"De uiterste inschrijfdatum is nu {NlFormat.DatumTijd(Aanbesteding.Sluitingsmoment!.Value)}."
            : $"Het contract gaat nu in op {NlFormat.Datum(Aanbesteding.ContractStart!.Value)}.";
        return RedirectToPage("/Aanbestedingen/Details", new { id = Aanbesteding.Id });
    }
}
