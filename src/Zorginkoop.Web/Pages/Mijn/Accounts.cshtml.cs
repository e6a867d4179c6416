using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Accounts;
using Zorginkoop.Data;
using Zorginkoop.Web.Accounts;
using Zorginkoop.Web.Infrastructure;

namespace Zorginkoop.Web.Pages.Mijn;

/// <summary>
/// A provider's beheerder and her organisation's accounts: approving a colleague's first eHerkenning login, turning one
/// down, deactivating and reactivating, making a colleague beheerder too or taking that away (issue 15). Only accounts of her own provider; any other id answers 404.
/// </summary>
[Authorize(Policy = Policies.AanbiederAccountsBeheren)]
public class AccountsModel(ZorginkoopDbContext db, UserManager<Gebruiker> gebruikers) : PageModel
{
    public sealed record Rij(string Id, string? Naam, string Email, bool Beheerder, string Status);

    public string Zorgaanbieder { get; private set; } = "";
    public IReadOnlyList<Rij> Rijen { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (User.ZorgaanbiederId() is not { } id)
        {
            return NotFound();
        }

        Zorgaanbieder = await db.Zorgaanbieders.Where(z => z.Id == id).Select(z => z.Naam).SingleAsync(ct);
        var beheerders = (await AanbiederAccounts.BeheerdersAsync(db, id, ct)).Select(b => b.Id).ToHashSet(StringComparer.Ordinal);
        var accounts = await db.Users.AsNoTracking().Where(u => u.ZorgaanbiederId == id).OrderBy(u => u.WachtOpGoedkeuringSinds == null).ThenBy(u => u.Email).ToListAsync(ct);
        Rijen = [.. accounts.Select(u => new Rij(u.Id, u.Naam, u.Email!, beheerders.Contains(u.Id),
            u.GedeactiveerdOp is not null ? "Gedeactiveerd" : u.WachtOpGoedkeuringSinds is { } sinds ? $"Wacht op goedkeuring sinds {Formatting.NlFormat.DatumTijd(sinds)}" : "Actief"))];
        return Page();
    }

    public Task<IActionResult> OnPostGoedkeurenAsync(string id, CancellationToken ct) =>
        StapAsync(id, async (g, door, nu) => await AanbiederAccounts.GoedkeurenAsync(db, gebruikers, g, door, nu), "is goedgekeurd en kan inloggen", ct);

    public Task<IActionResult> OnPostDeactiverenAsync(string id, CancellationToken ct) =>
        StapAsync(id, (g, door, nu) => AanbiederAccounts.DeactiverenAsync(db, gebruikers, g, gebruikers.GetUserId(User)!, door, nu, ct), "is gedeactiveerd", ct);

    public Task<IActionResult> OnPostHeractiverenAsync(string id, CancellationToken ct) =>
        StapAsync(id, (g, door, nu) => AccountDeactiveren.HeractiverenAsync(db, gebruikers, g, [], door, nu, ct), "is weer actief", ct);

    public Task<IActionResult> OnPostBeheerderMakenAsync(string id, CancellationToken ct) =>
        StapAsync(id, (g, door, nu) => AanbiederAccounts.BeheerderZettenAsync(db, gebruikers, g, true, door, nu, ct), "is nu ook beheerder", ct);

    public Task<IActionResult> OnPostBeheerderAfnemenAsync(string id, CancellationToken ct) =>
        StapAsync(id, (g, door, nu) => AanbiederAccounts.BeheerderZettenAsync(db, gebruikers, g, false, door, nu, ct), "is geen beheerder meer", ct);

    private async Task<IActionResult> StapAsync(string id, Func<Gebruiker, string, DateTimeOffset, Task<Resultaat<bool>>> stap, string gedaan, CancellationToken ct)
    {
        var g = await gebruikers.FindByIdAsync(id);
        if (g is null || User.ZorgaanbiederId() is not { } eigen || g.ZorgaanbiederId != eigen)
        {
            return NotFound();
        }

        var door = await gebruikers.GetUserAsync(User) is { } ik ? AccountBeheerRechten.Naam(ik) : User.Identity!.Name!;
        var r = await stap(g, door, HttpContext.RequestArrival());
        TempData["Melding"] = r.Gelukt ? $"Het account van {g.Email} {gedaan}." : r.Weigering!.Tekst;
        return RedirectToPage();
    }
}
