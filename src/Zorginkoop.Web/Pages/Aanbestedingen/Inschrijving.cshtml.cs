using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Accounts;
using Zorginkoop.Data;
using Zorginkoop.Formatting;
using Zorginkoop.Inschrijvingen;
using Zorginkoop.Web.Accounts;

namespace Zorginkoop.Web.Pages.Aanbestedingen;

/// <summary>
/// A provider's own bid on a procedure: choose lots, answer, upload, price, save, submit, withdraw, re-confirm. Only
/// the logged-in provider's bid is ever loaded (by the provider id from the login claim, never from the request), and
/// every write is checked against the deadline on the server's clock.
/// </summary>
[Authorize(Policy = Policies.Aanbieder)]
// The transport lets a file of up to 2.5 times the bid's budget through, so that an upload that does not fit gets the
// Dutch message on the form (the vault counts while it streams and refuses beyond what is left of the 100 MB);
// beyond this limit the request ends with the "bestand te groot" page.
[RequestSizeLimit(MaxVerzoek)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxVerzoek)]
public class InschrijvingModel(ZorginkoopDbContext db, IAuthorizationService autorisatie, TimeProvider tijd, Kluis kluis) : AanbestedingPageModel(db, autorisatie, tijd)
{
    private const long MaxVerzoek = Inschrijven.MaxBytesPerInschrijving * 5 / 2;

    public Inschrijving Inschrijving { get; private set; } = null!;
    public IReadOnlyList<Inschrijvingseis> Eisen { get; private set; } = [];
    public Kwaliteitsdeel Kwaliteit { get; private set; } = Kwaliteitsdeel.Leeg;
    public Prijsdeel PrijsDeel { get; private set; } = Prijsdeel.Leeg;
    public IReadOnlyDictionary<int, string> Bestandsnamen { get; private set; } = new Dictionary<int, string>();
    public IReadOnlyList<string> Ontbrekend { get; private set; } = [];
    public string? Gesloten { get; private set; }
    public bool HerbevestigingNodig { get; private set; }
    public string ZorgaanbiederNaam { get; private set; } = "";

    [BindProperty]
    public List<int> Percelen { get; set; } = [];

    [BindProperty]
    public Dictionary<int, string> Verklaringen { get; set; } = [];

    [BindProperty]
    public Dictionary<int, string> Antwoorden { get; set; } = [];

    [BindProperty]
    public Dictionary<int, string> Prijzen { get; set; } = [];

    /// <summary>One key per form: a retried submission (double click, lost answer) returns the same receipt.</summary>
    [BindProperty]
    public Guid Verzoek { get; set; }

    [BindProperty]
    public int EisId { get; set; }

