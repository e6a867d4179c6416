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
[Authorize(Policy = Beleid.AanbestedingenBeheren)]
public class BijeenkomstBewerkenModel(ZorginkoopDbContext db, IAuthorizationService autorisatie) : TrajectPagina(db, autorisatie)
{
    public Inkooptraject Traject { get; private set; } = null!;
    public int? BijeenkomstId { get; private set; }
    public IReadOnlyList<SelectListItem> SegmentOpties { get; private set; } = [];

    public static IReadOnlyList<SelectListItem> SoortOpties { get; } =
        Enum.GetValues<BijeenkomstSoort>().Select(s => new SelectListItem(s.Naam(), s.ToString())).ToList();

    [BindProperty]
    public BijeenkomstInvoer Invoer { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, int? bijeenkomstId, CancellationToken ct)
    {
        var (gevonden, b) = await LaadAsync(id, bijeenkomstId, ct);
        if (!gevonden)
        {
            return NotFound();
        }

        if (b is not null)
        {
            Invoer = new BijeenkomstInvoer
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
        var (gevonden, b) = await LaadAsync(id, bijeenkomstId, ct);
        if (!gevonden)
        {
            return NotFound();
        }

        var begin = Moment(Invoer.Begin, "Invoer.Begin", verplicht: true);
        var einde = Moment(Invoer.Einde, "Invoer.Einde", verplicht: false);
        if (Invoer.SegmentId is { } s && !await Db.Segmenten.AnyAsync(x => x.Id == s && x.RegioId == Traject.RegioId, ct))
        {
            ModelState.AddModelError("Invoer.SegmentId", "Kies een segment van de regio van dit traject.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        b ??= new Bijeenkomst { InkooptrajectId = id, Titel = "" };
        b.Soort = Invoer.Soort;
        b.Titel = Invoer.Titel?.Trim() ?? "";
        b.Begin = begin!.Value;
        b.Einde = einde;
        b.SegmentId = Invoer.SegmentId;
        b.Locatie = string.IsNullOrWhiteSpace(Invoer.Locatie) ? null : Invoer.Locatie.Trim();
        b.Omschrijving = string.IsNullOrWhiteSpace(Invoer.Omschrijving) ? null : Invoer.Omschrijving.Trim();
        ModelState.VoegToe(InkooptrajectRegels.Valideer(b), "Invoer");
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (b.Id == 0)
        {
            Db.Bijeenkomsten.Add(b);
        }

        await Db.SaveChangesAsync(ct);
        TempData["Melding"] = $"Bijeenkomst '{b.Titel}' op {NlFormat.DatumTijd(b.Begin)} is opgeslagen.";
        return RedirectToPage("/Inkooptrajecten/Details", null, new { id }, "bijeenkomsten");
    }

    /// <summary>The Dutch wall-clock time typed in the form as an instant; a time that does not exist is refused.</summary>
    private DateTimeOffset? Moment(DateTime? lokaal, string veld, bool verplicht)
    {
        if (lokaal is not { } l)
        {
            if (verplicht && !ModelState.ContainsKey(veld))
            {
                ModelState.AddModelError(veld, "Vul de datum en het tijdstip in.");
            }

            return null;
        }

        try
        {
            return NlFormat.AlsAmsterdamseTijd(l);
        }
        catch (ArgumentException e)
        {
            ModelState.AddModelError(veld, e.Message.Split(" (Parameter", 2)[0]);
            return null;
        }
    }

    private async Task<(bool Gevonden, Bijeenkomst? Bijeenkomst)> LaadAsync(int id, int? bijeenkomstId, CancellationToken ct)
    {
        await BepaalRechtenAsync();
        BijeenkomstId = bijeenkomstId;
        var t = await LaadTrajectAsync(id, ct);
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

public sealed class BijeenkomstInvoer
{
    public BijeenkomstSoort Soort { get; set; } = BijeenkomstSoort.Bijeenkomst;
    public string? Titel { get; set; }
    public DateTime? Begin { get; set; }
    public DateTime? Einde { get; set; }
    public int? SegmentId { get; set; }
    public string? Locatie { get; set; }
    public string? Omschrijving { get; set; }
}
