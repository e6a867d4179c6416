using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Accounts;
using Zorginkoop.Data;
using Zorginkoop.Inkooptrajecten;
using Zorginkoop.Web.Infrastructure;

namespace Zorginkoop.Web.Pages;

/// <summary>A trajectory's update as the home page lists it.</summary>
public sealed record Nieuwsbericht(int TrajectId, string Traject, string Regio, DateOnly Datum, string Titel);

/// <summary>A procedure awarded lately: when, and which step (provisional or final).</summary>
public sealed record Gunningsbericht(Aanbesteding Aanbesteding, DateTimeOffset Moment, bool Definitief);

/// <summary>
/// The public home page (issue 16): what is happening now, per region: procedures open for bids with their deadlines,
/// the latest updates of the trajectories, the procedures awarded lately. Everything on it is public (the public's
/// view, also for a logged-in officer: her own work is on /werk).
/// </summary>
[AllowAnonymous]
public class IndexModel(ZorginkoopDbContext db) : PageModel
{
    public const int Aantal = 5;

    [BindProperty(SupportsGet = true)]
    public string? Regio { get; set; }

    public IReadOnlyList<SelectListItem> RegioOpties { get; private set; } = [];
    public string? RegioNaam { get; private set; }
    public IReadOnlyList<Aanbesteding> Open { get; private set; } = [];
    public int AantalOpen { get; private set; }
    public IReadOnlyList<Nieuwsbericht> Nieuws { get; private set; } = [];
    public IReadOnlyList<Gunningsbericht> Gegund { get; private set; } = [];
    public int AantalRegios { get; private set; }
    public int AantalProducten { get; private set; }
    public int AantalZorgaanbieders { get; private set; }
    public int AantalContracten { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var nu = HttpContext.RequestArrival();
        // A procedure is never shown open after its deadline (as on /aanbestedingen).
        await AanbestedingAanpassen.BijwerkenAllesAsync(db, nu, ct);
        var regios = await db.Regios.AsNoTracking().OrderBy(r => r.Naam).ToListAsync(ct);
        RegioOpties = [new SelectListItem("Alle regio's", ""), .. regios.Select(r => new SelectListItem(r.Naam, r.Code))];
        var regio = regios.FirstOrDefault(r => r.Code == Regio);
        Regio = regio?.Code;
        RegioNaam = regio?.Naam;

        var zichtbaar = db.Aanbestedingen.AsNoTracking().Zichtbaar(Kijker.Publiek);
        var open = AanbestedingFilter.Pas(zichtbaar, Regio, null, null, openVoorInschrijving: true);
        AantalOpen = await open.CountAsync(ct);
        // The nearest deadline first; Open House (no deadline: applications all through the contract period) last.
        Open = [.. (await open.Include(a => a.Regio).ToListAsync(ct)).OrderBy(a => a.Sluitingsmoment ?? DateTimeOffset.MaxValue).ThenBy(a => a.Naam).Take(Aantal)];

        var trajecten = db.Inkooptrajecten.AsNoTracking().Zichtbaar(Kijker.Publiek)
            .Where(t => Regio == null || t.Regio!.Code == Regio || t.Deelnames.Any(d => d.Regio!.Code == Regio));
        Nieuws = await db.Voortgangsberichten.AsNoTracking()
            .Join(trajecten, b => b.InkooptrajectId, t => t.Id, (b, t) => new { b, t.Naam, Regio = t.Regio!.Naam })
            .OrderByDescending(x => x.b.Datum).ThenByDescending(x => x.b.Id).Take(Aantal)
            .Select(x => new Nieuwsbericht(x.b.InkooptrajectId, x.Naam, x.Regio, x.b.Datum, x.b.Titel)).ToListAsync(ct);

        var gegund = AanbestedingFilter.Pas(zichtbaar, Regio, null, null, false).Select(a => a.Id);
        var stappen = await db.Set<Overgang>().AsNoTracking()
            .Where(o => (o.Gebeurtenis == Gebeurtenis.VoorlopigGunnen || o.Gebeurtenis == Gebeurtenis.DefinitiefGunnen) && gegund.Contains(o.AanbestedingId))
            .ToListAsync(ct);
        var laatste = stappen.GroupBy(o => o.AanbestedingId).Select(g => g.MaxBy(o => o.Moment)!).OrderByDescending(o => o.Moment).Take(Aantal).ToList();
        var ids = laatste.Select(o => o.AanbestedingId).ToList();
        var procedures = await db.Aanbestedingen.AsNoTracking().Include(a => a.Regio).Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        Gegund = [.. laatste.Select(o => new Gunningsbericht(procedures[o.AanbestedingId], o.Moment, o.Gebeurtenis == Gebeurtenis.DefinitiefGunnen))];

        AantalRegios = regios.Count;
        AantalProducten = await db.Producten.CountAsync(p => Regio == null || p.Regio!.Code == Regio, ct);
        AantalZorgaanbieders = await db.Zorgaanbieders.CountAsync(ct);
        var vandaag = Formatting.NlFormat.DatumInAmsterdam(nu);
        AantalContracten = (await Zorginkoop.Contracten.Gecontracteerd.ZoekAsync(db, vandaag, Regio, ct)).Select(r => r.ZorgaanbiederId).Distinct().Count();
    }
}
