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
    /// <paramref name="onderdrukken"/> (public downloads) a group with fewer than 5 clients shows "&lt; 5" and no costs.
    /// </summary>
    public static string Csv(MonitorUitkomst u, bool onderdrukken = false)
    {
        var sb = new StringBuilder(CsvKop).Append('\n');
        foreach (var (domein, groep, c) in Rijen(u))
        {
            if (onderdrukken && c.UniekeClienten < MonitorOnderdrukking.Drempel)
            {
                var trajecten = c.Trajecten < MonitorOnderdrukking.Drempel ? MonitorOnderdrukking.Tekst : c.Trajecten.ToString(CultureInfo.InvariantCulture);
                sb.Append(CultureInfo.InvariantCulture, $"{domein};{groep};{trajecten};{MonitorOnderdrukking.Tekst};\n");
            }
            else
            {
                sb.Append(CultureInfo.InvariantCulture, $"{domein};{groep};{c.Trajecten};{c.UniekeClienten};{c.KostenCent}\n");
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// An .xlsx with the table (costs in euros as numbers, formatted in the sheet), and the trend per month when given.
    /// Aggregates only; small groups are suppressed when <paramref name="onderdrukken"/> is set, as on public pages.
    /// </summary>
    public static async Task SchrijfExcelAsync(Stream uitvoer, MonitorUitkomst u, IReadOnlyList<MonitorRij> perMaand, bool onderdrukken, CancellationToken ct)
    {
        object Getal(int waarde, int clienten) => onderdrukken && clienten < MonitorOnderdrukking.Drempel && waarde < MonitorOnderdrukking.Drempel ? MonitorOnderdrukking.Tekst : waarde;
        object Euro(long cent, int clienten) => onderdrukken && clienten < MonitorOnderdrukking.Drempel ? "" : Math.Round(cent / 100m, 2);
        var tabel = Rijen(u).Select(r => new Dictionary<string, object>
        {
            ["Domein"] = r.Domein == "totaal" ? "Alle domeinen" : DomeinCodes.TryParse(r.Domein, out var d) ? d.Naam() : r.Domein,
            ["Monitorgroep"] = r.Groep,
            ["Trajecten"] = Getal(r.Cijfers.Trajecten, r.Cijfers.UniekeClienten),
            ["Unieke cliënten"] = Getal(r.Cijfers.UniekeClienten, r.Cijfers.UniekeClienten),
            ["Kosten (euro)"] = Euro(r.Cijfers.KostenCent, r.Cijfers.UniekeClienten),
        }).ToList();
        var trend = perMaand.Select(r => new Dictionary<string, object>
        {
            ["Maand"] = r.Sleutel,
            ["Trajecten"] = Getal(r.Cijfers.Trajecten, r.Cijfers.UniekeClienten),
            ["Unieke cliënten"] = Getal(r.Cijfers.UniekeClienten, r.Cijfers.UniekeClienten),
            ["Kosten (euro)"] = Euro(r.Cijfers.KostenCent, r.Cijfers.UniekeClienten),
        }).ToList();
        var bladen = new Dictionary<string, object> { ["Monitor"] = tabel, ["Per maand"] = trend };
        await uitvoer.SaveAsAsync(bladen, cancellationToken: ct);
    }

    private static IEnumerable<(string Domein, string Groep, MonitorCijfers Cijfers)> Rijen(MonitorUitkomst u)
    {
        foreach (var d in u.Domeinen)
        {
            foreach (var g in u.Groepen.Where(g => g.Domein == d.Domein))
            {
                yield return (g.Domein.Code(), g.Monitorgroep, g.Cijfers);
            }

            yield return (d.Domein.Code(), "Totaal", d.Cijfers);
        }

        yield return ("totaal", "Totaal", u.Totaal);
    }
}

/// <summary>Statistical disclosure control: on public pages a group with fewer than 5 clients is not shown exactly.</summary>
public static class MonitorOnderdrukking
{
    public const int Drempel = 5;
    public const string Tekst = "< 5";
}
