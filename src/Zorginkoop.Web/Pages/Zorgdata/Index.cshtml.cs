using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Accounts;
using Zorginkoop.Data;
using Zorginkoop.Web.Infrastructure;
using Zorginkoop.Zorgdata;

namespace Zorginkoop.Web.Pages.Zorgdata;

/// <summary>
/// The import page: the upload form (it posts to <see cref="ZorgdataUpload.Pad"/>, which streams the file encrypted to
/// disk) and the list of import runs.
/// </summary>
[Authorize(Policy = Policies.ZorgdataImporteren)]
public class IndexModel(ZorginkoopDbContext db) : PageModel
{
    public IReadOnlyList<Importrun> Runs { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;

    /// <summary>Why the last upload was refused (set by the upload endpoint).</summary>
    [TempData(Key = "ImportFout")]
    public string? Fout { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Pagina { get; set; }

    /// <summary>For the form field only: the file is posted to the upload endpoint, never bound here.</summary>
    public IFormFile? Bestand { get; set; }

    public static string ResultaatTekst(string resultaat) => resultaat switch
    {
        Resultaten.Gelukt => "Geïmporteerd",
        Resultaten.AlGeimporteerd => "Al eerder geïmporteerd, niets veranderd",
        Resultaten.Bezig => "Bezig",
        Resultaten.Afgebroken => "Afgebroken, niets opgeslagen",
        _ => "Geweigerd, niets opgeslagen",
    };

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (Fout is not null)
        {
            ModelState.AddModelError("Bestand", Fout);
        }

        var zichtbaar = await ImportBereik.ZichtbaarAsync(db, User, ct);
        var totaal = await zichtbaar.CountAsync(ct);
        Paging = new Paging(Paging.Normaliseer(Pagina), Paging.StandaardGrootte, totaal,
            p => "?pagina=" + p.ToString(CultureInfo.InvariantCulture));
        Runs = await zichtbaar.AsNoTracking().OrderByDescending(r => r.Id)
            .Skip(Paging.Overslaan).Take(Paging.PaginaGrootte).ToListAsync(ct);
    }
}