    [BindProperty]
    public IFormFile? Bestand { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LaadInschrijvingAsync(id, ct) ? Toon() : NotFound();

    public Task<IActionResult> OnPostBewarenAsync(int id, CancellationToken ct) => Schrijf(id, async () =>
    {
        var (kwaliteit, prijs, fout) = UitFormulier();
        return fout ?? await Inschrijven.BewaarAsync(Db, kluis, Aanbesteding, Inschrijving, kwaliteit, prijs, Nu, ct);
    }, "Uw concept is bewaard. Het is nog niet ingediend.", ct);

    public Task<IActionResult> OnPostBestandAsync(int id, CancellationToken ct) => Schrijf(id, async () =>
    {
        var eis = Eisen.FirstOrDefault(e => e.Id == EisId);
        if (eis is null || Bestand is null || Bestand.Length == 0)
        {
            return new Weigering("inschrijving.bestand-ontbreekt", nameof(Bestand), "Kies een bestand om toe te voegen.");
        }

        await using var inhoud = Bestand.OpenReadStream();
        return await Inschrijven.BewaarBestandAsync(Db, kluis, Aanbesteding, Inschrijving, eis, inhoud, Bestand.FileName, Nu, ct);
    }, "Het bestand is versleuteld bewaard.", ct);

    public async Task<IActionResult> OnPostIndienenAsync(int id, CancellationToken ct)
    {
        if (!await LaadInschrijvingAsync(id, ct))
        {
            return NotFound();
        }

        // A retry of a submission that already succeeded: the same receipt, nothing saved again.
        if (InschrijvingLevenscyclus.Telt(Inschrijving.Status) && Inschrijving.LaatsteVerzoek == Verzoek)
        {
            var bewijs = await Inschrijven.IndienenAsync(Db, kluis, Aanbesteding, Inschrijving, Verzoek, Nu, ct);
            return RedirectToPage("/Mijn/Ontvangstbewijs", new { id = bewijs.Bewijs!.Id });
        }

        // Saving and submitting are judged by the same moment (the request's arrival): both are on time or neither is.
        var (kwaliteit, prijs, fout) = UitFormulier();
        fout ??= await Inschrijven.BewaarAsync(Db, kluis, Aanbesteding, Inschrijving, kwaliteit, prijs, Nu, ct);
        if (fout is null)
        {
            var uitkomst = await Inschrijven.IndienenAsync(Db, kluis, Aanbesteding, Inschrijving, Verzoek, Nu, ct);
            if (uitkomst.Bewijs is { } b)
            {
                TempData["Melding"] = "Uw inschrijving is ingediend. Bewaar dit ontvangstbewijs.";
                return RedirectToPage("/Mijn/Ontvangstbewijs", new { id = b.Id });
            }

            fout = uitkomst.Weigering! with { Tekst = "Uw concept is bewaard, maar niet ingediend. " + uitkomst.Weigering!.Tekst };
        }

        return await Opnieuw(id, fout!, ct);
    }

    public Task<IActionResult> OnPostIntrekkenAsync(int id, CancellationToken ct) => Schrijf(id,
        () => Inschrijven.IntrekkenAsync(Db, Aanbesteding, Inschrijving, Nu, ct),
        "Uw inschrijving is ingetrokken. U kunt haar wijzigen en vóór de uiterste inschrijfdatum opnieuw indienen.", ct);

    public async Task<IActionResult> OnPostHerbevestigenAsync(int id, CancellationToken ct)
    {
        if (!await LaadInschrijvingAsync(id, ct))
        {
            return NotFound();
        }

        var uitkomst = await Inschrijven.HerbevestigenAsync(Db, kluis, Aanbesteding, Inschrijving, Nu, ct);
        if (uitkomst.Bewijs is { } b)
        {
            TempData["Melding"] = "U heeft uw inschrijving herbevestigd onder de gewijzigde voorwaarden.";
            return RedirectToPage("/Mijn/Ontvangstbewijs", new { id = b.Id });
        }

        return await Opnieuw(id, uitkomst.Weigering!, ct);
    }

    private async Task<IActionResult> Schrijf(int id, Func<Task<Weigering?>> actie, string melding, CancellationToken ct)
    {
        if (!await LaadInschrijvingAsync(id, ct))
        {
            return NotFound();
        }

        var fout = await actie();
        if (fout is null)
        {
            TempData["Melding"] = melding;
            return RedirectToPage();
        }

        return await Opnieuw(id, fout, ct);
    }

    /// <summary>Shows the refusal on the stored bid (what the provider typed stays in the form fields).</summary>
    private async Task<IActionResult> Opnieuw(int id, Weigering fout, CancellationToken ct)
    {
        Db.ChangeTracker.Clear();
        if (!await LaadInschrijvingAsync(id, ct))
        {
            return NotFound();
        }

        // The bid page shows every refusal above the form: the fields of a bid are many and grouped per requirement.
        ModelState.AddModelError(string.Empty, fout.Tekst);
        return Toon(formulierBehouden: true);
    }

    private async Task<bool> LaadInschrijvingAsync(int id, CancellationToken ct)
    {
        var aanbieder = User.ZorgaanbiederId();
        if (aanbieder is null || !await LoadAsync(id, ct) || Aanbesteding.Vorm == Procedurevorm.OpenHouse)
        {
            return false;
        }

        var nu = Nu;
        Gesloten = Inschrijven.Gesloten(Aanbesteding, nu)?.Tekst;
        var bestaand = await Db.Inschrijvingen.Include(i => i.Bestanden)
            .SingleOrDefaultAsync(i => i.AanbestedingId == id && i.ZorgaanbiederId == aanbieder, ct);
        if (bestaand is null && Gesloten is not null)
        {
            // Nothing to show and nothing to start: no empty bid is made on a closed procedure.
            bestaand = new Inschrijving { AanbestedingId = id, ZorgaanbiederId = aanbieder.Value, Sleutel = [] };
        }

        Inschrijving = bestaand ?? await Inschrijven.ConceptAsync(Db, kluis, id, aanbieder.Value, nu, ct);
        ZorgaanbiederNaam = await Db.Zorgaanbieders.Where(z => z.Id == aanbieder).Select(z => z.Naam).SingleAsync(ct);
        Eisen = await EisenBeheer.VanAsync(Db, id, ct);
        if (Inschrijving.Id != 0)
        {
            (Kwaliteit, PrijsDeel) = Inschrijven.Lees(kluis, Inschrijving);
            Bestandsnamen = Inschrijving.Bestanden.ToDictionary(b => b.EisId, b => Inschrijven.Naam(kluis, Inschrijving, b));
        }

        Ontbrekend = Inschrijven.Ontbrekend(Eisen, Kwaliteit, PrijsDeel, Inschrijving.Bestanden);
        var rectificaties = await Db.Rectificaties.Where(r => r.AanbestedingId == id).Select(r => r.Moment).ToListAsync(ct);
        HerbevestigingNodig = Inschrijven.HerbevestigingNodig(Inschrijving, rectificaties.Count == 0 ? null : rectificaties.Max());
        return true;
    }

    private PageResult Toon(bool formulierBehouden = false)
    {
        if (!formulierBehouden)
        {
            Percelen = [.. Kwaliteit.Percelen];
            Verklaringen = Kwaliteit.Verklaringen.ToDictionary(v => v.Key, v => v.Value ? "ja" : "nee");
            Antwoorden = Kwaliteit.Antwoorden.ToDictionary();
            Prijzen = PrijsDeel.PrijsPerPerceel.ToDictionary(p => p.Key, p => (p.Value / 100m).ToString("0.00", NlFormat.Cultuur));
            Verzoek = Guid.NewGuid();
            ModelState.Clear();
        }

        return Page();
    }

    private (Kwaliteitsdeel, Prijsdeel, Weigering?) UitFormulier()
    {
        var prijzen = new Dictionary<int, long>();
        foreach (var (perceel, tekst) in Prijzen.Where(p => !string.IsNullOrWhiteSpace(p.Value)))
        {
            if (NlFormat.LeesBedragCent(tekst) is not { } cent)
            {
                return (Kwaliteitsdeel.Leeg, Prijsdeel.Leeg, new Weigering("inschrijving.prijs-ongeldig", $"Prijzen[{perceel}]", $"Perceel {perceel}: '{tekst}' is geen bedrag. Schrijf het bijvoorbeeld als 67,50."));
            }

            prijzen[perceel] = cent;
        }

        var verklaringen = Verklaringen.Where(v => v.Value is "ja" or "nee").ToDictionary(v => v.Key, v => v.Value == "ja");
        var antwoorden = Antwoorden.Where(a => !string.IsNullOrWhiteSpace(a.Value)).ToDictionary(a => a.Key, a => a.Value.Trim());
        return (new Kwaliteitsdeel(Percelen, verklaringen, antwoorden), new Prijsdeel(prijzen), null);
    }
}
