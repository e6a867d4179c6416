using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Accounts;
using Zorginkoop.Data;
using Zorginkoop.Gunning;
using Zorginkoop.Inschrijvingen;
using Zorginkoop.Web.Pages.Aanbestedingen;

namespace Zorginkoop.Web.Pages.Gunning;

/// <summary>A bid in the assessment overview: who, which lots, how far the assessment is. Never a score of someone else.</summary>
public sealed record TeBeoordelen(int InschrijvingId, string Zorgaanbieder, IReadOnlyList<int> Percelen, bool EigenIngediend, int Ingediend, int Consensus, int Nodig);

/// <summary>
/// The assessment of a procedure's opened bids: progress per bid, making quality final, then the ranking per lot (the
/// price parts open only now), a recorded draw where a tie decides, and the provisional award. Assessors and officers
/// read it; the steps are for officers.
/// </summary>
[Authorize(Policy = Policies.KluisLezen)]
public class BeoordelingModel(ZorginkoopDbContext db, IAuthorizationService autorisatie, TimeProvider tijd, Kluis kluis) : AanbestedingPageModel(db, autorisatie, tijd)
{
    public string? Gesloten { get; private set; }
    public IReadOnlyList<TeBeoordelen> Inschrijvingen { get; private set; } = [];
    public Gunningsdossier? Dossier { get; private set; }
    public IReadOnlyList<PerceelUitslag> Uitslag { get; private set; } = [];
    public IReadOnlyDictionary<int, Loting> Lotingen { get; private set; } = new Dictionary<int, Loting>();

    [BindProperty]
    public int Perceel { get; set; }

    [BindProperty]
    public string? Getuige { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        await FillAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostVaststellenAsync(int id, CancellationToken ct) =>
        Stap(id, () => Beoordelen.VaststellenAsync(Db, kluis, Aanbesteding, Wie, Nu, ct), "De kwaliteitsscores zijn definitief. De prijsdelen zijn geopend en de rangschikking staat hieronder.", ct);

    public Task<IActionResult> OnPostLotingAsync(int id, CancellationToken ct) =>
        Stap(id, () => LotingTrekken.HandleAsync(Db, kluis, Aanbesteding, new(Perceel, Getuige), Wie, Nu, ct), $"De loting voor perceel {Perceel} is uitgevoerd en vastgelegd.", ct);

    public async Task<IActionResult> OnPostVoorlopigGunnenAsync(int id, CancellationToken ct)
    {
        var resultaat = await Stap(id, () => Gunnen.VoorlopigGunnenAsync(Db, kluis, Aanbesteding, Wie, Nu, ct),
            "De aanbesteding is voorlopig gegund. Alle inschrijvers krijgen hun brief tegelijk; de opschortingstermijn loopt.", ct);
        return resultaat is RedirectToPageResult ? RedirectToPage("/Gunning/Gunningsbeslissing", new { id }) : resultaat;
    }

    private async Task FillAsync(CancellationToken ct)
    {
        var (lijst, weigering) = await Beoordelen.InschrijvingenAsync(Db, Aanbesteding, ct);
        Gesloten = weigering?.Tekst;
        if (weigering is not null)
        {
            return;
        }

        var criteria = await Criteria.VanAsync(Db, Aanbesteding.Id, ct);
        var ids = lijst.Select(i => i.Id).ToList();
        var beoordelingen = await Db.Beoordelingen.AsNoTracking().Where(b => ids.Contains(b.InschrijvingId)).Select(b => new { b.InschrijvingId, b.Beoordelaar, b.IngediendOp }).ToListAsync(ct);
        var consensus = await Db.Consensusscores.AsNoTracking().Where(s => s.AanbestedingId == Aanbesteding.Id).Select(s => s.InschrijvingId).ToListAsync(ct);
        var namen = await Db.Zorgaanbieders.AsNoTracking().Where(z => lijst.Select(i => i.ZorgaanbiederId).Contains(z.Id)).ToDictionaryAsync(z => z.Id, z => z.Naam, ct);
        Inschrijvingen = [.. lijst.Select(i =>
        {
            var percelen = Inschrijven.LeesKwaliteit(kluis, i).Percelen;
            return new TeBeoordelen(i.Id, namen[i.ZorgaanbiederId], percelen,
                beoordelingen.Any(b => b.InschrijvingId == i.Id && b.Beoordelaar == Wie && b.IngediendOp != null),
                beoordelingen.Count(b => b.InschrijvingId == i.Id && b.IngediendOp != null),
                consensus.Count(c => c == i.Id), Beoordelen.TeScoren(criteria, percelen).Count);
        }).OrderBy(t => t.Zorgaanbieder, StringComparer.Create(Formatting.NlFormat.Cultuur, true))];
        Dossier = await Db.Gunningsdossiers.AsNoTracking().SingleOrDefaultAsync(d => d.AanbestedingId == Aanbesteding.Id, ct);
        if (Dossier?.PrijsOpen == true)
        {
            Uitslag = (await Gunnen.UitslagAsync(Db, kluis, Aanbesteding, ct)).Uitslag;
            Lotingen = await Db.Lotingen.AsNoTracking().Where(l => l.AanbestedingId == Aanbesteding.Id).ToDictionaryAsync(l => l.PerceelNummer, ct);
        }
    }

    // Assessors score; the steps that fix the outcome are the purchasing officers'. Refusals go to the summary above the
    // forms, whichever input they name, as they always have: the witness field repeats for every lot that needs a draw.
    private Task<IActionResult> Stap(int id, Func<Task<Weigering?>> actie, string melding, CancellationToken ct) =>
        StapAsync(id, async () => await actie() is { } weigering ? weigering with { Veld = "" } : null, melding, () => FillAsync(ct), ct, alleenBeheer: true);
}
