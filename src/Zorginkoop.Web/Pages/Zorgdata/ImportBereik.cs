using System.Security.Claims;
using Zorginkoop.Accounts;
using Zorginkoop.Data;
using Zorginkoop.Web.Accounts;

namespace Zorginkoop.Web.Pages.Zorgdata;

/// <summary>
/// The care data a user imports and whose import runs she sees: the municipalities of the regions where she holds an
/// importing role (inkoper, analist, beheerder; decision record 0009).
/// </summary>
public static class ImportBereik
{
    public static async Task<HashSet<string>> GemeentenAsync(ZorginkoopDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var regios = RegionAccess.RegioIds(user, Rollen.ZorgdataBeheer);
        return (await Zorginkoop.Catalogus.RegioGemeenten.CodesAsync(db, regios, ct)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The import runs she sees: her own, and those with lines of her regions' municipalities (decision record 0009).</summary>
    public static async Task<IQueryable<Zorginkoop.Zorgdata.Importrun>> ZichtbaarAsync(ZorginkoopDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var naam = user.Identity?.Name;
        var gemeenten = (await GemeentenAsync(db, user, ct)).Select(g => "," + g + ",").ToList();
        return db.Zorgdata.Importruns.Where(r => r.Gebruiker == naam || (r.Gemeenten != null && gemeenten.Any(g => r.Gemeenten.Contains(g))));
    }
}
