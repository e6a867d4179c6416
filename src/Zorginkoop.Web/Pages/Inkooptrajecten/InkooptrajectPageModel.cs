using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Accounts;
using Zorginkoop.Data;
using Zorginkoop.Inkooptrajecten;
using Zorginkoop.Web.Accounts;

namespace Zorginkoop.Web.Pages.Inkooptrajecten;

/// <summary>
/// Base of the trajectory pages: what this user may see (the public sees published trajectories only, employees also
/// the drafts of their own regions) and change. The edit pages carry the policy themselves, so a hidden link is never
/// the only check, and once the trajectory is loaded that policy is asked again for its regions (the owner's and the
/// participating ones): an officer of another region gets 404 (decision record 0009).
/// </summary>
public abstract class InkooptrajectPageModel(ZorginkoopDbContext db, IAuthorizationService autorisatie) : PageModel
{
    protected ZorginkoopDbContext Db { get; } = db;

    public bool MagBeheren { get; private set; }
    public bool IsMedewerker { get; private set; }

    /// <summary>An officer of the owner region (not only of a participating one): she chooses the participants.</summary>
    public bool IsEigenaar { get; private set; }

    /// <summary>Who looks, for the visibility rules: read from the login's memberships.</summary>
    protected Kijker Kijker => RegionAccess.Kijker(User);

    /// <summary>The rights in <paramref name="bereik"/>, or without one in any region (for lists and new trajectories).</summary>
    protected async Task BepaalRechtenAsync(InRegio? bereik = null)
    {
        MagBeheren = (await autorisatie.AuthorizeAsync(User, bereik, Policies.AanbestedingenBeheren)).Succeeded;
        IsMedewerker = (await autorisatie.AuthorizeAsync(User, bereik, Policies.Medewerker)).Succeeded;
    }

    /// <summary>The rights in the trajectory's regions (owner and participants), and whether they hold in the owner's.</summary>
    protected async Task BepaalRechtenVanAsync(Inkooptraject t)
    {
        await BepaalRechtenAsync(new InRegio(t.RegioIds));
        IsEigenaar = t.Deelnames.Count == 0 ? MagBeheren : (await autorisatie.AuthorizeAsync(User, new InRegio(t.RegioId), Policies.AanbestedingenBeheren)).Succeeded;
    }

    /// <summary>The trajectories this user may see.</summary>
    protected IQueryable<Inkooptraject> Zichtbaar() => Db.Inkooptrajecten.Zichtbaar(Kijker);

    /// <summary>
    /// The trajectory with its region, then the rights in that region; null when it does not exist, is not visible to
    /// this user, or this page's policy does not hold in its region.
    /// </summary>
    protected async Task<Inkooptraject?> LoadInkooptrajectAsync(int id, CancellationToken ct)
    {
        var t = await Zichtbaar().Include(t => t.Regio).Include(t => t.Deelnames).ThenInclude(d => d.Regio).SingleOrDefaultAsync(t => t.Id == id, ct);
        if (t is null || !await HttpContext.EindpuntInRegioAsync(t.RegioIds))
        {
            return null;
        }

        await BepaalRechtenVanAsync(t);
        return t;
    }
}
