using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Accounts;
using Zorginkoop.Data;
using Zorginkoop.Gunning;
using Zorginkoop.Inschrijvingen;
using Zorginkoop.Web.Pages.Aanbestedingen;

namespace Zorginkoop.Web.Pages.Gunning;

/// <summary>
/// One opened bid: its quality part, the assessor's own scores (draft, then submitted), the other assessors' scores once
/// the own assessment is submitted, and the consensus per criterion. The price part is not on this page.
/// </summary>
[Authorize(Policy = Beleid.KluisLezen)]
public class BeoordelenModel(ZorginkoopDbContext db, IAuthorizationService autorisatie, TimeProvider tijd, Kluis kluis) : AanbestedingPagina(db, autorisatie, tijd)
{
    public Inschrijving Inschrijving { get; private set; } = null!;
    public string Zorgaanbieder { get; private set; } = "";
    public Kwaliteitsdeel Kwaliteit { get; private set; } = Kwaliteitsdeel.Leeg;
    public IReadOnlyList<Inschrijvingseis> Eisen { get; private set; } = [];
    public IReadOnlyList<(InschrijvingBestand Bestand, string Naam)> Bestanden { get; private set; } = [];
    public IReadOnlyList<Criterium> TeScoren { get; private set; } = [];
    public Beoordeling? Eigen { get; private set; }
    public IReadOnlyList<Beoordeling> Anderen { get; private set; } = [];
    public IReadOnlyDictionary<int, Consensusscore> Consensus { get; private set; } = new Dictionary<int, Consensusscore>();
    public bool Definitief { get; private set; }
    public int AantalIngediend { get; private set; }

    [BindProperty]
    public Dictionary<int, int?> Waarden { get; set; } = [];

    [BindProperty]
    public Dictionary<int, string?> Motiveringen { get; set; } = [];

    [BindProperty]
    public int CriteriumId { get; set; }

    [BindProperty]
    public int? ConsensusWaarde { get; set; }

    [BindProperty]
    public string? ConsensusMotivering { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, int inschrijvingId, CancellationToken ct)
    {
        if (!await LaadAsync(id, ct) || !await VulAsync(inschrijvingId, ct))
        {
            return NotFound();
        }

        Waarden = Eigen?.Scores.ToDictionary(s => s.CriteriumId, s => (int?)s.Waarde) ?? [];
        Motiveringen = Eigen?.Scores.ToDictionary(s => s.CriteriumId, s => s.Motivatie) ?? [];
        return Page();
    }

    public Task<IActionResult> OnPostBewarenAsync(int id, int inschrijvingId, CancellationToken ct) =>
        Stap(id, inschrijvingId, () => Beoordelen.BewaarAsync(Db, kluis, Aanbesteding, inschrijvingId, Wie, Invoer(), ct), "Uw scores zijn bewaard (nog niet ingediend).", ct);

    public Task<IActionResult> OnPostIndienenAsync(int id, int inschrijvingId, CancellationToken ct) =>
        Stap(id, inschrijvingId, async () => await Beoordelen.BewaarAsync(Db, kluis, Aanbesteding, inschrijvingId, Wie, Invoer(), ct)
            ?? await Beoordelen.IndienenAsync(Db, kluis, Aanbesteding, inschrijvingId, Wie, Tijd.GetUtcNow(), ct),
            "Uw beoordeling is ingediend. U ziet nu de scores van de andere beoordelaars.", ct);

    public Task<IActionResult> OnPostConsensusAsync(int id, int inschrijvingId, CancellationToken ct) =>
        Stap(id, inschrijvingId, () => Beoordelen.ConsensusAsync(Db, kluis, Aanbesteding, inschrijvingId, CriteriumId, ConsensusWaarde, ConsensusMotivering, Wie, Tijd.GetUtcNow(), ct),
            "De consensusscore is vastgelegd.", ct);

    private Dictionary<int, Invoer> Invoer() =>
        Waarden.Keys.Union(Motiveringen.Keys).ToDictionary(k => k, k => new Invoer(Waarden.GetValueOrDefault(k), Motiveringen.GetValueOrDefault(k)));

    private async Task<bool> VulAsync(int inschrijvingId, CancellationToken ct)
    {
        var (lijst, weigering) = await Beoordelen.InschrijvingenAsync(Db, Aanbesteding, ct);
        var i = weigering is null ? lijst.SingleOrDefault(x => x.Id == inschrijvingId) : null;
        if (i is null)
        {
            return false;
        }

        Inschrijving = await Db.Inschrijvingen.AsNoTracking().Include(x => x.Bestanden).SingleAsync(x => x.Id == i.Id, ct);
        Zorgaanbieder = await Db.Zorgaanbieders.Where(z => z.Id == i.ZorgaanbiederId).Select(z => z.Naam).SingleAsync(ct);
        Kwaliteit = Inschrijven.LeesKwaliteit(kluis, Inschrijving);
        Eisen = await EisenBeheer.VanAsync(Db, Aanbesteding.Id, ct);
        Bestanden = [.. Inschrijving.Bestanden.Select(b => (b, Inschrijven.Naam(kluis, Inschrijving, b)))];
        TeScoren = Beoordelen.TeScoren(await Criteria.VanAsync(Db, Aanbesteding.Id, ct), Kwaliteit.Percelen);
        Eigen = await Db.Beoordelingen.AsNoTracking().Include(b => b.Scores).SingleOrDefaultAsync(b => b.InschrijvingId == i.Id && b.Beoordelaar == Wie, ct);
        Anderen = await Beoordelen.AnderenAsync(Db, Aanbesteding.Id, i.Id, Wie, ct);
        Consensus = await Db.Consensusscores.AsNoTracking().Where(s => s.InschrijvingId == i.Id).ToDictionaryAsync(s => s.CriteriumId, ct);
        Definitief = await Db.Gunningsdossiers.AnyAsync(d => d.AanbestedingId == Aanbesteding.Id && d.KwaliteitDefinitiefOp != null, ct);
        AantalIngediend = await Db.Beoordelingen.CountAsync(b => b.InschrijvingId == i.Id && b.IngediendOp != null, ct);
        return true;
    }

    private async Task<IActionResult> Stap(int id, int inschrijvingId, Func<Task<string?>> actie, string melding, CancellationToken ct)
    {
        if (!await LaadAsync(id, ct) || !await VulAsync(inschrijvingId, ct))
        {
            return NotFound();
        }

        var weigering = await actie();
        if (weigering is null)
        {
            TempData["Melding"] = melding;
            return Redirect($"/aanbestedingen/{id}/beoordeling/{inschrijvingId}");
        }

        ModelState.AddModelError(string.Empty, weigering);
        Db.ChangeTracker.Clear();
        await VulAsync(inschrijvingId, ct);
        return Page();
    }
}
