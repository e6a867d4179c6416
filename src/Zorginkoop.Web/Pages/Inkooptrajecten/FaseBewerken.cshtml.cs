using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Accounts;
using Zorginkoop.Data;
using Zorginkoop.Inkooptrajecten;
using Zorginkoop.Web.Infrastructure;

namespace Zorginkoop.Web.Pages.Inkooptrajecten;

/// <summary>One phase of a trajectory: its status, dates and summary.</summary>
[Authorize(Policy = Policies.AanbestedingenBeheren)]
public class FaseBewerkenModel(ZorginkoopDbContext db, IAuthorizationService autorisatie) : InkooptrajectPageModel(db, autorisatie)
{
    public Inkooptraject Traject { get; private set; } = null!;
    public Fase Fase { get; private set; } = null!;

    public static IReadOnlyList<SelectListItem> StatusOpties { get; } =
        Enum.GetValues<FaseStatus>().Select(s => new SelectListItem(s.Naam(), s.ToString())).ToList();

    [BindProperty]
    public FaseInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, int nummer, CancellationToken ct)
    {
        if (!await LoadAsync(id, nummer, ct))
        {
            return NotFound();
        }

        Input = new FaseInput { Status = Fase.Status, Van = Fase.Van, Tot = Fase.Tot, Samenvatting = Fase.Samenvatting };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int nummer, CancellationToken ct)
    {
        if (!await LoadAsync(id, nummer, ct))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var uitkomst = await FaseBijwerken.HandleAsync(Db, id, nummer, new(Input.Status, Input.Van, Input.Tot, Input.Samenvatting), ct);
        if (!uitkomst.Gelukt)
        {
            ModelState.VoegToe(uitkomst.Weigeringen, "Input");
            return Page();
        }

        TempData["Melding"] = $"Fase {(int)Fase.Soort} {Fase.Soort.Naam()} is opgeslagen.";
        return RedirectToPage("/Inkooptrajecten/Details", null, new { id }, "fasen");
    }

    private async Task<bool> LoadAsync(int id, int nummer, CancellationToken ct)
    {
        await BepaalRechtenAsync();
        var t = await LoadInkooptrajectAsync(id, ct);
        var fase = t is null || !Enum.IsDefined((FaseSoort)nummer) ? null
            : await Db.Fasen.SingleOrDefaultAsync(f => f.InkooptrajectId == id && f.Soort == (FaseSoort)nummer, ct);
        if (fase is null)
        {
            return false;
        }

        (Traject, Fase) = (t!, fase);
        return true;
    }
}

public sealed class FaseInput
{
    public FaseStatus Status { get; set; }
    public DateOnly? Van { get; set; }
    public DateOnly? Tot { get; set; }
    public string? Samenvatting { get; set; }
}
