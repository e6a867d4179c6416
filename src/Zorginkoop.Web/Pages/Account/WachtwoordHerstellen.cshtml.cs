using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zorginkoop.Accounts;
using Zorginkoop.Web.Accounts;

namespace Zorginkoop.Web.Pages.Account;

/// <summary>Choosing a new password with the link from the e-mail (sent by a beheerder, or asked for on the login page).</summary>
[AllowAnonymous]
public class WachtwoordHerstellenModel(UserManager<Gebruiker> gebruikers) : PageModel
{
    public const string Ongeldig = "Deze link werkt niet (meer): hij is verlopen, al gebruikt, of niet helemaal overgenomen. Vraag een nieuwe aan.";

    [BindProperty(SupportsGet = true)]
    public string? Gebruiker { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public string? Nieuw { get; set; }

    [BindProperty]
    public string? Herhaling { get; set; }

    public void OnGet() => GeenVerwijzer();

    public async Task<IActionResult> OnPostAsync()
    {
        GeenVerwijzer();
        NieuwWachtwoord.Controleer(ModelState, Nieuw, Herhaling, nameof(Nieuw), nameof(Herhaling));

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var g = string.IsNullOrEmpty(Gebruiker) ? null : await gebruikers.FindByIdAsync(Gebruiker);
        var token = WachtwoordHerstelLink.Token(Code);
        if (g is null || token is null || g.GedeactiveerdOp is not null || !await gebruikers.HasPasswordAsync(g))
        {
            ModelState.AddModelError("", Ongeldig);
            return Page();
        }

        // Identity checks the token (its lifetime, the account's security stamp) and the password rules, and renews the
        // stamp: the link works once, and other sessions of the account end.
        var r = await gebruikers.ResetPasswordAsync(g, token, Nieuw!);
        if (!r.Succeeded)
        {
            foreach (var e in r.Errors)
            {
                ModelState.AddModelError(e.Code == nameof(IdentityErrorDescriber.InvalidToken) ? "" : nameof(Nieuw),
                    e.Code == nameof(IdentityErrorDescriber.InvalidToken) ? Ongeldig : e.Description);
            }

            return Page();
        }

        // A lockout from failed attempts ends with the new password.
        await gebruikers.SetLockoutEndDateAsync(g, null);
        TempData["Melding"] = "Uw nieuwe wachtwoord is ingesteld. Log ermee in.";
        return RedirectToPage("/Account/Inloggen");
    }

    private void GeenVerwijzer()
    {
        Response.Headers["Referrer-Policy"] = "no-referrer";
        Response.Headers.CacheControl = "no-store";
    }
}
