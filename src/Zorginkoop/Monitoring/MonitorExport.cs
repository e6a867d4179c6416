using System.Globalization;
using System.Text;
using MiniExcelLibs;
using Zorginkoop.Catalogus;

namespace Zorginkoop.Monitoring;

/// <summary>The monitor as CSV (the CLI's <c>--formaat csv</c> and the web download) and as an Excel workbook.</summary>
public static class MonitorExport
{
    public const string CsvKop = "domein;monitorgroep;trajecten;unieke_clienten;kosten_cent";

    /// <summary>
    /// Groups, then a "Totaal" row per domain and one for all domains; exact cents, no rounding. With
    /// <paramref name="openbaar"/> (public downloads) the figures are those of the public monitor: hidden ones as
    /// "&lt; 5" or "afgeschermd" with empty costs, the rest rounded (<see cref="OpenbareMonitor"/>).
    /// </summary>
    public static string Csv(MonitorUitkomst u, OpenbareMonitor? openbaar = null)
    {
        var sb = new StringBuilder(CsvKop).Append('\n');
        foreach (var (domein, groep, c, cel) in Rijen(u, openbaar))
        {
            var (trajecten, clienten, kosten) = cel switch
            {
                null => (Getal(c.Trajecten), Getal(c.UniekeClienten), Getal(c.KostenCent)),
                { Status: Celstatus.Getoond } => (Getal(cel.Trajecten!.Value), Getal(cel.UniekeClienten!.Value), Getal(cel.KostenCent!.Value)),
                { Status: Celstatus.Klein } => (MonitorWeergave.Klein, MonitorWeergave.Klein, ""),
                _ => (MonitorWeergave.Afgeschermd, MonitorWeergave.Afgeschermd, ""),
            };
            sb.Append(CultureInfo.InvariantCulture, $"{domein};{groep};{trajecten};{clienten};{kosten}\n");
        }

        return sb.ToString();
    }

    /// <summary>
    /// An .xlsx with the table (costs in euros as numbers, formatted in the sheet), and the trend per month when given.
    /// Aggregates only; with <paramref name="openbaar"/> the figures of the public monitor, as on public pages.
    /// </summary>
    public static async Task WriteExcelAsync(Stream uitvoer, MonitorUitkomst u, IReadOnlyList<MonitorRij> perMaand, OpenbareMonitor? openbaar, CancellationToken ct)
    {
        object Aantal(int exact, int? openbaarGetal, OpenbareCel? cel) => cel is null ? exact : openbaarGetal is { } n ? n : Verborgen(cel);
        object Euro(long exact, OpenbareCel? cel) => cel is null ? Math.Round(exact / 100m, 2) : cel.KostenCent is { } k ? Math.Round(k / 100m, 2) : "";
        Dictionary<string, object> Cijfers(MonitorCijfers c, OpenbareCel? cel) => new()
        {
            ["Trajecten"] = Aantal(c.Trajecten, cel?.Trajecten, cel),
            ["Unieke cliënten"] = Aantal(c.UniekeClienten, cel?.UniekeClienten, cel),
            ["Kosten (euro)"] = Euro(c.KostenCent, cel),
        };
        var tabel = Rijen(u, openbaar).Select(r => new Dictionary<string, object>
        {
            ["Domein"] = r.Domein == "totaal" ? "Alle domeinen" : DomeinCodes.TryParse(r.Domein, out var d) ? d.Naam() : r.Domein,
            ["Monitorgroep"] = r.Groep,
        }.Concat(Cijfers(r.Cijfers, r.Cel)).ToDictionary()).ToList();
        var trend = perMaand.Select(r => new Dictionary<string, object> { ["Maand"] = r.Sleutel }
            .Concat(Cijfers(r.Cijfers, openbaar?.Rij(MonitorIndeling.Maand, r.Sleutel))).ToDictionary()).ToList();
        var bladen = new Dictionary<string, object> { ["Monitor"] = tabel, ["Per maand"] = trend };
        await uitvoer.SaveAsAsync(bladen, cancellationToken: ct);
    }

    private static string Verborgen(OpenbareCel cel) => cel.Status == Celstatus.Klein ? MonitorWeergave.Klein : MonitorWeergave.Afgeschermd;

    private static string Getal(long n) => n.ToString(CultureInfo.InvariantCulture);

    private static IEnumerable<(string Domein, string Groep, MonitorCijfers Cijfers, OpenbareCel? Cel)> Rijen(MonitorUitkomst u, OpenbareMonitor? openbaar)
    {
        foreach (var d in u.Domeinen)
        {
            foreach (var g in u.Groepen.Where(g => g.Domein == d.Domein))
            {
                yield return (g.Domein.Code(), g.Monitorgroep, g.Cijfers, openbaar?.Groep(g.Domein, g.Monitorgroep));
            }

            yield return (d.Domein.Code(), "Totaal", d.Cijfers, openbaar?.Domein(d.Domein));
        }

        yield return ("totaal", "Totaal", u.Totaal, openbaar?.Totaal);
    }
}
