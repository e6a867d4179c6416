using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Accounts;
using Zorginkoop.Data;
using Zorginkoop.Monitoring;
using Zorginkoop.Web.Accounts;

namespace Zorginkoop.Web.Pages.Monitor;

/// <summary>
/// Who sees the monitor's figures exact: an inkoper or analist, for care data of their own regions only (decision
/// record 0009). A region's members see a municipality of their region exact; the whole installation only when their
/// regions hold every municipality of it. Anything else gets the public figures (small numbers hidden, rounded:
/// decision record 0006), so no figure of another region's clients shows unprotected.
/// </summary>
public static class MonitorExactheid
{
    public static async Task<bool> ExactAsync(ZorginkoopDbContext db, ClaimsPrincipal user, MonitorFilter filter, CancellationToken ct)
    {
        var regios = RegionAccess.RegioIds(user, Rollen.MonitorExact);
        if (regios.Count == 0)
        {
            return false;
        }

        var eigen = db.Regios.Where(r => regios.Contains(r.Id)).SelectMany(r => r.Gemeenten).Select(g => g.Code);
        return filter.Gemeente is { } gemeente
            ? await eigen.ContainsAsync(gemeente, ct)
            : !await db.Regios.SelectMany(r => r.Gemeenten).Select(g => g.Code).Where(g => !eigen.Contains(g)).AnyAsync(ct);
    }
}
