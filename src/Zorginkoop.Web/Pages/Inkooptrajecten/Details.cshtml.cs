using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Audit;
using Zorginkoop.Data;
using Zorginkoop.Documenten;
using Zorginkoop.Inkooptrajecten;
using Zorginkoop.Web.Infrastructure;

namespace Zorginkoop.Web.Pages.Inkooptrajecten;

/// <summary>
/// The public page of a trajectory, the first source as a living page: phases, updates newest first, meetings,
/// documents and the procedures that came from it. Officers also see the change history.
/// </summary>
[AllowAnonymous]
public class DetailsModel(ZorginkoopDbContext db, IAuthorizationService autorisatie) : InkooptrajectPageModel(db, autorisatie)
{
    public Inkooptraject Traject { get; private set; } = null!;
    public IReadOnlyList<Bijeenkomst> Komend { get; private set; } = [];
    public IReadOnlyList<Bijeenkomst> Geweest { get; private set; } = [];
    public IReadOnlyList<Document> Documenten { get; private set; } = [];
    public IReadOnlyList<Aanbesteding> Aanbestedingen { get; private set; } = [];
    public IReadOnlyList<AuditRegel> Wijzigingen { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        await BepaalRechtenAsync();
        var t = await Zichtbaar().Include(x => x.Regio).Include(x => x.Deelnames).ThenInclude(d => d.Regio).Include(x => x.Fasen).Include(x => x.Berichten)
            .Include(x => x.Bijeenkomsten).ThenInclude(b => b.Segment)
            .AsSplitQuery().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (t is null)
        {
            return NotFound();
        }

        Traject = t;
        await BepaalRechtenVanAsync(t);
        var nu = HttpContext.RequestArrival();
        Komend = t.Bijeenkomsten.Where(b => (b.Einde ?? b.Begin) >= nu).OrderBy(b => b.Begin).ToList();
        Geweest = t.Bijeenkomsten.Where(b => (b.Einde ?? b.Begin) < nu).OrderByDescending(b => b.Begin).ToList();
        Documenten = await Db.Documenten.Where(d => d.InkooptrajectId == id && d.Ingetrokken == null).OrderByDescending(d => d.Moment).ToListAsync(ct);
        var aanbestedingen = Db.Aanbestedingen.Where(a => a.InkooptrajectId == id);
        Aanbestedingen = await aanbestedingen.Zichtbaar(Kijker)
            .OrderByDescending(a => a.Publicatiedatum).ThenBy(a => a.Naam).ToListAsync(ct);
        if (MagBeheren)
        {
            var records = new List<(string, int)> { (nameof(Inkooptraject), t.Id) };
            records.AddRange(t.Fasen.Select(f => (nameof(Fase), f.Id)));
            records.AddRange(t.Berichten.Select(b => (nameof(Voortgangsbericht), b.Id)));
            records.AddRange(t.Bijeenkomsten.Select(b => (nameof(Bijeenkomst), b.Id)));
            records.AddRange(await Db.Documenten.Where(d => d.InkooptrajectId == id).Select(d => d.Id).ToListAsync(ct) is var ids
                ? ids.Select(i => (nameof(Document), i)) : []);
            Wijzigingen = await Db.GeschiedenisAsync(records, ct);
        }

        return Page();
    }
}
