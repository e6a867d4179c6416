using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Accounts;
using Zorginkoop.Data;
using Zorginkoop.Web.Accounts;
using Zorginkoop.Web.Infrastructure;

namespace Zorginkoop.Web.Pages.Aanbestedingen;

/// <summary>
/// Base of the procedure pages: the public sees published procedures only (never a concept), employees also the
/// concepts of their own regions. The officer pages carry their policy themselves, so a hidden button is never the
/// only check, and once the procedure is loaded that policy is asked again for its region: an officer of another region
/// gets 404 (decision record 0009). Every read brings the deadline up to date first: a procedure is never shown open
/// after its deadline.
/// </summary>
public abstract class AanbestedingPageModel(ZorginkoopDbContext db, IAuthorizationService autorisatie, TimeProvider tijd) : PageModel
{
    protected ZorginkoopDbContext Db { get; } = db;
    protected TimeProvider Tijd { get; } = tijd;

    public bool MagBeheren { get; private set; }
    public bool IsMedewerker { get; private set; }
    public bool MagKluisLezen { get; private set; }
    public bool IsAanbieder { get; private set; }

    /// <summary>May manage procedures in the owning region (not only in a participating one): who makes it joint.</summary>
    public bool IsEigenaar { get; private set; }

    /// <summary>Who looks, for the visibility rules: the public, or an employee with the regions of their memberships.</summary>
    protected Kijker Kijker => RegionAccess.Kijker(User);

    protected string Wie => User.Identity?.Name ?? "onbekend";

    /// <summary>The moment this request arrived: the one clock reading every check and stored time of the request uses.</summary>
    public DateTimeOffset Nu => HttpContext.RequestArrival();

    /// <summary>The procedure of this page, once <see cref="LoadAsync"/> found it.</summary>
    public Aanbesteding Aanbesteding { get; protected set; } = null!;

    /// <summary>
    /// The procedure (up to date with the clock), then the rights in its region; false when it is absent, not visible,
    /// or this page's policy does not hold in its region.
    /// </summary>
    protected async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var a = await LaadAanbestedingAsync(id, ct);
        // A joint procedure is worked on from every participating region, with the roles its employees hold at home.
        if (a is null || !await HttpContext.EindpuntInRegioAsync(a.RegioIds))
        {
            return false;
        }

        await BepaalRechtenAsync(new InRegio(a.RegioIds));
        IsEigenaar = a.Deelnames.Count == 0 ? MagBeheren : (await autorisatie.AuthorizeAsync(User, new InRegio(a.RegioId), Policies.AanbestedingenBeheren)).Succeeded;
        Aanbesteding = a;
        return true;
    }

    /// <summary>The rights in <paramref name="bereik"/>, or without one in any region (for lists and new procedures).</summary>
    protected async Task BepaalRechtenAsync(InRegio? bereik = null)
    {
        MagBeheren = (await autorisatie.AuthorizeAsync(User, bereik, Policies.AanbestedingenBeheren)).Succeeded;
        IsMedewerker = (await autorisatie.AuthorizeAsync(User, bereik, Policies.Medewerker)).Succeeded;
        MagKluisLezen = (await autorisatie.AuthorizeAsync(User, bereik, Policies.KluisLezen)).Succeeded;
        IsAanbieder = (await autorisatie.AuthorizeAsync(User, bereik, Policies.Aanbieder)).Succeeded;
    }

    /// <summary>
    /// The one shape of a step posted on a procedure page: 404 when the procedure is absent or not visible; 403 when
    /// <paramref name="alleenBeheer"/> and the user may not manage procedures (the page's policy lets more people read
    /// it); then the step. Done: the message, and back to this page (post-redirect-get). Refused: the rule
    /// on the page at the field it names, else at <paramref name="veld"/>, with the page filled again by <paramref name="vullen"/> from fresh data.
    /// </summary>
    protected async Task<IActionResult> StapAsync(int id, Func<Task<Weigering?>> actie, string melding, Func<Task> vullen, CancellationToken ct,
        bool alleenBeheer = false, string veld = "")
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (alleenBeheer && !MagBeheren)
        {
            // An officer of another region is not told that this step exists here (decision record 0009).
            return (await autorisatie.AuthorizeAsync(User, Policies.AanbestedingenBeheren)).Succeeded ? NotFound() : Forbid();
        }

        var weigering = await actie();
        if (weigering is null)
        {
            TempData["Melding"] = melding;
            return RedirectToPage();
        }

        ModelState.AddModelError(weigering.Veld is "" ? veld : weigering.Veld, weigering.Tekst);
        Db.ChangeTracker.Clear();
        await LoadAsync(id, ct);
        await vullen();
        return Page();
    }

    protected IQueryable<Aanbesteding> Zichtbaar() => Db.Aanbestedingen.Zichtbaar(Kijker);

    /// <summary>The procedure with region, steps and lots, up to date with the clock; null when absent or not visible.</summary>
    protected Task<Aanbesteding?> LaadAanbestedingAsync(int id, CancellationToken ct) => AanbestedingZichtbaarheid.LoadAsync(Db, id, Kijker, Nu, ct);
}
