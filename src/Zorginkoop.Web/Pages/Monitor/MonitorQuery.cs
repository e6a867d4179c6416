using Microsoft.AspNetCore.Mvc;
using Zorginkoop.Data;
using Zorginkoop.Monitoring;

namespace Zorginkoop.Web.Pages.Monitor;

/// <summary>The monitor's filters as they come in the query string, shared by the page and the downloads.</summary>
public sealed class MonitorQuery
{
    [FromQuery(Name = "periode")]
    public string? Periode { get; set; }

    [FromQuery(Name = "gemeente")]
    public string? Gemeente { get; set; }

    [FromQuery(Name = "aanbieder")]
    public string? Aanbieder { get; set; }

    [FromQuery(Name = "indeling")]
    public string? Indeling { get; set; }

    /// <summary>The filter, or a Dutch reason why the period is not valid. Without a period: <see cref="StandaardjaarAsync"/>.</summary>
    public async Task<(MonitorFilter? Filter, string? Fout)> NaarFilterAsync(ZorginkoopDbContext db, DateOnly vandaag, CancellationToken ct)
    {
        var periode = string.IsNullOrWhiteSpace(Periode) ? await StandaardjaarAsync(db, vandaag, ct) : Periode;
        if (!MonitorPeriode.TryParse(periode, out var p))
        {
            return (null, $"'{Periode}' is geen geldige periode. {MonitorPeriode.Uitleg}");
        }

        return (new MonitorFilter(p, Leeg(Gemeente), Leeg(Aanbieder)), null);
    }

    public string QueryString(string? indeling = null) => Microsoft.AspNetCore.Http.QueryString.Create(new Dictionary<string, string?>
    {
        ["periode"] = Periode,
        ["gemeente"] = Gemeente,
        ["aanbieder"] = Aanbieder,
        ["indeling"] = indeling ?? Indeling,
    }.Where(kv => !string.IsNullOrEmpty(kv.Value))).ToString();

    /// <summary>
    /// The year a monitor page (also coverage) opens on without a period: the most recent year that has care data, or
    /// last calendar year when there is none, so it never opens empty while there are figures. Asked only then: a
    /// request with a period does not pay for it.
    /// </summary>
    public static async Task<string> StandaardjaarAsync(ZorginkoopDbContext db, DateOnly vandaag, CancellationToken ct) =>
        ((await Zorgmonitor.LaatsteJaarAsync(db, ct)) ?? vandaag.Year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string? Leeg(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
