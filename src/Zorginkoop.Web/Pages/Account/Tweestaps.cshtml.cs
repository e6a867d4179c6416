using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using QRCoder;
using Zorginkoop.Accounts;
using Zorginkoop.Web.Accounts;

namespace Zorginkoop.Web.Pages.Account;

/// <summary>
/// Two-step login with an authenticator app (TOTP, ASP.NET Core Identity's own): set up by scanning the key and typing
/// one code, ten recovery codes shown once, turned off again (not by someone for whom it is required).
/// </summary>
[Authorize]
public class TweestapsModel(UserManager<Gebruiker> gebruikers, SignInManager<Gebruiker> inloggen, IConfiguration configuratie) : PageModel
{
    public Gebruiker Gebruiker { get; private set; } = null!;
    public bool ExternAccount { get; private set; }

    /// <summary>The key in groups of four, to type when the QR code cannot be scanned.</summary>
    public string? Sleutel { get; private set; }

    /// <summary>The QR code of the otpauth address, as a PNG data URI (the security policy allows data: images).</summary>
    public string? QrCode { get; private set; }

    /// <summary>Shown once, right after they were made.</summary>
    public IReadOnlyList<string> Herstelcodes { get; private set; } = [];

    /// <summary>Whether the rule requires it of this person (then it cannot be turned off here).</summary>
    public bool Verplicht { get; private set; }

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() => await LaadAsync() ? Page() : Challenge();

    public async Task<IActionResult> OnPostAanzettenAsync()
    {
        if (!await LaadAsync())
        {
            return Challenge();
        }

        var code = (Code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (code.Length == 0)
        {
            ModelState.AddModelError(nameof(Code), "Vul de code van zes cijfers uit de app in.");
            return Page();
        }

        if (!await gebruikers.VerifyTwoFactorTokenAsync(Gebruiker, gebruikers.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(Code), "Deze code klopt niet. Kijk of de tijd op uw telefoon goed staat en vul de code in die de app nu toont.");
            return Page();
        }

        await gebruikers.SetTwoFactorEnabledAsync(Gebruiker, true);
        Herstelcodes = [.. await gebruikers.GenerateNewTwoFactorRecoveryCodesAsync(Gebruiker, 10) ?? []];
        // A new cookie with the two-step claim, so the rule lets this session on at once.
        await inloggen.RefreshSignInAsync(Gebruiker);
        await LaadAsync();
        TempData["Melding"] = "Inloggen in twee stappen staat aan. Bewaar de herstelcodes hieronder op een veilige plek.";
        return Page();
    }

    public async Task<IActionResult> OnPostHerstelcodesAsync()
    {
        if (!await LaadAsync() || !Gebruiker.TwoFactorEnabled)
        {
            return RedirectToPage();
        }

        Herstelcodes = [.. await gebruikers.GenerateNewTwoFactorRecoveryCodesAsync(Gebruiker, 10) ?? []];
        return Page();
    }

    public async Task<IActionResult> OnPostUitzettenAsync()
    {
        if (!await LaadAsync())
        {
            return Challenge();
        }

        if (Verplicht)
        {
            ModelState.AddModelError("", "Voor beheerders is inloggen in twee stappen verplicht; u kunt het niet uitzetten.");
            return Page();
        }

        await gebruikers.SetTwoFactorEnabledAsync(Gebruiker, false);
        // A new key, so the old app entry no longer works if it is ever turned on again.
        await gebruikers.ResetAuthenticatorKeyAsync(Gebruiker);
        await inloggen.RefreshSignInAsync(Gebruiker);
        TempData["Melding"] = "Inloggen in twee stappen staat uit.";
        return RedirectToPage();
    }

    private async Task<bool> LaadAsync()
    {
        if (await gebruikers.GetUserAsync(User) is not { } g)
        {
            return false;
        }

        Gebruiker = g;
        ExternAccount = !await gebruikers.HasPasswordAsync(g);
        Verplicht = Rollen.AccountBeheer.Any(User.IsInRole) && !ExternAccount
            && !TweestapsVerplicht.DemoVrij(g.Email, configuratie.GetValue<bool>("Zorginkoop:DemoAccounts"));
        if (g.TwoFactorEnabled || ExternAccount)
        {
            return true;
        }

        var sleutel = await gebruikers.GetAuthenticatorKeyAsync(g);
        if (string.IsNullOrEmpty(sleutel))
        {
            await gebruikers.ResetAuthenticatorKeyAsync(g);
            sleutel = (await gebruikers.GetAuthenticatorKeyAsync(g))!;
        }

        Sleutel = string.Join(' ', sleutel.ToLowerInvariant().Chunk(4).Select(c => new string(c)));
        var adres = $"otpauth://totp/{Uri.EscapeDataString("Zorginkoop:" + g.Email)}?secret={sleutel}&issuer=Zorginkoop&digits=6";
        QrCode = "data:image/png;base64," + Convert.ToBase64String(PngByteQRCodeHelper.GetQRCode(adres, QRCodeGenerator.ECCLevel.M, 5));
        return true;
    }

    /// <summary>Where to go on after setting it up: only a local address.</summary>
    public string Verder => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";
}
