using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Accounts;
using Zorginkoop.Catalogus;
using Zorginkoop.Data;

namespace Zorginkoop.Web.Pages.Catalogus;

/// <summary>
/// /catalogus/{regio}/huisstijl: the region's colour and logo on its pages, set by its own catalogue managers or the
/// systeembeheerder (the policy of editing the region itself).
/// </summary>
[Authorize(Policy = Policies.RegioBeheren)]
[RequestSizeLimit(MaxVerzoek)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxVerzoek)]
public class RegioHuisstijlModel(ZorginkoopDbContext db, IAuthorizationService autorisatie) : CatalogusPageModel(autorisatie)
{
    /// <summary>Room above the logo's own limit, so a logo just too large gets the Dutch refusal, not a bare 413.</summary>
    private const int MaxVerzoek = 4 * RegioHuisstijlOpslaan.MaxLogoBytes;

    public Regio Regio { get; private set; } = null!;

    [BindProperty]
    public HuisstijlInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string regio, CancellationToken ct)
    {
        if (!await LoadAsync(regio, ct))
        {
            return NotFound();
        }

        Input = new HuisstijlInput { Kleur = Regio.Kleur };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string regio, CancellationToken ct)
    {
        if (!await LoadAsync(regio, ct))
        {
            return NotFound();
        }

        byte[]? logo = null;
        if (Input.Logo is { } bestand)
        {
            using var buffer = new MemoryStream();
            await bestand.CopyToAsync(buffer, ct);
            logo = buffer.ToArray();
        }

        var uitkomst = await RegioHuisstijlOpslaan.HandleAsync(db, Regio.Code, new(Input.Kleur, logo, Input.LogoVerwijderen), ct);
        if (!uitkomst.Gelukt)
        {
            VoegMeldingenToe(uitkomst.Weigeringen, "Input");
            return Page();
        }

        TempData["Melding"] = $"De huisstijl van {Regio.Naam} is opgeslagen.";
        return RedirectToPage("/Catalogus/Regio", new { regio = Regio.Code });
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

public sealed class HuisstijlInput
{
    public string? Kleur { get; set; }
    public IFormFile? Logo { get; set; }
    public bool LogoVerwijderen { get; set; }
}
