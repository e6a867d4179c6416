using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Zorginkoop.Accounts;
using Zorginkoop.Data;
using Zorginkoop.Inschrijvingen;

namespace Zorginkoop.Web.Pages.Aanbestedingen;

/// <summary>An opened bid as officers see it: who, when, the receipt, the quality part and the files. Never the price part.</summary>
public sealed record GeopendeInschrijving(string Zorgaanbieder, Inschrijving Inschrijving, Kwaliteitsdeel Kwaliteit, IReadOnlyList<(InschrijvingBestand Bestand, string Naam)> Bestanden);

/// <summary>
/// The vault of a procedure. Before the opening officers see only how many bids are submitted; after the deadline one
/// officer asks to open it and another confirms (four eyes); then the quality parts can be read. Nothing on this page
/// decrypts a bid unless the opening is confirmed: the check is here on the server, per request.
/// </summary>
[Authorize(Policy = Policies.KluisLezen)]
public class KluisModel(ZorginkoopDbContext db, IAuthorizationService autorisatie, TimeProvider tijd, Kluis kluis) : AanbestedingPageModel(db, autorisatie, tijd)
{
    public int AantalIngediend { get; private set; }
    public KluisOpening? Opening { get; private set; }
    public bool DeadlineVerstreken { get; private set; }
    public IReadOnlyList<GeopendeInschrijving> Geopend { get; private set; } = [];
    public IReadOnlyList<Inschrijvingseis> Eisen { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        await FillAsync(id, ct);
        return Page();
    }

    private async Task FillAsync(int id, CancellationToken ct)
    {
        AantalIngediend = await KluisOpenen.AantalIngediendAsync(Db, id, ct);
        Opening = await KluisOpenen.OpeningAsync(Db, id, ct);
        DeadlineVerstreken = Aanbesteding.Sluitingsmoment is { } d && Nu >= d;
        if (Opening?.IsOpen == true)
        {
            Eisen = await EisenBeheer.VanAsync(Db, id, ct);
            var inschrijvingen = await Db.Inschrijvingen.AsNoTracking().Include(i => i.Bestanden)
                .Where(i => i.AanbestedingId == id && i.Status == InschrijvingStatus.Ingediend).ToListAsync(ct);
            var namen = await Db.Zorgaanbieders.Where(z => inschrijvingen.Select(i => i.ZorgaanbiederId).Contains(z.Id)).ToDictionaryAsync(z => z.Id, z => z.Naam, ct);
            Geopend = [.. inschrijvingen.Select(i => new GeopendeInschrijving(namen[i.ZorgaanbiederId], i, Inschrijven.LeesKwaliteit(kluis, i),
                    [.. i.Bestanden.Select(b => (b, Inschrijven.Naam(kluis, i, b)))]))
                .OrderBy(g => g.Zorgaanbieder, StringComparer.Create(Formatting.NlFormat.Cultuur, true))];
        }
    }

    public Task<IActionResult> OnPostAanvragenAsync(int id, CancellationToken ct) =>
        Stap(id, () => KluisOpenen.AanvragenAsync(Db, Aanbesteding, Wie, Nu, ct), "De opening is aangevraagd. Een andere inkoper bevestigt haar.", ct);

    public Task<IActionResult> OnPostBevestigenAsync(int id, CancellationToken ct) =>
        Stap(id, () => KluisOpenen.BevestigenAsync(Db, Aanbesteding, Wie, Nu, ct), "De kluis is geopend. De kwaliteitsdelen zijn nu leesbaar.", ct);

    /// <summary>A file of an opened, submitted bid of this procedure; 404 for anything else, so ids cannot be probed.</summary>
    public async Task<IActionResult> OnGetBestandAsync(int id, int bestandId, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || !await KluisOpenen.IsOpenAsync(Db, id, ct))
        {
            return NotFound();
        }

        var gevonden = await Db.InschrijvingBestanden.AsNoTracking().Where(b => b.Id == bestandId)
            .Join(Db.Inschrijvingen.AsNoTracking().Where(i => i.AanbestedingId == id && i.Status == InschrijvingStatus.Ingediend),
                b => b.InschrijvingId, i => i.Id, (b, i) => new { b, i })
            .SingleOrDefaultAsync(ct);
        if (gevonden is null)
        {
            return NotFound();
        }

        var naam = Inschrijven.Naam(kluis, gevonden.i, gevonden.b);
        Response.ContentType = "application/octet-stream";
        Response.ContentLength = gevonden.b.Grootte;
        Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = naam, FileName = "inschrijving-bestand" }.ToString();
        Response.Headers.CacheControl = "private, no-store";
        // Each 64 KB chunk is authenticated before it is written: a changed file stops the download, nothing unverified is sent.
        await kluis.OpenAsync(gevonden.i.Sleutel, gevonden.b.Opslagnaam, Inschrijven.BestandContext(gevonden.i, gevonden.b), Response.Body, ct);
        return new EmptyResult();
    }

    // Asking and confirming is for the purchasing officers; evaluators read an opened vault.
    private Task<IActionResult> Stap(int id, Func<Task<Weigering?>> actie, string melding, CancellationToken ct) =>
        StapAsync(id, actie, melding, () => FillAsync(id, ct), ct, alleenBeheer: true);
}
