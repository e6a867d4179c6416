using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zorginkoop.Accounts;

namespace Zorginkoop.Web.Pages.Account;

[AllowAnonymous]
public class InloggenModel(SignInManager<Gebruiker> signIn, ILogger<InloggenModel> logger) : PageModel
{
    [BindProperty]
    public InloggenInvoer Invoer { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Invoer.Email))
        {
            ModelState.AddModelError("Invoer.Email", "Vul uw e-mailadres in.");
        }

        if (string.IsNullOrEmpty(Invoer.Wachtwoord))
        {
            ModelState.AddModelError("Invoer.Wachtwoord", "Vul uw wachtwoord in.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var resultaat = await signIn.PasswordSignInAsync(Invoer.Email!.Trim(), Invoer.Wachtwoord!, isPersistent: false, lockoutOnFailure: true);
        if (resultaat.Succeeded)
        {
            logger.LogInformation("Ingelogd: {Gebruiker}", Invoer.Email);
            // Only local return URLs: never redirect to another site after login (open redirect).
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        ModelState.AddModelError("Invoer.Email", resultaat.IsLockedOut
            ? "Dit account is tijdelijk geblokkeerd na te veel mislukte pogingen. Probeer het over 15 minuten opnieuw."
            : "De combinatie van e-mailadres en wachtwoord is onbekend.");
        return Page();
    }
}

public sealed class InloggenInvoer
{
    public string? Email { get; set; }
    public string? Wachtwoord { get; set; }
}
