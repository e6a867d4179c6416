using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Accounts;
using Zorginkoop.Catalogus;
using Zorginkoop.Catalogus.Import;
using Zorginkoop.Data;

namespace Zorginkoop.Web.Pages.Catalogus;

[Authorize(Policy = Policies.CatalogusBeheren)]
[RequestSizeLimit(MaxBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxBytes + 64 * 1024)]
public class ImportModel(ZorginkoopDbContext db, IAuthorizationService autorisatie, ILogger<ImportModel> logger) : CatalogusPageModel(autorisatie)
{
    public const int MaxBytes = 5 * 1024 * 1024;

    public Regio Regio { get; private set; } = null!;
    public CatalogusImportResultaat? Resultaat { get; private set; }
    public string? Bestandsnaam { get; private set; }

    [BindProperty]
    public IFormFile? Bestand { get; set; }

    public async Task<IActionResult> OnGetAsync(string regio, CancellationToken ct) =>
        await LoadAsync(regio, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string regio, CancellationToken ct)
    {
        if (!await LoadAsync(regio, ct))
        {
            return NotFound();
        }

        if (Bestand is null || Bestand.Length == 0)
        {
            ModelState.AddModelError(nameof(Bestand), "Kies een CSV-bestand om te importeren.");
            return Page();
        }

        if (Bestand.Length > MaxBytes)
        {
            ModelState.AddModelError(nameof(Bestand), "Het bestand is groter dan 5 MB.");
            return Page();
        }

        // Only the name's last part is shown back to the user; it is never used as a path.
        Bestandsnaam = Path.GetFileName(Bestand.FileName.Replace('\\', '/'));
        await using var stream = Bestand.OpenReadStream();
        Resultaat = await CatalogusImport.RunAsync(db, Regio.Code, stream, ct);
        logger.LogInformation("Catalogusimport {Regio} door {Gebruiker}: {Resultaat}, {Fouten} fouten",
            Regio.Code, User.Identity?.Name, Resultaat.Gelukt ? "gelukt" : "geweigerd", Resultaat.Meldingen.Count);
        return Page();
    }

    private async Task<bool> LoadAsync(string regio, CancellationToken ct)
    {
        var gevonden = await db.Regios.AsNoTracking().SingleOrDefaultAsync(r => r.Code == regio, ct);
        if (gevonden is null)
        {
            return false;
        }

        Regio = gevonden;
        return await InRegioAsync(gevonden.Id);
    }
}
