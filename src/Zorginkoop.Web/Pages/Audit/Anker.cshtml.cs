using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zorginkoop.Audit;
using Zorginkoop.Web.Infrastructure;

namespace Zorginkoop.Web.Pages.Audit;

/// <summary>
/// /audit/anker: the anchors of the audit chain, public, so anyone can keep a copy and later hold the chain to it. It
/// shows counts and hashes only, never an entry's content.
/// </summary>
[AllowAnonymous]
public class AnkerModel(Auditankers ankers) : PageModel
{
    public IReadOnlyList<Auditanker> Ankers { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;
    public int Ongeldig { get; private set; }

    [BindProperty(SupportsGet = true)]
    public int? Pagina { get; set; }

    public void OnGet()
    {
        var alle = ankers.Lees();
        Ongeldig = alle.Count(a => !a.Echt);
        var echt = alle.Where(a => a.Echt).Select(a => a.Anker!).Reverse().ToList();
        Paging = new Paging(Paging.Normaliseer(Pagina), Paging.StandaardGrootte, echt.Count,
            p => "?pagina=" + p.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Ankers = [.. echt.Skip(Paging.Overslaan).Take(Paging.PaginaGrootte)];
    }

    /// <summary>The file itself, line for line, for whoever keeps a copy.</summary>
    public IActionResult OnGetBestand() =>
        System.IO.File.Exists(ankers.Pad)
            ? PhysicalFile(ankers.Pad, "application/jsonl; charset=utf-8", Auditankers.Bestandsnaam)
            : Content("", "application/jsonl; charset=utf-8");
}
