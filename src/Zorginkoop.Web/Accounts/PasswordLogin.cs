using Microsoft.AspNetCore.Identity;
using Zorginkoop.Accounts;

namespace Zorginkoop.Web.Accounts;

/// <summary>
/// A login with e-mail address and password, for the login page and the API alike. An unknown address, a wrong
/// password and a locked account get the same answer, and take about as long: each checks one password hash. A
/// different text or a faster answer would tell anyone which addresses have an account (OWASP Authentication Cheat
/// Sheet, "authentication and error messages").
/// </summary>
public static class PasswordLogin
{
    public const string Mislukt = "De combinatie van e-mailadres en wachtwoord is onbekend, of het account is na te veel mislukte pogingen " +
        "tijdelijk geblokkeerd; probeer het dan over 15 minuten opnieuw.";

    // Made once, with a password nobody knows: what an unknown address is checked against.
    private static readonly Lazy<string> GeenAccount = new(() => new PasswordHasher<Gebruiker>().HashPassword(new Gebruiker(), Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32))));

    public static async Task<SignInResult> ProbeerAsync(SignInManager<Gebruiker> inloggen, string email, string wachtwoord)
    {
        var gebruiker = await inloggen.UserManager.FindByNameAsync(email);
        if (gebruiker is null)
        {
            inloggen.UserManager.PasswordHasher.VerifyHashedPassword(new Gebruiker(), GeenAccount.Value, wachtwoord);
            return SignInResult.Failed;
        }

        var resultaat = await inloggen.PasswordSignInAsync(gebruiker, wachtwoord, isPersistent: false, lockoutOnFailure: true);
        if (resultaat.IsLockedOut)
        {
            // Identity refuses a locked account before it looks at the password: check one anyway, for the same time.
            inloggen.UserManager.PasswordHasher.VerifyHashedPassword(gebruiker, GeenAccount.Value, wachtwoord);
        }

        return resultaat;
    }
}
