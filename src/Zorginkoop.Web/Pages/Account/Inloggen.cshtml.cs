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
    public InloggenInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Input.Email))
        {
            ModelState.AddModelError("Input.Email", "Vul uw e-mailadres in.");
        }

        if (string.IsNullOrEmpty(Input.Wachtwoord))
        {
            ModelState.AddModelError("Input.Wachtwoord", "Vul uw wachtwoord in.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var resultaat = await PasswordLogin.ProbeerAsync(signIn, Input.Email!.Trim(), Input.Wachtwoord!);
        if (resultaat.Succeeded)
        {
            logger.LogInformation("Ingelogd: {Gebruiker}", Input.Email);
            // Only local return URLs: never redirect to another site after login (open redirect).
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/werk");
        }

        if (resultaat.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/InloggenTweestaps", new { returnUrl = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/werk" });
        }

        ModelState.AddModelError("Input.Email", PasswordLogin.Mislukt);
        return Page();
    }
}

public sealed class InloggenInput
{
    public string? Email { get; set; }
    public string? Wachtwoord { get; set; }
}
