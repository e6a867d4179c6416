using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Accounts;
using Zorginkoop.Data;
using Zorginkoop.Formatting;
using Zorginkoop.Web.Accounts;
using Zorginkoop.Web.Infrastructure;

namespace Zorginkoop.Web.Pages.Aanbestedingen;

/// <summary>
/// Create (/aanbestedingen/nieuw) and edit (/aanbestedingen/{id}/bewerken) a procedure. A concept changes freely; a
/// published one only with a reason, and the change is published as a numbered rectification.
/// </summary>
[Authorize(Policy = Policies.AanbestedingenBeheren)]
public class BewerkenModel(ZorginkoopDbContext db, IAuthorizationService autorisatie, TimeProvider tijd) : AanbestedingPageModel(db, autorisatie, tijd)
{
    /// <summary>False on /aanbestedingen/nieuw: there is no procedure yet.</summary>
    public bool Bestaat { get; private set; }
    public IReadOnlyList<SelectListItem> RegioOpties { get; private set; } = [];
    public IReadOnlyList<SelectListItem> TrajectOpties { get; private set; } = [];

    public static IReadOnlyList<SelectListItem> VormOpties { get; } =
        Enum.GetValues<Procedurevorm>().Select(v => new SelectListItem(v.Naam(), v.ToString())).ToList();

    public bool IsGepubliceerd => Bestaat && Aanbesteding.Status.InPublicatiefase();

