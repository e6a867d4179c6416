using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Accounts;
using Zorginkoop.Catalogus;
using Zorginkoop.Data;
using Zorginkoop.Web.Pages.Catalogus;

namespace Zorginkoop.Web.Pages.Zorgaanbieders;

/// <summary>Create (/zorgaanbieders/nieuw) and edit (/zorgaanbieders/{id}/bewerken) a provider.</summary>
[Authorize(Policy = Beleid.CatalogusBeheren)]
public class BewerkenModel(ZorginkoopDbContext db, IAuthorizationService autorisatie) : CatalogusPagina(autorisatie)
{
    public int? Id { get; private set; }
    public string? OrigineleNaam { get; private set; }

    [BindProperty]
    public ZorgaanbiederInvoer Invoer { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        var z = await LaadAsync(id, ct);
        if (id is not null && z is null)
        {
            return NotFound();
        }

        if (z is not null)
        {
            Invoer = ZorgaanbiederInvoer.Van(z);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        var bestaand = await LaadAsync(id, ct);
        if (id is not null && bestaand is null)
        {
            return NotFound();
        }

        var z = bestaand ?? new Zorgaanbieder { Naam = "", KvkNummer = "", AgbCode = "" };
        Invoer.KopieerNaar(z);
        VoegMeldingenToe(ZorgaanbiederRegels.Valideer(z), "Invoer");
        if (ModelState.IsValid && await db.Zorgaanbieders.AnyAsync(a => a.AgbCode == z.AgbCode && a.Id != z.Id, ct))
        {
            ModelState.AddModelError("Invoer.AgbCode", $"Er is al een zorgaanbieder met AGB-code {z.AgbCode}.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (z.Id == 0)
        {
            db.Zorgaanbieders.Add(z);
        }

        await db.SaveChangesAsync(ct);
        TempData["Melding"] = $"{z.Naam} is opgeslagen.";
        return RedirectToPage("/Zorgaanbieders/Details", new { id = z.Id });
    }

    private async Task<Zorgaanbieder?> LaadAsync(int? id, CancellationToken ct)
    {
        await BepaalRechtenAsync();
        Id = id;
        var z = id is null ? null : await db.Zorgaanbieders.SingleOrDefaultAsync(a => a.Id == id, ct);
        OrigineleNaam = z?.Naam;
        return z;
    }
}

public sealed class ZorgaanbiederInvoer
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

    public static ZorgaanbiederInvoer Van(Zorgaanbieder z) => new()
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

    public void KopieerNaar(Zorgaanbieder z)
    {
        static string? Schoon(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
        z.Naam = Schoon(Naam) ?? "";
        z.KvkNummer = Schoon(KvkNummer)?.Replace(" ", "", StringComparison.Ordinal) ?? "";
        z.Vestigingsnummer = Schoon(Vestigingsnummer)?.Replace(" ", "", StringComparison.Ordinal);
        z.AgbCode = Schoon(AgbCode)?.Replace(" ", "", StringComparison.Ordinal) ?? "";
        z.Straat = Schoon(Straat);
        z.Huisnummer = Schoon(Huisnummer);
        z.Postcode = ZorgaanbiederRegels.PostcodeFout(Schoon(Postcode)) is null ? ZorgaanbiederRegels.NormaliseerPostcode(Postcode) : Schoon(Postcode);
        z.Plaats = Schoon(Plaats);
        z.Website = Schoon(Website);
        z.Contactpersoon = Schoon(Contactpersoon);
        z.Email = Schoon(Email);
        z.Telefoon = Schoon(Telefoon);
    }
}
