using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zorginkoop.Accounts;
using Zorginkoop.Web.Infrastructure;

namespace Zorginkoop.Web.Pages.Catalogus;

/// <summary>
/// Base of the catalogue pages: knows whether the user may change the catalogue (to show edit actions; the edit pages
/// themselves carry the policy, so hiding a link is never the only check) and copies rule messages into ModelState.
/// </summary>
public abstract class CatalogusPageModel(IAuthorizationService autorisatie) : PageModel
{
    public bool MagBeheren { get; private set; }

    protected async Task BepaalRechtenAsync() =>
        MagBeheren = (await autorisatie.AuthorizeAsync(User, Policies.CatalogusBeheren)).Succeeded;

    protected void VoegMeldingenToe(IEnumerable<Weigering> meldingen, string prefix) => ModelState.VoegToe(meldingen, prefix);
}
