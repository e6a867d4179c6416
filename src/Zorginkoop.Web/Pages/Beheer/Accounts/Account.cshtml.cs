using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zorginkoop.Accounts;
using Zorginkoop.Catalogus;
using Zorginkoop.Data;
using Zorginkoop.Meldingen;
using Zorginkoop.Web.Accounts;
using Zorginkoop.Web.Infrastructure;

namespace Zorginkoop.Web.Pages.Beheer.Accounts;

/// <summary>One account as the beheerder of a region sees it: its roles there, deactivating, a password reset.</summary>
[Authorize(Policy = Policies.AccountsBeheren)]
public class AccountModel(ZorginkoopDbContext db, UserManager<Gebruiker> gebruikers, IOptions<MeldingenOptions> meldingen,
    IOptions<DataProtectionTokenProviderOptions> herstelOpties) : PageModel
{
    public Gebruiker Account { get; private set; } = null!;
    public Regio Gekozen { get; private set; } = null!;
    public IReadOnlyList<string> Toegestaan { get; private set; } = [];
    public IReadOnlyList<string> HuidigeRollen { get; private set; } = [];
    public int AndereRegios { get; private set; }
    public bool HeeftWachtwoord { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Regio { get; set; }

    [BindProperty]
    public List<string> Rollen { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (!await LaadAsync(id, ct))
        {
            return NotFound();
        }

        Rollen = [.. HuidigeRollen];
        return Page();
    }

    public async Task<IActionResult> OnPostRollenAsync(string id, CancellationToken ct)
    {
        if (!await LaadAsync(id, ct))
        {
            return NotFound();
        }

        var r = await RollenInRegioZetten.HandleAsync(db, Account, Gekozen, Rollen, Toegestaan, await DoorAsync(), HttpContext.RequestArrival(), ct);
        if (r.Gelukt && Rollen.Count == 0)
        {
            // The account no longer works for this region, so its page here is gone: back to the region's list.
            TempData["Melding"] = $"{Account.Email} werkt niet meer voor {Gekozen.Naam}.";
            return RedirectToPage("Index", new { regio = Gekozen.Code });
        }

        return Uitkomst(r, r.Waarde ? $"De rollen van {Account.Email} in {Gekozen.Naam} zijn opgeslagen." : "Er is niets gewijzigd.");
    }

    public async Task<IActionResult> OnPostDeactiverenAsync(string id, CancellationToken ct)
    {
        if (!await LaadAsync(id, ct))
        {
            return NotFound();
        }

        var r = await AccountDeactiveren.DeactiverenAsync(db, gebruikers, Account, AccountBeheerRechten.BeheerdeRegios(User), gebruikers.GetUserId(User)!,
            await DoorAsync(), HttpContext.RequestArrival(), ct);
        return Uitkomst(r, $"Het account van {Account.Email} is gedeactiveerd; open sessies eindigen binnen een minuut.");
    }

    public async Task<IActionResult> OnPostHeractiverenAsync(string id, CancellationToken ct)
    {
        if (!await LaadAsync(id, ct))
        {
            return NotFound();
        }

        var r = await AccountDeactiveren.HeractiverenAsync(db, gebruikers, Account, AccountBeheerRechten.BeheerdeRegios(User), await DoorAsync(), HttpContext.RequestArrival(), ct);
        return Uitkomst(r, $"Het account van {Account.Email} is weer actief.");
    }

    /// <summary>An e-mail with a link to choose a new password (Identity's reset token); the old password keeps working until then.</summary>
    public async Task<IActionResult> OnPostWachtwoordAsync(string id, CancellationToken ct)
    {
        if (!await LaadAsync(id, ct))
        {
            return NotFound();
        }

        if (Account.GedeactiveerdOp is not null)
        {
            ModelState.AddModelError("", "Een gedeactiveerd account krijgt geen nieuw wachtwoord; activeer het eerst weer.");
            return Page();
        }

        if (!HeeftWachtwoord)
        {
            // Such an account logs in through the organisation's identity provider, with its second factor and its
            // offboarding; a password would be a way around both.
            ModelState.AddModelError("", "Dit account logt in via de inlogdienst van de organisatie en heeft geen wachtwoord; het krijgt er ook geen.");
            return Page();
        }

        var nu = HttpContext.RequestArrival();
        var verstuurd = await WachtwoordHerstelVersturen.HandleAsync(db, gebruikers, Account, WachtwoordHerstelLink.Voor(meldingen.Value.BasisAdres, Account),
            nu + herstelOpties.Value.TokenLifespan, nu, ct);
        TempData["Melding"] = verstuurd
            ? $"{Account.Email} krijgt een e-mail met een link om een nieuw wachtwoord te kiezen."
            : $"{Account.Email} kreeg minder dan vijf minuten geleden al een link; die werkt nog. Er is geen nieuwe verstuurd.";
        return RedirectToPage(new { id, regio = Gekozen.Code });
    }

    private IActionResult Uitkomst(Resultaat<bool> r, string melding)
    {
        if (!r.Gelukt)
        {
            foreach (var w in r.Weigeringen)
            {
                ModelState.AddModelError(w.Veld, w.Tekst);
            }

            return Page();
        }

        TempData["Melding"] = melding;
        return RedirectToPage(new { id = Account.Id, regio = Gekozen.Code });
    }

    private async Task<string> DoorAsync() => await gebruikers.GetUserAsync(User) is { } door ? AccountBeheerRechten.Naam(door) : User.Identity?.Name ?? "";

    /// <summary>The account, if it works in a region this user manages (an account of another region answers 404, as any record does).</summary>
    private async Task<bool> LaadAsync(string id, CancellationToken ct)
    {
        var account = await gebruikers.FindByIdAsync(id);
        if (account is null)
        {
            return false;
        }

        var leden = await db.Lidmaatschappen.AsNoTracking().Where(l => l.GebruikerId == account.Id).Select(l => new { l.RegioId, l.Rol }).ToListAsync(ct);
        var regios = await AccountBeheerRechten.RegiosAsync(db, User, ct);
        var regio = string.IsNullOrEmpty(Regio)
            ? regios.FirstOrDefault(r => leden.Any(l => l.RegioId == r.Id))
            : regios.FirstOrDefault(r => r.Code == Regio);
        if (regio is null || leden.All(l => l.RegioId != regio.Id) || !await HttpContext.EindpuntInRegioAsync(regio.Id))
        {
            return false;
        }

        Account = account;
        Gekozen = regio;
        Toegestaan = AccountBeheerRechten.Toegestaan(User, regio.Id);
        HuidigeRollen = [.. Zorginkoop.Accounts.Rollen.Medewerkers.Where(r => leden.Any(l => l.RegioId == regio.Id && l.Rol == r))];
        AndereRegios = leden.Select(l => l.RegioId).Where(r => r != regio.Id).Distinct().Count();
        HeeftWachtwoord = await gebruikers.HasPasswordAsync(account);
        return true;
    }
}
