using Microsoft.AspNetCore.Identity;
using Zorginkoop.Data;

namespace Zorginkoop.Accounts;

/// <summary>
/// An e-mail with a link to choose a new password (sent by a beheerder, or asked for on the login page). The link holds
/// Identity's reset token: protected, bound to the account's security stamp, so it works once and ends when the password
/// changes. The old password keeps working until then.
/// </summary>
public static class WachtwoordHerstelVersturen
{
    /// <param name="linkVoor">Makes the link from the token (the web app knows its own address).</param>
    public static async Task HandleAsync(ZorginkoopDbContext db, UserManager<Gebruiker> gebruikers, Gebruiker g, Func<string, string> linkVoor,
        DateTimeOffset geldigTot, DateTimeOffset nu, CancellationToken ct = default)
    {
        var token = await gebruikers.GeneratePasswordResetTokenAsync(g);
        db.Berichten.Add(AccountBerichten.WachtwoordHerstellen(g, linkVoor(token), geldigTot, nu));
        await db.SaveChangesAsync(ct);
    }
}
