using System.Buffers.Text;
using System.Text;
using Zorginkoop.Accounts;

namespace Zorginkoop.Web.Accounts;

/// <summary>
/// The link of a password reset: Identity's reset token (protected, bound to the account's security stamp, so it works
/// once and ends when the password changes), made safe for a URL.
/// </summary>
public static class WachtwoordHerstelLink
{
    /// <summary>The link for account <paramref name="g"/> with a reset token.</summary>
    public static Func<string, string> Voor(string basisAdres, Gebruiker g) => token =>
        $"{basisAdres.TrimEnd('/')}/account/wachtwoord-herstellen?gebruiker={Uri.EscapeDataString(g.Id)}&code={Base64Url.EncodeToString(Encoding.UTF8.GetBytes(token))}";

    /// <summary>The token from the link's code, or null when it is not one.</summary>
    public static string? Token(string? code)
    {
        if (string.IsNullOrEmpty(code) || code.Length > 2000 || !Base64Url.IsValid(code))
        {
            return null;
        }

        return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(code));
    }
}
