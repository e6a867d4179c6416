using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zorginkoop.Accounts;
using Zorginkoop.Web.Accounts;

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

        var resultaat = await Wachtwoordinlog.ProbeerAsync(signIn, Invoer.Email!.Trim(), Invoer.Wachtwoord!);
        if (resultaat.Succeeded)
        {
            logger.LogInformation("Ingelogd: {Gebruiker}", Invoer.Email);
            // Only local return URLs: never redirect to another site after login (open redirect).
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        ModelState.AddModelError("Invoer.Email", Wachtwoordinlog.Mislukt);
        return Page();
    }
}

public sealed class InloggenInvoer
{
    public string? Email { get; set; }
    public string? Wachtwoord { get; set; }
}
