using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Zorginkoop.Data;
using Zorginkoop.Vragen;

namespace Zorginkoop.Web.Pages.Aanbestedingen;

/// <summary>A published Nota van Inlichtingen, for everyone: the page and the PDF, both from the round's fixed snapshot.</summary>
[AllowAnonymous]
public class NotaVanInlichtingenModel(ZorginkoopDbContext db, IAuthorizationService autorisatie, TimeProvider tijd) : AanbestedingPageModel(db, autorisatie, tijd)
{
    public NvIRonde Ronde { get; private set; } = null!;
    public int AantalRondes { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int nummer, CancellationToken ct) => await LaadRondeAsync(id, nummer, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnGetPdfAsync(int id, int nummer, CancellationToken ct)
    {
        if (!await LaadRondeAsync(id, nummer, ct))
        {
            return NotFound();
        }

        Response.Headers.ETag = new EntityTagHeaderValue($"\"{Ronde.Sha256}\"").ToString();
        return File(NvIDocument.Pdf(Aanbesteding.Naam, Ronde), "application/pdf", $"nota-van-inlichtingen-{nummer}.pdf");
    }

    private async Task<bool> LaadRondeAsync(int id, int nummer, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return false;
        }

        var ronde = await Db.NvIRondes.AsNoTracking().SingleOrDefaultAsync(r => r.AanbestedingId == id && r.Nummer == nummer, ct);
        if (ronde is null)
        {
            return false;
        }

        Ronde = ronde;
        AantalRondes = await Db.NvIRondes.CountAsync(r => r.AanbestedingId == id, ct);
        return true;
    }
}
