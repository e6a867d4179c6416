using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Accounts;
using Zorginkoop.Data;
using Zorginkoop.Formatting;
using Zorginkoop.Inkooptrajecten;
using Zorginkoop.Web.Infrastructure;

namespace Zorginkoop.Web.Pages.Inkooptrajecten;

/// <summary>Add (/inkooptrajecten/{id}/bijeenkomsten/nieuw) or edit a meeting, consultation or Q&amp;A hour.</summary>
[Authorize(Policy = Policies.AanbestedingenBeheren)]
public class BijeenkomstBewerkenModel(ZorginkoopDbContext db, IAuthorizationService autorisatie) : InkooptrajectPageModel(db, autorisatie)
{
    public Inkooptraject Traject { get; private set; } = null!;
    public int? BijeenkomstId { get; private set; }
    public IReadOnlyList<SelectListItem> SegmentOpties { get; private set; } = [];

    public static IReadOnlyList<SelectListItem> SoortOpties { get; } =
        Enum.GetValues<BijeenkomstSoort>().Select(s => new SelectListItem(s.Naam(), s.ToString())).ToList();

    [BindProperty]
    public BijeenkomstInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, int? bijeenkomstId, CancellationToken ct)
    {
        var (gevonden, b) = await LoadAsync(id, bijeenkomstId, ct);
        if (!gevonden)
        {
            return NotFound();
        }

        if (b is not null)
        {
            Input = new BijeenkomstInput
            {
                Soort = b.Soort,
                Titel = b.Titel,
                Begin = NlFormat.InAmsterdam(b.Begin),
                Einde = b.Einde is { } e ? NlFormat.InAmsterdam(e) : null,
                SegmentId = b.SegmentId,
                Locatie = b.Locatie,
                Omschrijving = b.Omschrijving,
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int? bijeenkomstId, CancellationToken ct)
    {
        var (gevonden, b) = await LoadAsync(id, bijeenkomstId, ct);
        if (!gevonden)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var uitkomst = await BijeenkomstOpslaan.HandleAsync(Db, id, bijeenkomstId,
            new(Input.Soort, Input.Titel, Input.Begin, Input.Einde, Input.SegmentId, Input.Locatie, Input.Omschrijving), ct);
        if (!uitkomst.Gelukt)
        {
            ModelState.VoegToe(uitkomst.Weigeringen, "Input");
            return Page();
        }

        b = uitkomst.Waarde!;
        TempData["Melding"] = $"Bijeenkomst '{b.Titel}' op {NlFormat.DatumTijd(b.Begin)} is opgeslagen.";
        return RedirectToPage("/Inkooptrajecten/Details", null, new { id }, "bijeenkomsten");
    }

    private async Task<(bool Gevonden, Bijeenkomst? Bijeenkomst)> LoadAsync(int id, int? bijeenkomstId, CancellationToken ct)
    {
        await BepaalRechtenAsync();
        BijeenkomstId = bijeenkomstId;
        var t = await LoadInkooptrajectAsync(id, ct);
        if (t is null)
        {
            return (false, null);
        }

        Traject = t;
        SegmentOpties = await Db.Segmenten.Where(s => s.RegioId == t.RegioId).OrderBy(s => s.Naam)
            .OptiesAsync(s => s.Naam, s => s.Id, ct);
        if (bijeenkomstId is null)
        {
            return (true, null);
        }

        var b = await Db.Bijeenkomsten.SingleOrDefaultAsync(x => x.Id == bijeenkomstId && x.InkooptrajectId == id, ct);
        return (b is not null, b);
    }
}

public sealed class BijeenkomstInput
{
    public BijeenkomstSoort Soort { get; set; } = BijeenkomstSoort.Bijeenkomst;
    public string? Titel { get; set; }
    public DateTime? Begin { get; set; }
    public DateTime? Einde { get; set; }
    public int? SegmentId { get; set; }
    public string? Locatie { get; set; }
    public string? Omschrijving { get; set; }
}
