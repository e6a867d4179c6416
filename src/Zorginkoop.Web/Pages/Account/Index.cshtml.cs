using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Accounts;
using Zorginkoop.Data;

namespace Zorginkoop.Web.Pages.Account;

/// <summary>
/// "Mijn account" (/account): who is logged in, and with which rights: the roles per region (what this person sees
/// and changes, decision record 0009), the roles of the whole installation, and for a provider's employee the provider.
/// </summary>
[Authorize]
public class IndexModel(UserManager<Gebruiker> gebruikers, ZorginkoopDbContext db) : PageModel
{
    public Gebruiker Gebruiker { get; private set; } = null!;
    public IReadOnlyList<string> Globaal { get; private set; } = [];
    public IReadOnlyList<(string Regio, string Rollen)> Regios { get; private set; } = [];
    public string? Zorgaanbieder { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await gebruikers.GetUserAsync(User) is not { } g)
        {
            return Challenge();
        }

        Gebruiker = g;
        Globaal = [.. await gebruikers.GetRolesAsync(g)];
        var leden = await db.Lidmaatschappen.AsNoTracking().Where(l => l.GebruikerId == g.Id)
            .Select(l => new { l.Regio.Naam, l.Rol }).ToListAsync(ct);
        Regios = [.. leden.GroupBy(l => l.Naam).OrderBy(x => x.Key, StringComparer.CurrentCulture)
            .Select(x => (x.Key, string.Join(", ", x.Select(l => l.Rol).Order(StringComparer.Ordinal))))];
        Zorgaanbieder = g.ZorgaanbiederId is { } z ? await db.Zorgaanbieders.Where(x => x.Id == z).Select(x => x.Naam).SingleOrDefaultAsync(ct) : null;
        return Page();
    }
}
