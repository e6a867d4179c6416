using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Accounts;
using Zorginkoop.Data;
using Zorginkoop.Web.Accounts;
using Zorginkoop.Web.Infrastructure;
using Zorginkoop.Webhooks;

namespace Zorginkoop.Web.Pages.Koppelingen;

/// <summary>
/// /koppelingen/webhooks/{id}: one webhook with its delivery log (each message, its attempts and answers), a new secret,
/// and removal. Another region's webhook answers 404 (decision record 0009).
/// </summary>
[Authorize(Policy = Policies.KoppelingenBeheren)]
public class WebhookModel(ZorginkoopDbContext db) : PageModel
{
    public const int PaginaGrootte = 20;

    public Webhook Webhook { get; private set; } = null!;
    public string RegioNaam { get; private set; } = "";
    public IReadOnlyList<WebhookBezorging> Bezorgingen { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;

    /// <summary>The filter of the log: wachtend, bezorgd, opgegeven or all (null).</summary>
    public string? Status { get; private set; }

    /// <summary>A secret just renewed: shown on this answer only.</summary>
    public string? NieuwGeheim { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, string? status, int? pagina, CancellationToken ct) =>
        await LaadAsync(id, status, pagina, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostGeheimAsync(int id, CancellationToken ct)
    {
        if (!await LaadAsync(id, null, null, ct) || Webhook.VerwijderdOp is not null)
        {
            return NotFound();
        }

        var resultaat = await WebhookGeheimVernieuwen.HandleAsync(db, id, ct);
        if (!resultaat.Gelukt)
        {
            return NotFound();
        }

        // The secret is in this answer only: no cache (the browser's or a proxy's) may keep it.
        Response.Headers.CacheControl = "no-store";
        NieuwGeheim = resultaat.Waarde!.Geheim;
        return Page();
    }

    /// <summary>True while the page asks whether to remove it (the first press of the button).</summary>
    public bool BevestigVerwijderen { get; private set; }

    public async Task<IActionResult> OnPostTestenAsync(int id, CancellationToken ct)
    {
        if (!await LaadAsync(id, null, null, ct) || Webhook.VerwijderdOp is not null)
        {
            return NotFound();
        }

        var resultaat = await WebhookTesten.HandleAsync(db, id, HttpContext.RequestArrival(), ct);
        if (!resultaat.Gelukt)
        {
            return NotFound();
        }

        TempData["Melding"] = "Het testbericht staat klaar en gaat binnen een halve minuut weg. Vernieuw deze pagina om het antwoord te zien.";
        return RedirectToPage("/Koppelingen/Webhook", new { id });
    }

    public async Task<IActionResult> OnPostVerwijderenAsync(int id, bool bevestigd, CancellationToken ct)
    {
        if (!await LaadAsync(id, null, null, ct) || Webhook.VerwijderdOp is not null)
        {
            return NotFound();
        }

        // Removing cannot be undone (a new webhook gets a new secret): the first press asks.
        if (!bevestigd)
        {
            BevestigVerwijderen = true;
            return Page();
        }

        var resultaat = await WebhookVerwijderen.HandleAsync(db, id, User.Identity!.Name!, HttpContext.RequestArrival(), ct);
        if (!resultaat.Gelukt)
        {
            return NotFound();
        }

        TempData["Melding"] = $"De webhook naar {Webhook.Url} is verwijderd. Er gaan geen berichten meer heen.";
        return RedirectToPage("/Koppelingen/Webhooks");
    }

    private async Task<bool> LaadAsync(int id, string? status, int? pagina, CancellationToken ct)
    {
        var webhook = await db.Webhooks.AsNoTracking().SingleOrDefaultAsync(w => w.Id == id, ct);
        if (webhook is null || !await HttpContext.EindpuntInRegioAsync(webhook.RegioId))
        {
            return false;
        }

        Webhook = webhook;
        RegioNaam = await db.Regios.Where(r => r.Id == webhook.RegioId).Select(r => r.Naam).SingleAsync(ct);
        var filter = status is WebhookStatus.Wachtend or WebhookStatus.Bezorgd or WebhookStatus.Opgegeven ? status : null;
        Status = filter;
        var q = db.WebhookBezorgingen.AsNoTracking().Where(b => b.WebhookId == id && (filter == null || b.Status == filter));
        Paging = new Paging(Paging.Normaliseer(pagina), PaginaGrootte, await q.CountAsync(ct),
            p => $"/koppelingen/webhooks/{id}" + Paging.Link(("status", filter), ("pagina", p.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        Bezorgingen = await q.Include(b => b.PogingenLog).OrderByDescending(b => b.Id).Skip(Paging.Overslaan).Take(PaginaGrootte).AsSplitQuery().ToListAsync(ct);
        return true;
    }

    public static string StatusTekst(WebhookBezorging b) => b.Status switch
    {
        WebhookStatus.Wachtend when b.Pogingen == 0 => "Wacht op verzending",
        WebhookStatus.Wachtend => "Wordt opnieuw geprobeerd",
        WebhookStatus.Bezorgd => "Bezorgd",
        WebhookStatus.Opgegeven => "Opgegeven",
        _ => b.Status,
    };
}
