using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;

namespace Zorginkoop.Accounts;

/// <summary>
/// An e-mail with a link to choose a new password (sent by a beheerder, or asked for on the login page). The link holds
/// Identity's reset token: protected, bound to the account's security stamp, so it works once and ends when the password
/// changes. The old password keeps working until then.
/// </summary>
public static class WachtwoordHerstelVersturen
{
    /// <summary>
    /// At most one link per account in this time: anyone can ask for one on the login page, and must not be able to fill
    /// someone's mailbox with them (OWASP Forgot Password Cheat Sheet). The earlier link still works meanwhile.
    /// </summary>
    public static readonly TimeSpan Tussenpoos = TimeSpan.FromMinutes(5);

    /// <param name="linkVoor">Makes the link from the token (the web app knows its own address).</param>
    /// <returns>Whether a link was sent (false: one went out less than <see cref="Tussenpoos"/> ago).</returns>
    public static async Task<bool> HandleAsync(ZorginkoopDbContext db, UserManager<Gebruiker> gebruikers, Gebruiker g, Func<string, string> linkVoor,
        DateTimeOffset geldigTot, DateTimeOffset nu, CancellationToken ct = default)
    {
        var sinds = nu - Tussenpoos;
        if (await db.Berichten.AnyAsync(b => b.Sleutel.StartsWith(AccountBerichten.WachtwoordHerstelSleutel(g)) && b.AangemaaktOp > sinds, ct))
        {
            return false;
        }

        var token = await gebruikers.GeneratePasswordResetTokenAsync(g);
        db.Berichten.Add(AccountBerichten.WachtwoordHerstellen(g, linkVoor(token), geldigTot, nu));
        await db.SaveChangesAsync(ct);
        return true;
    }
}
