using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zorginkoop.Accounts;
using Zorginkoop.Data;
using Zorginkoop.Web.Accounts;
using Zorginkoop.Web.Infrastructure;
using Zorginkoop.Webhooks;

namespace Zorginkoop.Web.Pages.Koppelingen;

/// <summary>
/// /koppelingen/webhooks: the webhooks of the regions where this officer manages the links, and the form to add one
/// (issue 17). The secret of a new webhook is shown once, in the answer to the form, never again.
/// </summary>
[Authorize(Policy = Policies.KoppelingenBeheren)]
public class WebhooksModel(ZorginkoopDbContext db, IOptions<WebhookOptions> opties) : PageModel
{
    public sealed record Rij(Webhook Webhook, string Regio, WebhookTelling Telling);

    public IReadOnlyList<Rij> Webhooks { get; private set; } = [];
    public IReadOnlyList<SelectListItem> RegioOpties { get; private set; } = [];

    /// <summary>The webhook just made, with its secret: shown on this answer only.</summary>
    public Webhook? Nieuw { get; private set; }

    [BindProperty]
    public WebhookInput Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => await LaadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LaadAsync(ct);
        // Only a region of the form's list: another region is refused as if it did not exist (decision record 0009).
        if (RegioOpties.All(r => r.Value != Input.Regio))
        {
            ModelState.AddModelError("Input.Regio", "Kies een regio waarvan u de koppelingen beheert.");
            return Page();
        }

        var resultaat = await WebhookRegistreren.HandleAsync(db, Input.Regio!, new(Input.Url, Input.Soorten, Input.Omschrijving), User.Identity!.Name!,
            HttpContext.RequestArrival(), opties.Value, Dns.GetHostAddressesAsync, ct);
        if (!resultaat.Gelukt)
        {
            ModelState.VoegToe(resultaat.Weigeringen, "Input");
            return Page();
        }

        // The secret is in this answer only: no cache (the browser's or a proxy's) may keep it.
        Response.Headers.CacheControl = "no-store";
        Nieuw = resultaat.Waarde;
        Input = new();
        ModelState.Clear();
        await LaadAsync(ct);
        return Page();
    }

    private async Task LaadAsync(CancellationToken ct)
    {
        var regioIds = RegionAccess.RegioIds(User, Rollen.KoppelingenBeheer);
        RegioOpties = await RegionAccess.RegioOptiesAsync(db, User, Rollen.KoppelingenBeheer, ct);
        var regios = await db.Regios.AsNoTracking().Where(r => regioIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Naam, ct);
        var webhooks = await db.Webhooks.AsNoTracking().Where(w => regioIds.Contains(w.RegioId) && w.VerwijderdOp == null).OrderBy(w => w.Id).ToListAsync(ct);
        var telling = await WebhookTelling.VoorAsync(db, [.. webhooks.Select(w => w.Id)], ct);
        Webhooks = [.. webhooks.Select(w => new Rij(w, regios[w.RegioId], telling(w.Id)))];
        Input.Regio ??= RegioOpties.Count > 0 ? RegioOpties[0].Value : null;
    }
}

public sealed class WebhookInput
{
    public string? Regio { get; set; }
    public string? Url { get; set; }
    public string? Omschrijving { get; set; }
    public List<string> Soorten { get; set; } = [];
}
