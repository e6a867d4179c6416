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
}
