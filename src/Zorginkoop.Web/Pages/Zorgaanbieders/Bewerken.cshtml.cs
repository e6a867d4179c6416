using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Accounts;
using Zorginkoop.Catalogus;
using Zorginkoop.Data;
using Zorginkoop.Web.Pages.Catalogus;

namespace Zorginkoop.Web.Pages.Zorgaanbieders;

/// <summary>Create (/zorgaanbieders/nieuw) and edit (/zorgaanbieders/{id}/bewerken) a provider.</summary>
[Authorize(Policy = Policies.CatalogusBeheren)]
public class BewerkenModel(ZorginkoopDbContext db, IAuthorizationService autorisatie) : CatalogusPageModel(autorisatie)
{
    public int? Id { get; private set; }
    public string? OrigineleNaam { get; private set; }

    [BindProperty]
    public ZorgaanbiederInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        var z = await LoadAsync(id, ct);
        if (id is not null && z is null)
        {
            return NotFound();
        }

        if (z is not null)
        {
            Input = ZorgaanbiederInput.Van(z);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        var bestaand = await LoadAsync(id, ct);
        if (id is not null && bestaand is null)
        {
            return NotFound();
        }

        // A value the form could not even read (a date that is no date) is reported first; nothing is saved.
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var uitkomst = await ZorgaanbiederOpslaan.HandleAsync(db, id, Input.Gegevens(), ct);
        if (!uitkomst.Gelukt)
        {
            VoegMeldingenToe(uitkomst.Weigeringen, "Input");
            return Page();
        }

        var z = uitkomst.Waarde!;
        TempData["Melding"] = $"{z.Naam} is opgeslagen.";
        return RedirectToPage("/Zorgaanbieders/Details", new { id = z.Id });
    }

    private async Task<Zorgaanbieder?> LoadAsync(int? id, CancellationToken ct)
    {
        await BepaalRechtenAsync();
        Id = id;
        var z = id is null ? null : await db.Zorgaanbieders.SingleOrDefaultAsync(a => a.Id == id, ct);
        OrigineleNaam = z?.Naam;
        return z;
    }
}

public sealed class ZorgaanbiederInput
{
    public string? Naam { get; set; }
    public string? KvkNummer { get; set; }
    public string? Vestigingsnummer { get; set; }
    public string? AgbCode { get; set; }
    public string? Straat { get; set; }
    public string? Huisnummer { get; set; }
    public string? Postcode { get; set; }
    public string? Plaats { get; set; }
    public string? Website { get; set; }
    public string? Contactpersoon { get; set; }
    public string? Email { get; set; }
    public string? Telefoon { get; set; }

    public static ZorgaanbiederInput Van(Zorgaanbieder z) => new()
    {
        Naam = z.Naam,
        KvkNummer = z.KvkNummer,
        Vestigingsnummer = z.Vestigingsnummer,
        AgbCode = z.AgbCode,
        Straat = z.Straat,
        Huisnummer = z.Huisnummer,
        Postcode = z.Postcode,
        Plaats = z.Plaats,
        Website = z.Website,
        Contactpersoon = z.Contactpersoon,
        Email = z.Email,
        Telefoon = z.Telefoon,
    };

    public ZorgaanbiederOpslaan.Gegevens Gegevens() =>
        new(Naam, KvkNummer, Vestigingsnummer, AgbCode, Straat, Huisnummer, Postcode, Plaats, Website, Contactpersoon, Email, Telefoon);
}
