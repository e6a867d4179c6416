using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;
using Zorginkoop.Web.Infrastructure;
using Zorginkoop.Werk;

namespace Zorginkoop.Web.Pages.Werk;

/// <summary>Per kind of work item of one's roles: e-mail at once, a daily summary, or only the inbox (issue 16).</summary>
[Authorize]
public class InstellingenModel(ZorginkoopDbContext db, Microsoft.Extensions.Options.IOptions<Zorginkoop.Meldingen.MeldingenOptions> meldingen) : PageModel
{
    [BindProperty]
    public Dictionary<string, Kanaal> Keuzes { get; set; } = [];

    public IReadOnlyList<Werksoort> Soorten { get; private set; } = [];
    public string? Email { get; private set; }
    public bool MailUit => meldingen.Value.Kanaal == Zorginkoop.Meldingen.MeldingenOptions.KanaalUit;
    public int DagoverzichtUur => meldingen.Value.DagoverzichtUur;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LaadAsync(ct))
        {
            return RedirectToPage("/Werk/Index");
        }

        Keuzes = Soorten.ToDictionary(s => s.Code, s => Huidig[s.Code]);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LaadAsync(ct))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        // Only the kinds of one's own roles; anything else in the form is not hers to set.
        var eigen = Soorten.Select(s => s.Code).ToHashSet();
        var onbekend = Keuzes.Keys.FirstOrDefault(k => !eigen.Contains(k));
        var weigering = onbekend is not null
            ? new Weigering("melding.soort-onbekend", onbekend, $"'{onbekend}' is geen soort melding van uw rollen.")
            : await MeldingVoorkeuren.ZetAsync(db, WerkTeller.Medewerker(User)!.GebruikerId, Keuzes, ct);
        if (weigering is not null)
        {
            ModelState.AddModelError($"{nameof(Keuzes)}[{weigering.Veld}]", weigering.Tekst);
            return Page();
        }

        TempData["Melding"] = "Uw keuzes voor meldingen zijn opgeslagen.";
        return RedirectToPage();
    }

    private IReadOnlyDictionary<string, Kanaal> Huidig { get; set; } = new Dictionary<string, Kanaal>();

    private async Task<bool> LaadAsync(CancellationToken ct)
    {
        if (WerkTeller.Medewerker(User) is not { } wie)
        {
            return false;
        }

        var rollen = wie.Leden.Select(l => l.Rol).ToHashSet();
        Soorten = [.. Werksoorten.Alle.Where(s => s.Rollen.Any(rollen.Contains))];
        Huidig = await MeldingVoorkeuren.VanAsync(db, wie.GebruikerId, ct);
        Email = await db.Users.Where(u => u.Id == wie.GebruikerId && u.EmailConfirmed).Select(u => u.Email).SingleOrDefaultAsync(ct);
        return true;
    }

    public static string Label(Kanaal k) => k switch
    {
        Kanaal.Direct => "Direct een e-mail",
        Kanaal.Dagelijks => "Een dagelijks overzicht per e-mail",
        _ => "Alleen in het postvak",
    };
}
