using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Zorginkoop.Accounts;
using Zorginkoop.Data;
using Zorginkoop.Meldingen;
using Zorginkoop.Web.Accounts;
using Zorginkoop.Web.Infrastructure;

namespace Zorginkoop.Web.Pages.Account;

/// <summary>
/// Asking for a password link. The answer is the same whether or not the address has an account (OWASP Forgot Password
/// Cheat Sheet: no account enumeration); only an active account with a password gets the e-mail.
/// </summary>
[AllowAnonymous]
public class WachtwoordVergetenModel(ZorginkoopDbContext db, UserManager<Gebruiker> gebruikers, IOptions<MeldingenOptions> meldingen,
    IOptions<DataProtectionTokenProviderOptions> herstelOpties) : PageModel
{
    public const string Antwoord = "Als er een account met dit e-mailadres is, krijgt het binnen enkele minuten een e-mail met een link om een nieuw wachtwoord te kiezen.";

    [BindProperty]
    public string? Email { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Email))
        {
            ModelState.AddModelError(nameof(Email), "Vul uw e-mailadres in.");
            return Page();
        }

        var g = await gebruikers.FindByEmailAsync(Email.Trim());
        if (g is { GedeactiveerdOp: null } && await gebruikers.HasPasswordAsync(g))
        {
            var nu = HttpContext.RequestArrival();
            await WachtwoordHerstelVersturen.HandleAsync(db, gebruikers, g, WachtwoordHerstelLink.Voor(meldingen.Value.BasisAdres, g),
                nu + herstelOpties.Value.TokenLifespan, nu, ct);
        }

        TempData["Melding"] = Antwoord;
        return RedirectToPage("/Account/Inloggen");
    }
}
