using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Accounts;
using Zorginkoop.Data;
using Zorginkoop.Formatting;
using Zorginkoop.Inschrijvingen;
using Zorginkoop.Web.Accounts;
using Zorginkoop.Web.Infrastructure;

namespace Zorginkoop.Web.Pages.Mijn;

/// <summary>One row of the dashboard: a procedure and, when there is one, the provider's bid on it.</summary>
public sealed record MijnAanbesteding(Aanbesteding Aanbesteding, Inschrijving? Inschrijving, Ontvangstbewijs? Bewijs, bool HerbevestigingNodig);

/// <summary>
/// The provider's dashboard: what still needs doing, its bids with their receipts, and the procedures open for bids.
/// Only the logged-in provider's own bids are read.
/// </summary>
[Authorize(Policy = Policies.Aanbieder)]
public class IndexModel(ZorginkoopDbContext db) : PageModel
{
    /// <summary>Deadlines within this many days are called out under "wat moet er nog gebeuren".</summary>
    public const int DagenVoorDeadline = 7;

    public string ZorgaanbiederNaam { get; private set; } = "";
    public IReadOnlyList<MijnAanbesteding> Inschrijvingen { get; private set; } = [];
    public IReadOnlyList<Aanbesteding> Open { get; private set; } = [];
    public IReadOnlyList<(string Tekst, string Link)> TeDoen { get; private set; } = [];
    public IReadOnlyList<(Vragen.Vraag Vraag, string Aanbesteding)> MijnVragen { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var aanbieder = User.ZorgaanbiederId();
        if (aanbieder is null)
        {
            return Forbid();
        }

        var nu = HttpContext.RequestArrival();
        ZorgaanbiederNaam = await db.Zorgaanbieders.Where(z => z.Id == aanbieder).Select(z => z.Naam).SingleAsync(ct);
        // A deadline that passed since the background job last looked is closed now, so no list shows it as open.
        await AanbestedingAanpassen.BijwerkenAllesAsync(db, nu, ct);
        var open = await db.Aanbestedingen.AsNoTracking()
            .Where(a => a.Status == AanbestedingStatus.Gepubliceerd && a.Vorm != Procedurevorm.OpenHouse)
            .ToListAsync(ct);
        var mijn = await db.Inschrijvingen.AsNoTracking().Where(i => i.ZorgaanbiederId == aanbieder).ToListAsync(ct);
        var ids = mijn.Select(i => i.AanbestedingId).ToList();
        var aanbestedingen = await db.Aanbestedingen.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        var bewijzen = (await db.Ontvangstbewijzen.AsNoTracking().Where(o => o.ZorgaanbiederId == aanbieder).ToListAsync(ct))
            .GroupBy(o => o.InschrijvingId).ToDictionary(g => g.Key, g => g.MaxBy(o => o.Versie)!);
        var rectificaties = (await db.Rectificaties.Where(r => ids.Contains(r.AanbestedingId)).Select(r => new { r.AanbestedingId, r.Moment }).ToListAsync(ct))
            .GroupBy(r => r.AanbestedingId).ToDictionary(g => g.Key, g => g.Max(r => r.Moment));

        Inschrijvingen = [.. mijn.Select(i => new MijnAanbesteding(aanbestedingen[i.AanbestedingId], i, bewijzen.GetValueOrDefault(i.Id),
                Inschrijven.HerbevestigingNodig(i, rectificaties.TryGetValue(i.AanbestedingId, out var r) ? r : null)))
            .OrderBy(m => m.Aanbesteding.Sluitingsmoment)];
        Open = [.. open.OrderBy(a => a.Sluitingsmoment)];

        var teDoen = new List<(string, string)>();
        foreach (var m in Inschrijvingen.Where(m => m.Aanbesteding.Status == AanbestedingStatus.Gepubliceerd))
        {
            var link = $"/aanbestedingen/{m.Aanbesteding.Id}/inschrijving";
            var deadline = NlFormat.DatumTijd(m.Aanbesteding.Sluitingsmoment!.Value);
            if (!InschrijvingLevenscyclus.Telt(m.Inschrijving!.Status))
            {
                teDoen.Add(($"{m.Aanbesteding.Naam}: uw inschrijving is nog niet ingediend. Uiterste inschrijfdatum {deadline}.", link));
            }
            else if (m.HerbevestigingNodig)
            {
                teDoen.Add(($"{m.Aanbesteding.Naam}: de voorwaarden zijn gewijzigd; herbevestig uw inschrijving vóór {deadline}.", link));
            }
        }

        foreach (var a in Open.Where(a => ids.Contains(a.Id) is false && a.Sluitingsmoment - nu < TimeSpan.FromDays(DagenVoorDeadline)))
        {
            teDoen.Add(($"{a.Naam}: de uiterste inschrijfdatum is {NlFormat.DatumTijd(a.Sluitingsmoment!.Value)}; u heeft nog niet ingeschreven.", $"/aanbestedingen/{a.Id}"));
        }

        foreach (var h in await db.Herstelverzoeken.AsNoTracking().Where(h => h.ZorgaanbiederId == aanbieder && h.AangeleverdOp == null && h.Termijn > nu).ToListAsync(ct))
        {
            teDoen.Add(($"{aanbestedingen.GetValueOrDefault(h.AanbestedingId)?.Naam}: lever het ontbrekende document aan vóór {NlFormat.DatumTijd(h.Termijn)} (herstelverzoek).", $"/mijn/herstel/{h.Id}"));
        }

        foreach (var a in (await db.Gunningsbesluiten.AsNoTracking().Where(b => b.ZorgaanbiederId == aanbieder).Select(b => b.AanbestedingId).Distinct().ToListAsync(ct))
            .Where(aanbestedingen.ContainsKey))
        {
            teDoen.Add(($"{aanbestedingen[a].Naam}: de gunningsbeslissing is genomen; lees uw brief.", $"/mijn/gunningsbrieven/{a}"));
        }

        TeDoen = teDoen;
        MijnVragen = [.. (await db.Vragen.AsNoTracking().Where(v => v.ZorgaanbiederId == aanbieder).OrderByDescending(v => v.GesteldOp).Take(50)
                .Join(db.Aanbestedingen, v => v.AanbestedingId, a => a.Id, (v, a) => new { v, a.Naam }).ToListAsync(ct))
            .Select(x => (x.v, x.Naam))];
        return Page();
    }
}
