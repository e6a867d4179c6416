using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Accounts;
using Zorginkoop.Data;
using Zorginkoop.Formatting;
using Zorginkoop.Monitoring;
using Zorginkoop.Web.Accounts;
using Zorginkoop.Web.Infrastructure;

namespace Zorginkoop.Web.Pages.Monitor;

[Authorize(Policy = Policies.Medewerker)]
public class DekkingModel(ZorginkoopDbContext db, IAuthorizationService autorisatie) : PageModel
{
    /// <summary>Per product with a signal: the finally awarded procedure whose lots cover it, to re-open it from.</summary>
    public IReadOnlyDictionary<int, (int Id, string Naam)> Heropenbaar { get; private set; } = new Dictionary<int, (int, string)>();

    public bool MagHeropenen { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Regio { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Periode { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Minimum { get; set; } = Dekking.StandaardMinimum;

    [BindProperty(SupportsGet = true)]
    public bool AlleenSignalen { get; set; }

    public IEnumerable<SelectListItem> RegioOpties { get; private set; } = [];
    public MonitorPeriode? GekozenPeriode { get; private set; }
    public IReadOnlyList<DekkingRij> Rijen { get; private set; } = [];
    public int AantalSignalen { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        // Coverage is of the user's own regions (decision record 0009).
        var regios = await RegionAccess.EigenRegiosAsync(db, User, ct);
        RegioOpties = regios.Select(r => new SelectListItem(r.Naam, r.Code));
        Regio ??= regios.FirstOrDefault()?.Code;
        var gekozen = regios.FirstOrDefault(r => r.Code == Regio);
        // Without a period: the region's own most recent year with care data.
        var periode = string.IsNullOrWhiteSpace(Periode)
            ? await MonitorQuery.StandaardjaarAsync(db, NlFormat.DatumInAmsterdam(HttpContext.RequestArrival()),
                gekozen is null ? null : await Zorginkoop.Catalogus.RegioGemeenten.CodesAsync(db, [gekozen.Id], ct), ct)
            : Periode;
        if (!MonitorPeriode.TryParse(periode, out var p))
        {
            ModelState.AddModelError(nameof(Periode), $"'{Periode}' is geen geldige periode. {MonitorPeriode.Uitleg}");
        }

        if (Minimum is < 1 or > 50)
        {
            ModelState.AddModelError(nameof(Minimum), "Kies een minimum tussen 1 en 50 aanbieders.");
        }

        if (!ModelState.IsValid || gekozen is null)
        {
            return;
        }

        GekozenPeriode = p;
        var rijen = await Dekking.BerekenAsync(db, gekozen.Code, p, Minimum, ct);
        AantalSignalen = rijen.Count(r => r.Signalen.Count > 0);
        Rijen = AlleenSignalen ? rijen.Where(r => r.Signalen.Count > 0).ToList() : rijen.Where(r => r.Clienten > 0 || r.Signalen.Count > 0 || r.Informatie.Count > 0).ToList();
        MagHeropenen = (await autorisatie.AuthorizeAsync(User, new InRegio(gekozen.Id), Policies.AanbestedingenBeheren)).Succeeded;
        if (MagHeropenen && AantalSignalen > 0)
        {
            // From the signal to the remedy: the last finally awarded procedure that bought the product (its lot is the
            // product itself or its segment) can be re-opened for it, as Lekstroom did for 43B11 and 50B32.
            var metSignaal = rijen.Where(r => r.Signalen.Count > 0).Select(r => r.ProductId).ToHashSet();
            var segmentVan = await db.Producten.Where(x => metSignaal.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.SegmentId, ct);
            var gegund = await db.Aanbestedingen.AsNoTracking().Include(a => a.Percelen)
                .Where(a => a.Regio!.Code == Regio && (a.Status == Zorginkoop.Aanbestedingen.AanbestedingStatus.DefinitiefGegund
                    || a.Status == Zorginkoop.Aanbestedingen.AanbestedingStatus.LopendContract))
                .OrderByDescending(a => a.ContractStart).ToListAsync(ct);
            Heropenbaar = metSignaal
                .Select(id => (id, a: gegund.FirstOrDefault(a => a.Percelen.Any(l => l.ProductId == id || (l.SegmentId is not null && l.SegmentId == segmentVan.GetValueOrDefault(id))))))
                .Where(x => x.a is not null).ToDictionary(x => x.id, x => (x.a!.Id, x.a.Naam));
        }
    }
}