    [BindProperty]
    public AanbestedingInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int? id, int? traject, CancellationToken ct)
    {
        if (!await PrepareAsync(id, ct))
        {
            return NotFound();
        }

        if (Bestaat)
        {
            Input = AanbestedingInput.Van(Aanbesteding);
        }
        else if (traject is { } t && await Db.Inkooptrajecten.Include(x => x.Regio).SingleOrDefaultAsync(x => x.Id == t, ct) is { } tr
            && RegioOpties.Any(o => o.Value == tr.Regio!.Code))
        {
            Input = new AanbestedingInput { Regio = tr.Regio!.Code, InkooptrajectId = tr.Id };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        if (!await PrepareAsync(id, ct))
        {
            return NotFound();
        }

        var voorwaarden = Input.NaarVoorwaarden(ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        IReadOnlyList<Weigering> meldingen;
        if (!Bestaat)
        {
            // Only a region where this officer manages procedures; another region's code is refused as if it did not
            // exist (decision record 0009).
            var regio = RegioOpties.Any(o => o.Value == Input.Regio) ? await Db.Regios.SingleOrDefaultAsync(r => r.Code == Input.Regio, ct) : null;
            if (regio is null)
            {
                ModelState.AddModelError("Input.Regio", "Kies de regio die inkoopt.");
                return Page();
            }

            var nieuw = await AanbestedingAanmaken.HandleAsync(Db, new(regio.Id, voorwaarden!), ct);
            (Aanbesteding, meldingen) = (nieuw.Waarde!, nieuw.Weigeringen);
        }
        else
        {
            meldingen = (await AanbestedingWijzigen.HandleAsync(Db, Aanbesteding, new(voorwaarden!, Input.Reden), Wie, Nu, ct)).Weigeringen;
        }

        ModelState.VoegToe(meldingen.Select(m => m.Veld == "Reden" ? m with { Veld = nameof(Input.Reden) } : m), "Input");
        if (!ModelState.IsValid)
        {
            return Page();
        }

        TempData["Melding"] = id is null
            ? $"Aanbesteding '{Aanbesteding!.Naam}' is als concept opgeslagen. Voeg percelen toe en publiceer haar als alles klopt."
            : IsGepubliceerd ? "De wijziging is als rectificatie gepubliceerd." : "De aanbesteding is opgeslagen.";
        return RedirectToPage(id is null ? "Percelen" : "Details", new { id = Aanbesteding!.Id });
    }

    private async Task<bool> PrepareAsync(int? id, CancellationToken ct)
    {
        Bestaat = id is not null && await LoadAsync(id.Value, ct);
        if (id is null)
        {
            await BepaalRechtenAsync();
        }

        RegioOpties = await RegionAccess.RegioOptiesAsync(Db, User, Rollen.AanbestedingBeheer, ct);
        var regioIds = RegionAccess.RegioIds(User, Rollen.AanbestedingBeheer);
        var trajecten = Bestaat ? Db.Inkooptrajecten.Where(t => t.RegioId == Aanbesteding.RegioId) : Db.Inkooptrajecten.Where(t => regioIds.Contains(t.RegioId));

        TrajectOpties = await trajecten.Include(t => t.Regio).OrderBy(t => t.Regio!.Naam).ThenBy(t => t.Naam)
            .OptiesAsync(t => $"{t.Regio!.Naam}: {t.Naam}", t => t.Id, ct);
        return id is null || Bestaat;
    }
}

/// <summary>The procedure form. Moments are typed in Dutch time and become instants in <see cref="NaarVoorwaarden"/>.</summary>
public sealed class AanbestedingInput
{
    public string? Naam { get; set; }
    public string? Regio { get; set; }
    public Procedurevorm Vorm { get; set; } = Procedurevorm.OpenbaarEuropees;
    public string? Omschrijving { get; set; }
    public string? TenderNedKenmerk { get; set; }
    public int? InkooptrajectId { get; set; }
    public DateOnly? Publicatiedatum { get; set; }
    public DateTime? VragenDeadline { get; set; }
    public DateTime? Sluitingsmoment { get; set; }
    public DateOnly? GeplandeGunning { get; set; }
    public DateOnly? ContractStart { get; set; }
    public DateOnly? ContractEinde { get; set; }
    public string? Verlengingsopties { get; set; }
    public int? MaxGunningenPerPerceel { get; set; }
    public int? StandstillDagen { get; set; }
    public string? Reden { get; set; }

    public static AanbestedingInput Van(Aanbesteding a) => new()
    {
        Naam = a.Naam,
        Regio = a.Regio?.Code,
        Vorm = a.Vorm,
        Omschrijving = a.Omschrijving,
        TenderNedKenmerk = a.TenderNedKenmerk,
        InkooptrajectId = a.InkooptrajectId,
        Publicatiedatum = a.Publicatiedatum,
        VragenDeadline = a.VragenDeadline is { } v ? NlFormat.InAmsterdam(v) : null,
        Sluitingsmoment = a.Sluitingsmoment is { } s ? NlFormat.InAmsterdam(s) : null,
        GeplandeGunning = a.GeplandeGunning,
        ContractStart = a.ContractStart,
        ContractEinde = a.ContractEinde,
        Verlengingsopties = a.Verlengingsopties,
        MaxGunningenPerPerceel = a.MaxGunningenPerPerceel,
        StandstillDagen = a.StandstillDagen,
    };

    /// <summary>The conditions; a Dutch time that does not exist (the skipped summer-time hour) is an error on its field.</summary>
    public Voorwaarden? NaarVoorwaarden(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState)
    {
        DateTimeOffset? Moment(DateTime? lokaal, string veld)
        {
            if (lokaal is not { } l)
            {
                return null;
            }

            if (NlFormat.OnbestaandeTijd(l, veld) is { } weigering)
            {
                modelState.AddModelError($"Input.{weigering.Veld}", weigering.Tekst);
                return null;
            }

            return NlFormat.AlsAmsterdamseTijd(l);
        }

        return new Voorwaarden(Naam ?? "", Vorm, Omschrijving, TenderNedKenmerk, InkooptrajectId, Publicatiedatum,
            Moment(VragenDeadline, nameof(VragenDeadline)), Moment(Sluitingsmoment, nameof(Sluitingsmoment)), GeplandeGunning,
            ContractStart, ContractEinde, Verlengingsopties, MaxGunningenPerPerceel, StandstillDagen);
    }
}
