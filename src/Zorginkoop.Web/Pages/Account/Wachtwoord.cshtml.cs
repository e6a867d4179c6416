using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zorginkoop.Accounts;
using Zorginkoop.Web.Accounts;

namespace Zorginkoop.Web.Pages.Account;

/// <summary>Changing one's own password (after a generated one from 'zorginkoop account aanmaken', or any time).</summary>
[Authorize]
public class WachtwoordModel(UserManager<Gebruiker> gebruikers, SignInManager<Gebruiker> inloggen) : PageModel
{
    [BindProperty]
    public string? Huidig { get; set; }

    [BindProperty]
    public string? Nieuw { get; set; }

    [BindProperty]
    public string? Herhaling { get; set; }

    public bool ExternAccount { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var g = await gebruikers.GetUserAsync(User);
        if (g is null)
        {
            return Challenge();
        }

        ExternAccount = !await gebruikers.HasPasswordAsync(g);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var g = await gebruikers.GetUserAsync(User);
        if (g is null)
        {
            return Challenge();
        }

        ExternAccount = !await gebruikers.HasPasswordAsync(g);
        if (ExternAccount)
        {
            return Page();
        }

        if (string.IsNullOrEmpty(Huidig))
        {
            ModelState.AddModelError(nameof(Huidig), "Vul uw huidige wachtwoord in.");
        }

        NieuwWachtwoord.Controleer(ModelState, Nieuw, Herhaling, nameof(Nieuw), nameof(Herhaling));

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var resultaat = await gebruikers.ChangePasswordAsync(g, Huidig!, Nieuw!);
        if (!resultaat.Succeeded)
        {
            foreach (var e in resultaat.Errors)
            {
                ModelState.AddModelError(e.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(Huidig) : nameof(Nieuw), e.Description);
            }

            return Page();
        }

        // A new security stamp: other sessions of this account end; this one gets a fresh cookie.
        await inloggen.RefreshSignInAsync(g);
        TempData["Melding"] = "Uw wachtwoord is gewijzigd.";
        return RedirectToPage();
    }
}
