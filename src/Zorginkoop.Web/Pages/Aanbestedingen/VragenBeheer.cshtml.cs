using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Accounts;
using Zorginkoop.Data;
using Zorginkoop.Vragen;

namespace Zorginkoop.Web.Pages.Aanbestedingen;

/// <summary>The officers' list of a procedure's questions (who asked, who handles it, the state), and publishing the next NvI round.</summary>
[Authorize(Policy = Policies.AanbestedingenBeheren)]
public class VragenBeheerModel(ZorginkoopDbContext db, IAuthorizationService autorisatie, TimeProvider tijd) : AanbestedingPageModel(db, autorisatie, tijd)
{
    public IReadOnlyList<Vraag> Vragen { get; private set; } = [];
    public IReadOnlyDictionary<int, string> Aanbieders { get; private set; } = new Dictionary<int, string>();
    public IReadOnlyList<NvIRonde> Rondes { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public VraagStatus? Status { get; set; }

    [BindProperty]
    public string? AanvullingTekst { get; set; }

    /// <summary>Why the round is published although the check found what may identify an asker.</summary>
    [BindProperty]
    public string? OndanksReden { get; set; }

    /// <summary>What the check for the asker found at the last attempt to publish.</summary>
    public IReadOnlyList<Herkenning> Herkenningen { get; private set; } = [];

    [BindProperty]
    public string? AanvullingAntwoord { get; set; }

    public int KlaarVoorPublicatie { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LaadLijstAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostPublicerenAsync(int id, CancellationToken ct)
    {
        if (!await LaadLijstAsync(id, ct))
        {
            return NotFound();
        }

        var uitkomst = await VraagRegels.PublicerenAsync(Db, Aanbesteding, Wie, Nu, OndanksReden, ct);
        if (uitkomst.Ronde is not { } ronde)
        {
            ModelState.AddModelError(uitkomst.Herkenningen.Count > 0 && Request.Form.ContainsKey(nameof(OndanksReden)) ? nameof(OndanksReden) : string.Empty,
                uitkomst.Herkenningen.Count > 0 && Request.Form.ContainsKey(nameof(OndanksReden)) ? "Leg uit waarom u toch publiceert." : uitkomst.Weigering!.Tekst);
            Herkenningen = uitkomst.Herkenningen;
            await LaadLijstAsync(id, ct);
            return Page();
        }

        TempData["Melding"] = $"Nota van Inlichtingen {ronde.Nummer} is gepubliceerd met {ronde.Items.Count} vragen en antwoorden.";
        return RedirectToPage("/Aanbestedingen/NotaVanInlichtingen", new { id, nummer = ronde.Nummer });
    }

    public async Task<IActionResult> OnPostAanvullingAsync(int id, CancellationToken ct)
    {
        if (!await LaadLijstAsync(id, ct))
        {
            return NotFound();
        }

        var weigering = await VraagRegels.AanvullingAsync(Db, Aanbesteding, Wie, AanvullingTekst, AanvullingAntwoord, Nu, ct);
        if (weigering is not null)
        {
            ModelState.AddModelError(weigering.Veld == VraagRegels.Antwoord ? nameof(AanvullingAntwoord) : nameof(AanvullingTekst), weigering.Tekst);
            await LaadLijstAsync(id, ct);
            return Page();
        }

        TempData["Melding"] = "De aanvulling staat klaar voor de volgende Nota van Inlichtingen.";
        return RedirectToPage();
    }

    private async Task<bool> LaadLijstAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return false;
        }

        var vragen = Db.Vragen.AsNoTracking().Where(v => v.AanbestedingId == id);
        KlaarVoorPublicatie = await vragen.CountAsync(v => v.Status == VraagStatus.Beantwoord, ct);
        Vragen = await (Status is { } s ? vragen.Where(v => v.Status == s) : vragen).OrderBy(v => v.Volgnummer).ToListAsync(ct);
        var ids = Vragen.Where(v => v.ZorgaanbiederId != null).Select(v => v.ZorgaanbiederId!.Value).Distinct().ToList();
        Aanbieders = await Db.Zorgaanbieders.Where(z => ids.Contains(z.Id)).ToDictionaryAsync(z => z.Id, z => z.Naam, ct);
        Rondes = await Db.NvIRondes.AsNoTracking().Where(r => r.AanbestedingId == id).OrderBy(r => r.Nummer).ToListAsync(ct);
        return true;
    }
}
