using Microsoft.AspNetCore.Identity;

namespace Zorginkoop.Accounts;

/// <summary>ASP.NET Core Identity's messages in Dutch, for the password page and the CLI alike.</summary>
public sealed class DutchIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => Fout(nameof(PasswordTooShort), $"Een wachtwoord heeft ten minste {length} tekens.");

    public override IdentityError PasswordRequiresNonAlphanumeric() => Fout(nameof(PasswordRequiresNonAlphanumeric), "Een wachtwoord bevat ten minste één teken dat geen letter of cijfer is, zoals ! of #.");

    public override IdentityError PasswordRequiresDigit() => Fout(nameof(PasswordRequiresDigit), "Een wachtwoord bevat ten minste één cijfer.");

    public override IdentityError PasswordRequiresLower() => Fout(nameof(PasswordRequiresLower), "Een wachtwoord bevat ten minste één kleine letter.");

    public override IdentityError PasswordRequiresUpper() => Fout(nameof(PasswordRequiresUpper), "Een wachtwoord bevat ten minste één hoofdletter.");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Fout(nameof(PasswordRequiresUniqueChars), $"Een wachtwoord bevat ten minste {uniqueChars} verschillende tekens.");

    public override IdentityError PasswordMismatch() => Fout(nameof(PasswordMismatch), "Het huidige wachtwoord klopt niet.");

    public override IdentityError DuplicateEmail(string email) => Fout(nameof(DuplicateEmail), $"Er is al een account met e-mailadres {email}.");

    public override IdentityError DuplicateUserName(string userName) => Fout(nameof(DuplicateUserName), $"Er is al een account met inlognaam {userName}.");

    public override IdentityError InvalidEmail(string? email) => Fout(nameof(InvalidEmail), $"'{email}' is geen geldig e-mailadres.");

    public override IdentityError InvalidUserName(string? userName) => Fout(nameof(InvalidUserName), $"'{userName}' is geen geldige inlognaam.");

    public override IdentityError ConcurrencyFailure() => Fout(nameof(ConcurrencyFailure), "Het account is intussen gewijzigd; probeer het opnieuw.");

    public override IdentityError DefaultError() => Fout(nameof(DefaultError), "Er ging iets mis met het account.");

    private static IdentityError Fout(string code, string tekst) => new() { Code = code, Description = tekst };
}
