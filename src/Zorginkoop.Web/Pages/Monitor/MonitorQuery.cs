using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;
using Zorginkoop.Monitoring;
using Zorginkoop.Web.Accounts;

namespace Zorginkoop.Web.Pages.Monitor;

/// <summary>The monitor's filters as they come in the query string, shared by the page and the downloads.</summary>
public sealed class MonitorQuery
{
    /// <summary>The value of <see cref="Regio"/> for the whole installation.</summary>
    public const string AlleRegios = Zorginkoop.Catalogus.RegioOpslaan.AlleRegios;

    [FromQuery(Name = "periode")]
    public string? Periode { get; set; }

    /// <summary>A region's code, or <see cref="AlleRegios"/>; without it, the user's first region (the public: all).</summary>
    [FromQuery(Name = "regio")]
    public string? Regio { get; set; }

    [FromQuery(Name = "gemeente")]
    public string? Gemeente { get; set; }

    [FromQuery(Name = "aanbieder")]
    public string? Aanbieder { get; set; }

    [FromQuery(Name = "indeling")]
    public string? Indeling { get; set; }

    /// <summary>
    /// The filter, or a Dutch reason (and the field it is about) why the region, municipality or period is not valid.
    /// Without a region: <see cref="StandaardRegioAsync"/>, which is then filled in, so links and downloads name it.
    /// Without a period: the most recent year with care data of that region (<see cref="StandaardjaarAsync"/>).
    /// </summary>
    public async Task<(MonitorFilter? Filter, string? Fout, string? Veld)> NaarFilterAsync(ZorginkoopDbContext db, ClaimsPrincipal user, DateOnly vandaag, CancellationToken ct)
    {
        // The default region's search already found its most recent year; it is not looked up twice.
        int? laatsteJaar = null;
        if (Leeg(Regio) is null)
        {
            (Regio, laatsteJaar) = await StandaardRegioAsync(db, user, Leeg(Gemeente), ct);
        }

        List<string>? gemeenten = null;
        if (!string.Equals(Regio, AlleRegios, StringComparison.OrdinalIgnoreCase))
        {
            var code = Regio;
            var regio = await db.Regios.AsNoTracking().Where(r => r.Code == code).Select(r => new { r.Naam, Gemeenten = r.Gemeenten.Select(g => g.Code).ToList() })
                .SingleOrDefaultAsync(ct);
            if (regio is null)
            {
                return (null, $"Regio '{Regio}' bestaat niet. Kies een regio uit de lijst, of alle regio's.", "regio");
            }

            gemeenten = regio.Gemeenten;
            if (Leeg(Gemeente) is { } gemeente && !gemeenten.Contains(gemeente))
            {
                return (null, $"Gemeente '{gemeente}' hoort niet bij {regio.Naam}. Kies een gemeente van de regio, of alle regio's.", "gemeente");
            }
        }
        else
        {
            Regio = AlleRegios;
        }

        var periode = !string.IsNullOrWhiteSpace(Periode) ? Periode
            : laatsteJaar is { } jaar ? jaar.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : await StandaardjaarAsync(db, vandaag, gemeenten, ct);
        if (!MonitorPeriode.TryParse(periode, out var p))
        {
            return (null, $"'{Periode}' is geen geldige periode. {MonitorPeriode.Uitleg}", "periode");
        }

        return (new MonitorFilter(p, Leeg(Gemeente), Leeg(Aanbieder), gemeenten), null, null);
    }

    public string QueryString(string? indeling = null) => Microsoft.AspNetCore.Http.QueryString.Create(new Dictionary<string, string?>
    {
        ["regio"] = Regio,
        ["periode"] = Periode,
        ["gemeente"] = Gemeente,
        ["aanbieder"] = Aanbieder,
        ["indeling"] = indeling ?? Indeling,
    }.Where(kv => !string.IsNullOrEmpty(kv.Value))).ToString();

    /// <summary>
    /// The year a monitor page (also coverage) opens on without a period: the most recent year that has care data (of
    /// the region's municipalities, when given), or last calendar year when there is none, so it never opens empty while
    /// there are figures. Asked only then: a request with a period does not pay for it.
    /// </summary>
    public static async Task<string> StandaardjaarAsync(ZorginkoopDbContext db, DateOnly vandaag, IReadOnlyCollection<string>? gemeenten, CancellationToken ct) =>
        ((await Zorgmonitor.LaatsteJaarAsync(db, gemeenten, ct)) ?? vandaag.Year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// The region the monitor opens on: with a municipality, the user's own region that holds it (else all regions, so
    /// a link to one municipality keeps working); without, the user's first own region (by name) that has care data,
    /// else the first own region. All regions for the public and for accounts without a region. With the region's most
    /// recent year with care data, when the search found it.
    /// </summary>
    private static async Task<(string Code, int? Jaar)> StandaardRegioAsync(ZorginkoopDbContext db, ClaimsPrincipal user, string? gemeente, CancellationToken ct)
    {
        var eigen = await RegionAccess.EigenRegiosAsync(db, user, ct);
        foreach (var regio in eigen)
        {
            var gemeenten = await Zorginkoop.Catalogus.RegioGemeenten.CodesAsync(db, [regio.Id], ct);
            if (gemeente is not null)
            {
                if (gemeenten.Contains(gemeente))
                {
                    return (regio.Code, null);
                }
            }
            else if (await Zorgmonitor.LaatsteJaarAsync(db, gemeenten, ct) is { } jaar)
            {
                return (regio.Code, jaar);
            }
        }

        return (gemeente is null ? eigen.FirstOrDefault()?.Code ?? AlleRegios : AlleRegios, null);
    }

    private static string? Leeg(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
