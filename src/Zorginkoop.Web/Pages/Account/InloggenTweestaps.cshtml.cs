using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zorginkoop.Accounts;

namespace Zorginkoop.Web.Pages.Account;

/// <summary>
/// The second step of a login: the code from the app, or one recovery code. Identity keeps who passed the first step in
/// its own short-lived cookie; wrong codes count towards the same lockout as wrong passwords.
/// </summary>
[AllowAnonymous]
public class InloggenTweestapsModel(SignInManager<Gebruiker> inloggen, ILogger<InloggenTweestapsModel> logger) : PageModel
{
    public const string Fout = "Deze code klopt niet, of het account is na te veel mislukte pogingen tijdelijk geblokkeerd; probeer het dan over 15 minuten opnieuw.";

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public bool Herstelcode { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>No first step is in progress (the page was opened directly, or five minutes passed): start at the login page.</summary>
    public bool GeenPoging { get; private set; }

    public async Task OnGetAsync() => GeenPoging = await inloggen.GetTwoFactorAuthenticationUserAsync() is null;

    public async Task<IActionResult> OnPostAsync()
    {
        if (await inloggen.GetTwoFactorAuthenticationUserAsync() is not { } gebruiker)
        {
            // The first step expired (Identity's two-step cookie lasts five minutes): start again.
            TempData["InlogFout"] = "Het inloggen duurde te lang. Log opnieuw in.";
            return RedirectToPage("/Account/Inloggen", new { returnUrl = ReturnUrl });
        }

        // A recovery code keeps its hyphen (Identity compares it as it was made); an app code is digits only.
        var code = (Code ?? "").Replace(" ", "", StringComparison.Ordinal);
        code = Herstelcode ? code : code.Replace("-", "", StringComparison.Ordinal);
        if (code.Length == 0)
        {
            ModelState.AddModelError(nameof(Code), Herstelcode ? "Vul een herstelcode in." : "Vul de code van zes cijfers uit de app in.");
            return Page();
        }

        var resultaat = Herstelcode
            ? await inloggen.TwoFactorRecoveryCodeSignInAsync(code)
            : await inloggen.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (resultaat.Succeeded)
        {
            logger.LogInformation("Ingelogd in twee stappen: {Gebruiker}{Herstel}", gebruiker.Email, Herstelcode ? " (herstelcode)" : "");
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/werk");
        }

        ModelState.AddModelError(nameof(Code), Fout);
        return Page();
    }
}
