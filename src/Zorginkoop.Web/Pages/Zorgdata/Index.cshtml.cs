using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zorginkoop.Accounts;
using Zorginkoop.Data;
using Zorginkoop.Web.Infrastructure;
using Zorginkoop.Zorgdata;

namespace Zorginkoop.Web.Pages.Zorgdata;

[Authorize(Policy = Beleid.ZorgdataImporteren)]
[RequestSizeLimit(MaxBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxBytes)]
public class IndexModel(ZorginkoopDbContext db, ImportWachtrij wachtrij, IOptions<OpslagOptions> opslag) : PageModel
{
    public const long MaxBytes = 512L * 1024 * 1024;

    public IReadOnlyList<Importrun> Runs { get; private set; } = [];
    public Paginering Paginering { get; private set; } = null!;

    [BindProperty]
    public IFormFile? Bestand { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Pagina { get; set; }

    public static string ResultaatTekst(string resultaat) => resultaat switch
    {
        Resultaten.Gelukt => "Geïmporteerd",
        Resultaten.AlGeimporteerd => "Al eerder geïmporteerd, niets veranderd",
        _ => "Geweigerd, niets opgeslagen",
    };

    public async Task OnGetAsync(CancellationToken ct) => await LaadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Bestand is null || Bestand.Length == 0)
        {
            ModelState.AddModelError(nameof(Bestand), "Kies een bestand om te importeren.");
            await LaadAsync(ct);
            return Page();
        }

        // The upload is streamed to a file with a name of our own; the user's file name is only shown, never used as a path.
        var map = Path.Combine(opslag.Value.DataMap, "uploads");
        Directory.CreateDirectory(map);
        var id = Guid.NewGuid();
        var pad = Path.Combine(map, id.ToString("N") + ".upload");
        await using (var doel = System.IO.File.Create(pad))
        {
            await Bestand.CopyToAsync(doel, ct);
        }

        wachtrij.Plaats(new ImportOpdracht(id, pad, Path.GetFileName(Bestand.FileName.Replace('\\', '/')), User.Identity!.Name!));
        return Redirect($"/zorgdata/import/{id:N}");
    }

    private async Task LaadAsync(CancellationToken ct)
    {
        var totaal = await db.Importruns.CountAsync(ct);
        Paginering = new Paginering(Paginering.Normaliseer(Pagina), Paginering.StandaardGrootte, totaal,
            p => "?pagina=" + p.ToString(CultureInfo.InvariantCulture));
        Runs = await db.Importruns.AsNoTracking().OrderByDescending(r => r.Id)
            .Skip(Paginering.Overslaan).Take(Paginering.PaginaGrootte).ToListAsync(ct);
    }
}
