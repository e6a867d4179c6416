using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Accounts;
using Zorginkoop.Catalogus;
using Zorginkoop.Data;
using Zorginkoop.Web.Accounts;
using Zorginkoop.Web.Infrastructure;

namespace Zorginkoop.Web.Pages.Beheer.Accounts;

/// <summary>The accounts of one region: who works there with which roles, the open invitations, and the beheerders' count.</summary>
[Authorize(Policy = Policies.AccountsBeheren)]
public class IndexModel(ZorginkoopDbContext db) : PageModel
{
    public sealed record Rij(string Id, string? Naam, string Email, IReadOnlyList<string> Rollen, bool Actief, bool Tweestaps);

    public IReadOnlyList<Regio> Regios { get; private set; } = [];
    public Regio Gekozen { get; private set; } = null!;
    public IReadOnlyList<Rij> Rijen { get; private set; } = [];
    public IReadOnlyList<Uitnodiging> Uitnodigingen { get; private set; } = [];
    public int ActieveBeheerders { get; private set; }
    public Paging Paging { get; private set; } = null!;
    public DateTimeOffset Nu { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Regio { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Zoek { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Pagina { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await KiesRegioAsync(ct))
        {
            return NotFound();
        }

        var leden = db.Lidmaatschappen.Where(l => l.RegioId == Gekozen.Id);
        var query = db.Users.AsNoTracking().Where(u => leden.Any(l => l.GebruikerId == u.Id));
        if (!string.IsNullOrWhiteSpace(Zoek))
        {
            var z = Zoek.Trim().ToUpperInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // translated to SQL upper(): the same on SQLite and PostgreSQL
            query = query.Where(u => u.NormalizedEmail!.Contains(z) || (u.Naam != null && u.Naam.ToUpper().Contains(z)));
#pragma warning restore CA1304, CA1311, CA1862
        }

        var totaal = await query.CountAsync(ct);
        Paging = new Paging(Paging.Normaliseer(Pagina), Paging.StandaardGrootte, totaal,
            p => Paging.Link(("regio", Gekozen.Code), ("zoek", Zoek), ("pagina", p.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        var gebruikers = await query.OrderBy(u => u.Naam ?? u.Email).ThenBy(u => u.Email).Skip(Paging.Overslaan).Take(Paging.PaginaGrootte)
            .Select(u => new { u.Id, u.Naam, u.Email, u.GedeactiveerdOp, u.TwoFactorEnabled }).ToListAsync(ct);
        var ids = gebruikers.Select(g => g.Id).ToList();
        var rollen = (await leden.Where(l => ids.Contains(l.GebruikerId)).Select(l => new { l.GebruikerId, l.Rol }).ToListAsync(ct)).ToLookup(l => l.GebruikerId, l => l.Rol);
        Rijen = [.. gebruikers.Select(g => new Rij(g.Id, g.Naam, g.Email!, [.. Rollen.Medewerkers.Where(rollen[g.Id].Contains)], g.GedeactiveerdOp is null, g.TwoFactorEnabled))];

        // Open invitations, and those that expired unused in the last two weeks (to invite again).
        var sinds = Nu.AddDays(-14);
        Uitnodigingen = await db.Uitnodigingen.AsNoTracking()
            .Where(u => u.RegioId == Gekozen.Id && u.AangenomenOp == null && u.IngetrokkenOp == null && u.VerlooptOp > sinds)
            .OrderByDescending(u => u.VerlooptOp).ToListAsync(ct);
        ActieveBeheerders = await Beheerders.ActiefAsync(db, Gekozen.Id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostIntrekkenAsync(int id, CancellationToken ct)
    {
        if (!await KiesRegioAsync(ct))
        {
            return NotFound();
        }

        var (u, ingetrokken) = await UitnodigingIntrekken.HandleAsync(db, Gekozen.Id, id, Nu, ct);
        if (u is null)
        {
            return NotFound();
        }

        if (ingetrokken)
        {
            TempData["Melding"] = $"De uitnodiging voor {u.Email} is ingetrokken; de link werkt niet meer.";
        }
        else if (u.AangenomenOp is not null)
        {
            TempData["Melding"] = $"De uitnodiging voor {u.Email} was al aangenomen en is dus niet ingetrokken.";
        }

        return RedirectToPage(new { regio = Gekozen.Code });
    }

    /// <summary>The region asked for (or the first one this user manages); false when she does not manage it.</summary>
    private async Task<bool> KiesRegioAsync(CancellationToken ct)
    {
        Nu = HttpContext.RequestArrival();
        (var regio, Regios) = await AccountBeheerRechten.KiesAsync(HttpContext, db, Regio, ct);
        if (regio is null)
        {
            return false;
        }

        Gekozen = regio;
        return true;
    }
}
