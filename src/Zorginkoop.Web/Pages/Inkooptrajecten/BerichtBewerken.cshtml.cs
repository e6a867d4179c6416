using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Accounts;
using Zorginkoop.Data;
using Zorginkoop.Formatting;
using Zorginkoop.Inkooptrajecten;
using Zorginkoop.Web.Infrastructure;

namespace Zorginkoop.Web.Pages.Inkooptrajecten;

/// <summary>Write (/inkooptrajecten/{id}/updates/nieuw) or correct (…/updates/{berichtId}/bewerken) a dated update.</summary>
[Authorize(Policy = Policies.AanbestedingenBeheren)]
public class BerichtBewerkenModel(ZorginkoopDbContext db, IAuthorizationService autorisatie) : InkooptrajectPageModel(db, autorisatie)
{
    public Inkooptraject Traject { get; private set; } = null!;
    public int? BerichtId { get; private set; }

    [BindProperty]
    public BerichtInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, int? berichtId, CancellationToken ct)
    {
        var (gevonden, b) = await LoadAsync(id, berichtId, ct);
        if (!gevonden)
        {
            return NotFound();
        }

        Input = b is null
            ? new BerichtInput { Datum = NlFormat.DatumInAmsterdam(HttpContext.RequestArrival()) }
            : new BerichtInput { Datum = b.Datum, Titel = b.Titel, Tekst = b.Tekst };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int? berichtId, CancellationToken ct)
    {
        var (gevonden, b) = await LoadAsync(id, berichtId, ct);
        if (!gevonden)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var uitkomst = await VoortgangsberichtOpslaan.HandleAsync(Db, id, berichtId, new(Input.Datum, Input.Titel, Input.Tekst), HttpContext.RequestArrival(), ct);
        if (!uitkomst.Gelukt)
        {
            ModelState.VoegToe(uitkomst.Weigeringen, "Input");
            return Page();
        }

        b = uitkomst.Waarde!;
        TempData["Melding"] = $"Update '{b.Titel}' is {(Traject.Openbaar ? "gepubliceerd" : "opgeslagen (het traject is nog niet openbaar)")}.";
        return RedirectToPage("/Inkooptrajecten/Details", null, new { id }, $"bericht-{b.Id}");
    }

    private async Task<(bool Gevonden, Voortgangsbericht? Bericht)> LoadAsync(int id, int? berichtId, CancellationToken ct)
    {
        await BepaalRechtenAsync();
        BerichtId = berichtId;
        var t = await LoadInkooptrajectAsync(id, ct);
        if (t is null)
        {
            return (false, null);
        }

        Traject = t;
        if (berichtId is null)
        {
            return (true, null);
        }

        var b = await Db.Voortgangsberichten.SingleOrDefaultAsync(x => x.Id == berichtId && x.InkooptrajectId == id, ct);
        return (b is not null, b);
    }
}

public sealed class BerichtInput
{
    public DateOnly? Datum { get; set; }
    public string? Titel { get; set; }
    public string? Tekst { get; set; }
}
