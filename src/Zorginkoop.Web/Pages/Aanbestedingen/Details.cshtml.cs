using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Accounts;
using Zorginkoop.Audit;
using Zorginkoop.Data;
using Zorginkoop.Documenten;
using Zorginkoop.Web.Infrastructure;

namespace Zorginkoop.Web.Pages.Aanbestedingen;

/// <summary>
/// The public page of a procedure: status in words, conditions, lots, documents, rectifications and every step.
/// Officers also see the lifecycle steps allowed now and the change history; the POST checks the policy itself, so
/// hiding the buttons is never the only check.
/// </summary>
[AllowAnonymous]
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Infrastructure.OpenbarePaginasOptions.Beleid)]
public class DetailsModel(ZorginkoopDbContext db, TimeProvider tijd, IAuthorizationService autorisatie) : AanbestedingPageModel(db, autorisatie, tijd)
{
    private readonly IAuthorizationService autorisatie = autorisatie;

    public IReadOnlyList<Gebeurtenis> MogelijkeStappen { get; private set; } = [];
    public IReadOnlyList<Document> Documenten { get; private set; } = [];
    public IReadOnlyList<Rectificatie> Rectificaties { get; private set; } = [];
    public IReadOnlyList<Zorginkoop.Vragen.NvIRonde> NvIRondes { get; private set; } = [];
    public IReadOnlyList<Aanbesteding> Heropeningen { get; private set; } = [];
    public IReadOnlyList<AuditRegel> Wijzigingen { get; private set; } = [];
    public IReadOnlyList<Zorginkoop.Gunning.Criterium> Criteria { get; private set; } = [];

    /// <summary>The contracted providers per lot, public once the award is final (or admission has begun for Open House).</summary>
    public IReadOnlyList<(int Perceel, string Aanbieder, int ZorgaanbiederId, DateOnly Start, DateOnly Einde)> Gecontracteerd { get; private set; } = [];

    /// <summary>The steps an officer starts by hand; closing at the deadline and postponements have their own way in.</summary>
    public static readonly Gebeurtenis[] Handmatig =
    [
        Gebeurtenis.Publiceren, Gebeurtenis.Schorsen, Gebeurtenis.Hervatten, Gebeurtenis.BeoordelingStarten,
        Gebeurtenis.VoorlopigGunnen, Gebeurtenis.DefinitiefGunnen, Gebeurtenis.ContractStarten, Gebeurtenis.Intrekken,
    ];

    [BindProperty]
    public Gebeurtenis Stap { get; set; }

    [BindProperty]
    public string? Reden { get; set; }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!(await autorisatie.AuthorizeAsync(User, Policies.AanbestedingenBeheren)).Succeeded)
        {
            return User.Identity?.IsAuthenticated == true ? Forbid() : Challenge();
        }

        var resultaat = await OnGetAsync(id, ct);
        if (resultaat is PageResult && !MagBeheren)
        {
            // An officer of another region: the procedure's steps are not hers, and she is not told they exist (decision record 0009).
            return NotFound();
        }

        if (resultaat is not PageResult || !Handmatig.Contains(Stap))
        {
            return resultaat is PageResult ? BadRequest() : resultaat;
        }

        var weigering = await AanbestedingAanpassen.PasToeAsync(Db, Aanbesteding, new Verzoek(Stap, Reden), Wie, Nu, ct);
        if (weigering is not null)
        {
            ModelState.AddModelError(nameof(Reden), weigering.Tekst);
            return await OnGetAsync(id, ct);
        }

        TempData["Melding"] = $"Gelukt: {Levenscyclus.Omschrijving(Stap)}. De aanbesteding is nu {Aanbesteding.Status.Naam()}.";
        return RedirectToPage();
    }

    /// <summary>For a joint procedure: per region (owner and participants) its municipalities; empty otherwise.</summary>
    public IReadOnlyList<(string Regio, string Gemeenten)> GemeentenPerRegio { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var a = Aanbesteding;
        if (a.InkooptrajectId is not null)
        {
            await Db.Entry(a).Reference(x => x.Inkooptraject).LoadAsync(ct);
        }

        if (a.HeropeningVanId is not null)
        {
            await Db.Entry(a).Reference(x => x.HeropeningVan).LoadAsync(ct);
        }

        Heropeningen = await Zichtbaar().Where(x => x.HeropeningVanId == id).OrderBy(x => x.Id).ToListAsync(ct);
        GemeentenPerRegio = await Pages.Aanbestedingen.GemeentenPerRegio.VanAsync(Db, a, ct);
        Documenten = await Db.Documenten.Where(d => d.AanbestedingId == id && d.Ingetrokken == null).OrderByDescending(d => d.Moment).ToListAsync(ct);
        Rectificaties = await Db.Rectificaties.Where(r => r.AanbestedingId == id).OrderByDescending(r => r.Nummer).ToListAsync(ct);
        NvIRondes = await Db.NvIRondes.AsNoTracking().Where(r => r.AanbestedingId == id).OrderBy(r => r.Nummer).ToListAsync(ct);
        Criteria = await Zorginkoop.Gunning.Criteria.VanAsync(Db, id, ct);
        Gecontracteerd = (await Db.Raamovereenkomsten.AsNoTracking().Include(c => c.Zorgaanbieder).Where(c => c.AanbestedingId == id).ToListAsync(ct))
            .Select(c => (c.PerceelNummer, c.Consortium ?? c.Zorgaanbieder!.Naam, c.ZorgaanbiederId, c.Start, Zorginkoop.Contracten.ContractLevenscyclus.LaatsteDag(c)))
            .OrderBy(c => c.PerceelNummer).ThenBy(c => c.Item2, StringComparer.Create(Formatting.NlFormat.Cultuur, true)).ToList();
        if (MagBeheren)
        {
            MogelijkeStappen = Handmatig.Where(g => Levenscyclus.Overgangen[g].Van.Contains(a.Status)).ToList();
            var records = new List<(string, int)> { (nameof(Aanbesteding), a.Id) };
            records.AddRange(a.Percelen.Select(p => (nameof(Perceel), p.Id)));
            records.AddRange(a.Overgangen.Select(o => (nameof(Overgang), o.Id)));
            records.AddRange(Rectificaties.Select(r => (nameof(Rectificatie), r.Id)));
            records.AddRange((await Db.Documenten.Where(d => d.AanbestedingId == id).Select(d => d.Id).ToListAsync(ct)).Select(d => (nameof(Document), d)));
            Wijzigingen = await Db.GeschiedenisAsync(records, ct);
        }

        return Page();
    }
}
