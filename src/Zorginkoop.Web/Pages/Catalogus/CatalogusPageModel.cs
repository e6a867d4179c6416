using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zorginkoop.Accounts;
using Zorginkoop.Web.Accounts;
using Zorginkoop.Web.Infrastructure;

namespace Zorginkoop.Web.Pages.Catalogus;

/// <summary>
/// Base of the catalogue pages: knows whether the user may change the catalogue (to show edit actions; the edit pages
/// themselves carry the policy, so hiding a link is never the only check) and copies rule messages into ModelState. A
/// region's catalogue is changed only by its own members: once the region is known, the page's policy is asked again
/// for it, and another region answers 404 (decision record 0009).
/// </summary>
public abstract class CatalogusPageModel(IAuthorizationService autorisatie) : PageModel
{
    public bool MagBeheren { get; private set; }

    /// <summary>A systeembeheerder: adds regions.</summary>
    public bool IsSysteembeheerder { get; private set; }

    /// <summary>The rights in region <paramref name="regioId"/>, or without one in any region (the provider register, lists).</summary>
    protected async Task BepaalRechtenAsync(int? regioId = null)
    {
        object? bereik = regioId is { } r ? new InRegio(r) : null;
        MagBeheren = (await autorisatie.AuthorizeAsync(User, bereik, Policies.CatalogusBeheren)).Succeeded;
        IsSysteembeheerder = (await autorisatie.AuthorizeAsync(User, Policies.Systeembeheer)).Succeeded;
    }

    /// <summary>False when this page's policy does not hold in region <paramref name="regioId"/> (answer 404); else the rights there.</summary>
    protected async Task<bool> InRegioAsync(int regioId)
    {
        if (!await HttpContext.EindpuntInRegioAsync(regioId))
        {
            return false;
        }

        await BepaalRechtenAsync(regioId);
        return true;
    }

    protected void VoegMeldingenToe(IEnumerable<Weigering> meldingen, string prefix) => ModelState.VoegToe(meldingen, prefix);
}
