using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Accounts;
using Zorginkoop.Data;
using Zorginkoop.Inkooptrajecten;

namespace Zorginkoop.Web.Pages.Inkooptrajecten;

/// <summary>
/// Base of the trajectory pages: what this user may see (the public sees published trajectories only, employees also
/// drafts) and change. The edit pages carry the policy themselves, so a hidden link is never the only check.
/// </summary>
public abstract class InkooptrajectPageModel(ZorginkoopDbContext db, IAuthorizationService autorisatie) : PageModel
{
    protected ZorginkoopDbContext Db { get; } = db;

    public bool MagBeheren { get; private set; }
    public bool IsMedewerker { get; private set; }

    protected async Task BepaalRechtenAsync()
    {
        MagBeheren = (await autorisatie.AuthorizeAsync(User, Policies.AanbestedingenBeheren)).Succeeded;
        IsMedewerker = (await autorisatie.AuthorizeAsync(User, Policies.Medewerker)).Succeeded;
    }

    /// <summary>The trajectories this user may see.</summary>
    protected IQueryable<Inkooptraject> Zichtbaar() => Db.Inkooptrajecten.Zichtbaar(IsMedewerker);

    /// <summary>The trajectory with its region, or null when it does not exist or is not visible to this user.</summary>
    protected Task<Inkooptraject?> LoadInkooptrajectAsync(int id, CancellationToken ct) =>
        Zichtbaar().Include(t => t.Regio).SingleOrDefaultAsync(t => t.Id == id, ct);
}
