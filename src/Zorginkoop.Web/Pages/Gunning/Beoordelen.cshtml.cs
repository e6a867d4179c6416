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
[Authorize(Policy = Policies.KluisLezen)]
public class BeoordelenModel(ZorginkoopDbContext db, IAuthorizationService autorisatie, TimeProvider tijd, Kluis kluis) : AanbestedingPageModel(db, autorisatie, tijd)
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
    public IReadOnlyList<Herstelverzoek> Herstelverzoeken { get; private set; } = [];

    /// <summary>File requirements without a repair request yet: what an officer may ask for (missing or unreadable).</summary>
    public IReadOnlyList<Inschrijvingseis> Herstelbaar { get; private set; } = [];

    [BindProperty]
    public int HerstelEisId { get; set; }

    [BindProperty]
    public string? HerstelToelichting { get; set; }

    [BindProperty]
    public DateTime? HerstelTermijn { get; set; }

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
        if (!await LoadAsync(id, ct) || !await FillAsync(inschrijvingId, ct))
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
            ?? await Beoordelen.IndienenAsync(Db, kluis, Aanbesteding, inschrijvingId, Wie, Nu, ct),
            "Uw beoordeling is ingediend. U ziet nu de scores van de andere beoordelaars.", ct);

    public Task<IActionResult> OnPostConsensusAsync(int id, int inschrijvingId, CancellationToken ct) =>
        Stap(id, inschrijvingId, () => ConsensusVastleggen.HandleAsync(Db, kluis, Aanbesteding, new(inschrijvingId, CriteriumId, ConsensusWaarde, ConsensusMotivering), Wie, Nu, ct),
            "De consensusscore is vastgelegd.", ct);

    /// <summary>The repair window is an officer's step; assessors see the requests and the supplied documents.</summary>
    public async Task<IActionResult> OnPostHerstelAsync(int id, int inschrijvingId, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!MagBeheren)
        {
            return Forbid();
        }

        var termijn = HerstelTermijn is { } t ? Formatting.NlFormat.AlsAmsterdamseTijd(t) : DateTimeOffset.MinValue;
        return await Stap(id, inschrijvingId, () => HerstelVragen.HandleAsync(Db, Aanbesteding, new(inschrijvingId, HerstelEisId, HerstelToelichting, termijn), Wie, Nu, ct),
            "Het herstelverzoek is vastgelegd; de inschrijver krijgt bericht.", ct);
    }

    /// <summary>A document supplied on a repair request of this bid; 404 for anything else.</summary>
    public async Task<IActionResult> OnGetHerstelBestandAsync(int id, int inschrijvingId, int verzoekId, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || !await FillAsync(inschrijvingId, ct) || Herstelverzoeken.SingleOrDefault(h => h.Id == verzoekId && h.IsAangeleverd) is not { } h)
        {
            return NotFound();
        }

        Response.ContentType = "application/octet-stream";
        Response.ContentLength = h.Grootte;
        Response.Headers.ContentDisposition = new Microsoft.Net.Http.Headers.ContentDispositionHeaderValue("attachment")
        {
            FileNameStar = Herstel.Naam(kluis, Inschrijving, h),
            FileName = "herstel-bestand",
        }.ToString();
        Response.Headers.CacheControl = "private, no-store";
        await kluis.OpenAsync(Inschrijving.Sleutel, h.Opslagnaam!, Inschrijven.HerstelContext(Inschrijving, h.Opslagnaam!), Response.Body, ct);
        return new EmptyResult();
    }

    public string HerstelNaam(Herstelverzoek h) => Herstel.Naam(kluis, Inschrijving, h);

    private Dictionary<int, Invoer> Invoer() =>
        Waarden.Keys.Union(Motiveringen.Keys).ToDictionary(k => k, k => new Invoer(Waarden.GetValueOrDefault(k), Motiveringen.GetValueOrDefault(k)));

    private async Task<bool> FillAsync(int inschrijvingId, CancellationToken ct)
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
        Herstelverzoeken = await Db.Herstelverzoeken.AsNoTracking().Where(h => h.InschrijvingId == i.Id).OrderBy(h => h.GevraagdOp).ToListAsync(ct);
        Herstelbaar = [.. Eisen.Where(e => e.Soort == EisSoort.Bestand && Herstelverzoeken.All(h => h.EisId != e.Id))];
        return true;
    }

    // Refusals go to the summary above the forms, whichever input they name, as they always have: a score's fields
    // repeat for every criterion, so a field error would show at each of them.
    private async Task<IActionResult> Stap(int id, int inschrijvingId, Func<Task<Weigering?>> actie, string melding, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || !await FillAsync(inschrijvingId, ct))
        {
            return NotFound();
        }

        var weigering = await actie();
        if (weigering is null)
        {
            TempData["Melding"] = melding;
            return RedirectToPage();
        }

        ModelState.AddModelError(string.Empty, weigering.Tekst);
        Db.ChangeTracker.Clear();
        await FillAsync(inschrijvingId, ct);
        return Page();
    }
}
