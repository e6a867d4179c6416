using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Zorginkoop.Accounts;
using Zorginkoop.Catalogus;
using Zorginkoop.Data;
using Zorginkoop.Formatting;
using Zorginkoop.Meldingen;
using Zorginkoop.Web.Accounts;
using Zorginkoop.Web.Infrastructure;

namespace Zorginkoop.Web.Pages.Beheer.Accounts;

/// <summary>Inviting someone to work in one's region: an e-mail with a link valid 72 hours (issue 15).</summary>
[Authorize(Policy = Policies.AccountsBeheren)]
public class UitnodigenModel(ZorginkoopDbContext db, UserManager<Gebruiker> gebruikers, IOptions<MeldingenOptions> meldingen) : PageModel
{
    public IReadOnlyList<Regio> Regios { get; private set; } = [];
    public Regio Gekozen { get; private set; } = null!;
    public IReadOnlyList<string> Toegestaan { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Regio { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Email { get; set; }

    [BindProperty]
    public string? Naam { get; set; }

    [BindProperty]
    public List<string> Rollen { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await KiesRegioAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await KiesRegioAsync(ct))
        {
            return NotFound();
        }

        var door = await gebruikers.GetUserAsync(User);
        if (door is null)
        {
            return Challenge();
        }

        var basis = meldingen.Value.BasisAdres.TrimEnd('/');
        var resultaat = await Uitnodigen.HandleAsync(db, new Uitnodigen.Gegevens(Gekozen.Id, Email, Naam, Rollen), Toegestaan,
            AccountBeheerRechten.Naam(door), geheim => $"{basis}/account/uitnodiging/{geheim}", HttpContext.RequestArrival(), ct);
        if (!resultaat.Gelukt)
        {
            foreach (var w in resultaat.Weigeringen)
            {
                ModelState.AddModelError(w.Veld, w.Tekst);
            }

            return Page();
        }

        TempData["Melding"] = $"De uitnodiging is verstuurd naar {resultaat.Waarde!.Email}; de link is geldig tot {NlFormat.DatumTijd(resultaat.Waarde.VerlooptOp)}.";
        return RedirectToPage("Index", new { regio = Gekozen.Code });
    }

    private async Task<bool> KiesRegioAsync(CancellationToken ct)
    {
        (var regio, Regios) = await AccountBeheerRechten.KiesAsync(HttpContext, db, Regio, ct);
        if (regio is null)
        {
            return false;
        }

        Gekozen = regio;
        Toegestaan = AccountBeheerRechten.Toegestaan(User, regio.Id);
        return true;
    }
}
