using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;
using Zorginkoop.Formatting;
using Zorginkoop.Web.Infrastructure;
using Zorginkoop.Werk;

namespace Zorginkoop.Web.Pages.Werk;

/// <summary>
/// The inbox (issue 16): every item that came onto the person's work list, newest first, read or unread. Opening one
/// marks it read and goes where the work is done. Only her own messages: another's id answers 404.
/// </summary>
[Authorize]
public class PostvakModel(ZorginkoopDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool AlleenOngelezen { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Pagina { get; set; }

    public IReadOnlyList<Postvakbericht> Berichten { get; private set; } = [];
    public int Ongelezen { get; private set; }
    public Paging? Paging { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (WerkTeller.Medewerker(User) is not { } wie)
        {
            return RedirectToPage("/Werk/Index");
        }

        var query = db.Postvakberichten.AsNoTracking().Where(p => p.GebruikerId == wie.GebruikerId);
        Ongelezen = await query.CountAsync(p => p.GelezenOp == null, ct);
        if (AlleenOngelezen)
        {
            query = query.Where(p => p.GelezenOp == null);
        }

        var totaal = await query.CountAsync(ct);
        Paging = new Paging(Paging.Normaliseer(Pagina), Paging.StandaardGrootte, totaal,
            p => "/werk/postvak" + Paging.Link(("alleenOngelezen", AlleenOngelezen ? "true" : null), ("pagina", p.ToString(NlFormat.Cultuur))));
        Berichten = await query.OrderByDescending(p => p.Id).Skip(Paging.Overslaan).Take(Paging.PaginaGrootte).ToListAsync(ct);
        return Page();
    }

    /// <summary>Opens a message: marks it read and goes to the work (always a path within the app).</summary>
    public async Task<IActionResult> OnGetOpenenAsync(long id, CancellationToken ct)
    {
        if (WerkTeller.Medewerker(User) is not { } wie
            || await PostvakLezen.MarkeerAsync(db, wie.GebruikerId, id, true, HttpContext.RequestArrival(), ct) is not { } p)
        {
            return NotFound();
        }

        return LocalRedirect(Url.IsLocalUrl(p.Link) ? p.Link : "/werk");
    }

    public Task<IActionResult> OnPostGelezenAsync(long id, CancellationToken ct) => MarkeerAsync(id, true, ct);

    public Task<IActionResult> OnPostOngelezenAsync(long id, CancellationToken ct) => MarkeerAsync(id, false, ct);

    public async Task<IActionResult> OnPostAllesGelezenAsync(CancellationToken ct)
    {
        if (WerkTeller.Medewerker(User) is not { } wie)
        {
            return NotFound();
        }

        var n = await PostvakLezen.AllesGelezenAsync(db, wie.GebruikerId, HttpContext.RequestArrival(), ct);
        TempData["Melding"] = n == 1 ? "1 melding is als gelezen gemarkeerd." : $"{NlFormat.Aantal(n)} meldingen zijn als gelezen gemarkeerd.";
        return RedirectToPage(new { alleenOngelezen = AlleenOngelezen ? true : (bool?)null, pagina = Pagina });
    }

    private async Task<IActionResult> MarkeerAsync(long id, bool gelezen, CancellationToken ct)
    {
        if (WerkTeller.Medewerker(User) is not { } wie
            || await PostvakLezen.MarkeerAsync(db, wie.GebruikerId, id, gelezen, HttpContext.RequestArrival(), ct) is not { } p)
        {
            return NotFound();
        }

        TempData["Melding"] = $"'{p.Titel}' is als {(gelezen ? "gelezen" : "ongelezen")} gemarkeerd.";
        return RedirectToPage(new { alleenOngelezen = AlleenOngelezen ? true : (bool?)null, pagina = Pagina });
    }
}
