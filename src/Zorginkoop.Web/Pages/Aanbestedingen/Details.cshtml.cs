using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Accounts;
using Zorginkoop.Data;
using Zorginkoop.Web.Infrastructure;

namespace Zorginkoop.Web.Pages.Aanbestedingen;

/// <summary>
/// The public page of a procedure. Officers also see its change history and the lifecycle steps allowed now; the
/// POST checks the policy itself, so hiding the buttons is never the only check.
/// </summary>
[AllowAnonymous]
public class DetailsModel(ZorginkoopDbContext db, TimeProvider tijd, IAuthorizationService autorisatie) : PageModel
{
    public Aanbesteding Aanbesteding { get; private set; } = null!;
    public bool MagBeheren { get; private set; }
    public IReadOnlyList<Gebeurtenis> MogelijkeStappen { get; private set; } = [];
    public IReadOnlyList<Zorginkoop.Audit.AuditRegel> Wijzigingen { get; private set; } = [];
    public string? Weigering { get; private set; }

    /// <summary>The steps an officer starts by hand; closing at the deadline and postponements have their own way in.</summary>
    private static readonly Gebeurtenis[] Handmatig =
    [
        Gebeurtenis.Publiceren, Gebeurtenis.Schorsen, Gebeurtenis.Hervatten, Gebeurtenis.BeoordelingStarten,
        Gebeurtenis.VoorlopigGunnen, Gebeurtenis.DefinitiefGunnen, Gebeurtenis.ContractStarten, Gebeurtenis.Intrekken,
    ];

    [BindProperty]
    public Gebeurtenis Stap { get; set; }

    [BindProperty]
    public string? Reden { get; set; }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!(await autorisatie.AuthorizeAsync(User, Beleid.AanbestedingenBeheren)).Succeeded)
        {
            return User.Identity?.IsAuthenticated == true ? Forbid() : Challenge();
        }

        var resultaat = await OnGetAsync(id, ct);
        if (resultaat is not PageResult || !Handmatig.Contains(Stap))
        {
            return resultaat is PageResult ? BadRequest() : resultaat;
        }

        Weigering = await AanbestedingAanpassen.PasToeAsync(db, Aanbesteding, new Verzoek(Stap, Reden), User.Identity!.Name!, tijd.GetUtcNow(), ct);
        if (Weigering is not null)
        {
            ModelState.AddModelError(nameof(Reden), Weigering);
            return await OnGetAsync(id, ct);
        }

        TempData["Melding"] = $"Gelukt: {Levenscyclus.Omschrijving(Stap)}. De aanbesteding is nu {Aanbesteding.Status.Naam()}.";
        return Redirect($"/aanbestedingen/{id}");
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var a = await db.Aanbestedingen.Include(x => x.Regio).Include(x => x.Overgangen)
            .SingleOrDefaultAsync(x => x.Id == id && x.Status != AanbestedingStatus.Concept, ct);
        if (a is null)
        {
            return NotFound();
        }

        if (AanbestedingAanpassen.Bijwerken(a, tijd.GetUtcNow()))
        {
            await db.SaveChangesAsync(ct);
        }

        Aanbesteding = a;
        MagBeheren = (await autorisatie.AuthorizeAsync(User, Beleid.AanbestedingenBeheren)).Succeeded;
        if (MagBeheren)
        {
            MogelijkeStappen = Handmatig.Where(g => Levenscyclus.Overgangen[g].Van.Contains(a.Status)).ToList();
            Wijzigingen = await db.GeschiedenisAsync([(nameof(Aanbesteding), a.Id)], ct);
        }

        return Page();
    }
}
