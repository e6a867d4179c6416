using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zorginkoop.Accounts;
using Zorginkoop.Data;
using Zorginkoop.Web.Accounts;
using Zorginkoop.Web.Infrastructure;

namespace Zorginkoop.Web.Pages.Account;

/// <summary>
/// The link from an invitation: set a password for a new account, or (logged in with the invited address) add the roles
/// to one's account. Anyone may open it; only the secret in the address, which only the invitee's mailbox has, lets her in.
/// </summary>
[AllowAnonymous]
public class UitnodigingModel(ZorginkoopDbContext db, UserManager<Gebruiker> gebruikers, SignInManager<Gebruiker> inloggen) : PageModel
{
    public Uitnodiging? Uitnodiging { get; private set; }
    public Weigering? Weigering { get; private set; }

    /// <summary>The logged-in account, when someone is logged in.</summary>
    public Gebruiker? Ingelogd { get; private set; }

    /// <summary>Whether an account with the invited address exists (then she logs in and accepts, rather than making one).</summary>
    public bool AccountBestaat { get; private set; }

    [BindProperty]
    public string? Naam { get; set; }

    [BindProperty]
    public string? Wachtwoord { get; set; }

    [BindProperty]
    public string? Herhaling { get; set; }

    public async Task<IActionResult> OnGetAsync(string geheim, CancellationToken ct)
    {
        await LaadAsync(geheim, ct);
        Naam = Uitnodiging?.Naam;
        return Page();
    }

    /// <summary>A new account with a password.</summary>
    public async Task<IActionResult> OnPostAsync(string geheim, CancellationToken ct)
    {
        await LaadAsync(geheim, ct);
        if (Uitnodiging is null || AccountBestaat || Ingelogd is not null)
        {
            // Logged in as someone else, the form is not shown; a post of it anyway changes nothing.
            return Page();
        }

        NieuwWachtwoord.Controleer(ModelState, Wachtwoord, Herhaling, nameof(Wachtwoord), nameof(Herhaling), "Kies een wachtwoord.",
            "De herhaling is niet gelijk aan het wachtwoord.");

        if (Naam?.Trim().Length > 200)
        {
            ModelState.AddModelError(nameof(Naam), "Een naam heeft ten hoogste 200 tekens.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var r = await UitnodigingAannemen.MetWachtwoordAsync(db, gebruikers, geheim, Naam, Wachtwoord, HttpContext.RequestArrival(), ct);
        return await KlaarAsync(r);
    }

    /// <summary>The roles added to the account one is logged in with.</summary>
    public async Task<IActionResult> OnPostAannemenAsync(string geheim, CancellationToken ct)
    {
        await LaadAsync(geheim, ct);
        if (Uitnodiging is null)
        {
            return Page();
        }

        if (Ingelogd is null)
        {
            return Challenge();
        }

        var r = await UitnodigingAannemen.VoorAccountAsync(db, Ingelogd, geheim, HttpContext.RequestArrival(), ct);
        return await KlaarAsync(r);
    }

    private async Task<IActionResult> KlaarAsync(Resultaat<Gebruiker> r)
    {
        if (!r.Gelukt)
        {
            foreach (var w in r.Weigeringen)
            {
                ModelState.AddModelError(w.Veld, w.Tekst);
            }

            return Page();
        }

        // A fresh login, so the new memberships are on it at once: a new account has just proved its password ("pwd", so
        // the two-step rule applies as after any password login); a logged-in one keeps how it logged in.
        if (Ingelogd is null)
        {
            await inloggen.SignInWithClaimsAsync(r.Waarde!, isPersistent: false, [new System.Security.Claims.Claim("amr", "pwd")]);
        }
        else
        {
            await inloggen.RefreshSignInAsync(r.Waarde!);
        }

        TempData["Melding"] = $"Welkom. U werkt nu in Zorginkoop voor {Uitnodiging!.Regio.Naam} als {AccountBerichten.Rolnamen(Uitnodiging.RollenLijst)}.";
        return RedirectToPage("/Account/Index");
    }

    private async Task LaadAsync(string geheim, CancellationToken ct)
    {
        // The secret is in this page's address: it must not travel on in a Referer header.
        Response.Headers["Referrer-Policy"] = "no-referrer";
        Response.Headers.CacheControl = "no-store";
        (Uitnodiging, Weigering) = await UitnodigingAannemen.ZoekAsync(db, geheim, HttpContext.RequestArrival(), ct);
        if (Uitnodiging is null)
        {
            Response.StatusCode = Weigering!.Code == "uitnodiging.onbekend" ? StatusCodes.Status404NotFound : StatusCodes.Status410Gone;
            return;
        }

        Ingelogd = User.Identity?.IsAuthenticated == true ? await gebruikers.GetUserAsync(User) : null;
        AccountBestaat = await gebruikers.FindByEmailAsync(Uitnodiging.Email) is not null;
    }
}
