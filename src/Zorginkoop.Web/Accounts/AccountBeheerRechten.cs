using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Accounts;
using Zorginkoop.Data;

namespace Zorginkoop.Web.Accounts;

/// <summary>
/// Who manages which region's accounts: a beheerder her own regions, with every role; the systeembeheerder every region,
/// with the role beheerder only (the first beheerder of a region, issue 15).
/// </summary>
public static class AccountBeheerRechten
{
    /// <summary>The regions of a beheerder; null for the systeembeheerder (every region).</summary>
    public static IReadOnlyList<int>? BeheerdeRegios(ClaimsPrincipal user) =>
        user.IsInRole(Rollen.Systeembeheerder) ? null : RegionAccess.RegioIds(user, [Rollen.Beheerder]);

    public static Task<List<Catalogus.Regio>> RegiosAsync(ZorginkoopDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var ids = BeheerdeRegios(user);
        return db.Regios.AsNoTracking().Where(r => ids == null || ids.Contains(r.Id)).OrderBy(r => r.Naam).ToListAsync(ct);
    }

    /// <summary>
    /// The region a page of /beheer/accounts works in: the one asked for by code, or without one the first this user
    /// manages; null (the page answers 404) when she does not manage it.
    /// </summary>
    public static async Task<(Catalogus.Regio? Regio, IReadOnlyList<Catalogus.Regio> Regios)> KiesAsync(HttpContext http, ZorginkoopDbContext db, string? code, CancellationToken ct)
    {
        var regios = await RegiosAsync(db, http.User, ct);
        var regio = string.IsNullOrEmpty(code) ? (regios.Count > 0 ? regios[0] : null) : regios.FirstOrDefault(r => r.Code == code);
        return (regio is not null && await http.EindpuntInRegioAsync(regio.Id) ? regio : null, regios);
    }

    /// <summary>The roles this user may give in region <paramref name="regioId"/>.</summary>
    public static IReadOnlyList<string> Toegestaan(ClaimsPrincipal user, int regioId) =>
        RegionAccess.Leden(user).Any(l => l.RegioId == regioId && l.Rol == Rollen.Beheerder) ? Rollen.Medewerkers
        : user.IsInRole(Rollen.Systeembeheerder) ? [Rollen.Beheerder]
        : [];

    /// <summary>The acting person as the e-mails name her: "Bea de Vries (beheerder@regio.nl)".</summary>
    public static string Naam(Gebruiker door) => string.IsNullOrWhiteSpace(door.Naam) ? door.Email! : $"{door.Naam} ({door.Email})";
}
