using System.CommandLine;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Zorginkoop.Catalogus;
using Zorginkoop.Data;
using Zorginkoop.Formatting;
using Zorginkoop.Monitoring;

namespace Zorginkoop.Cli.Monitoring;

/// <summary><c>zorginkoop monitor --periode 2018 [--gemeente 0632] [--aanbieder &lt;agb&gt;] [--formaat tabel|csv|json]</c>.</summary>
public static class MonitorCommand
{
    public static Command Create()
    {
        var periode = new Option<string>("--periode") { Description = MonitorPeriode.Uitleg, Required = true };
        var gemeente = new Option<string?>("--gemeente") { Description = "Alleen deze gemeente (CBS-code, zoals 0632)." };
        var aanbieder = new Option<string?>("--aanbieder") { Description = "Alleen deze zorgaanbieder (AGB-code)." };
        var formaat = new Option<string>("--formaat") { Description = "tabel (standaard), csv of json.", DefaultValueFactory = _ => "tabel" };
        formaat.AcceptOnlyFromAmong("tabel", "csv", "json");
        var monitor = new Command("monitor", "Trajecten, unieke cliënten en kosten per domein en monitorgroep.") { periode, gemeente, aanbieder, formaat };
        monitor.SetAction((pr, ct) => CliHost.RunAsync(pr, async (sp, ct) =>
        {
            if (!MonitorPeriode.TryParse(pr.GetValue(periode), out var p))
            {
                await Console.Error.WriteLineAsync($"Periode '{pr.GetValue(periode)}' is ongeldig. {MonitorPeriode.Uitleg}");
                return CliHost.Refused;
            }

            var uitkomst = await Zorgmonitor.BerekenAsync(sp.GetRequiredService<ZorginkoopDbContext>(),
                new MonitorFilter(p, pr.GetValue(gemeente), pr.GetValue(aanbieder)), ct);
            Console.Write(pr.GetValue(formaat) switch
            {
                "json" => MonitorJson.Serialize(uitkomst) + Environment.NewLine,
                "csv" => MonitorExport.Csv(uitkomst),
                _ => Tabel(uitkomst),
            });
            return CliHost.Success;
        }, ct, alleenLezen: true));
        return monitor;
    }

    private static string Tabel(MonitorUitkomst u)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"Monitor {NlFormat.Datum(u.Filter.Periode.Van)} tot en met {NlFormat.Datum(u.Filter.Periode.TotEnMet)}");
        sb.Append(u.Filter.Gemeente is null ? "" : $", gemeente {u.Filter.Gemeente}").Append(u.Filter.AgbCode is null ? "" : $", aanbieder {u.Filter.AgbCode}").AppendLine();
        void Regel(string a, string b, string c, string d) => sb.AppendLine(CultureInfo.InvariantCulture, $"{a,-32}{b,12}{c,18}{d,16}");
        foreach (var d in u.Domeinen)
        {
            sb.AppendLine();
            Regel(d.Domein.Naam(), "trajecten", "unieke cliënten", "kosten");
            foreach (var g in u.Groepen.Where(g => g.Domein == d.Domein))
            {
                Regel(g.Monitorgroep, NlFormat.Aantal(g.Cijfers.Trajecten), NlFormat.Aantal(g.Cijfers.UniekeClienten), NlFormat.Bedrag(g.Cijfers.KostenCent));
            }

            Regel("Totaal", NlFormat.Aantal(d.Cijfers.Trajecten), NlFormat.Aantal(d.Cijfers.UniekeClienten), NlFormat.Bedrag(d.Cijfers.KostenCent));
        }

        sb.AppendLine();
        Regel("Totaal alle domeinen", NlFormat.Aantal(u.Totaal.Trajecten), NlFormat.Aantal(u.Totaal.UniekeClienten), NlFormat.Bedrag(u.Totaal.KostenCent));
        return sb.ToString();
    }
}
