using System.CommandLine;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zorginkoop.Catalogus;
using Zorginkoop.Data;
using Zorginkoop.Formatting;
using Zorginkoop.Monitoring;

namespace Zorginkoop.Cli.Monitoring;

/// <summary><c>zorginkoop monitor --periode 2018 [--regio utrecht-west] [--gemeente 0632] [--aanbieder &lt;agb&gt;] [--formaat tabel|csv|json]</c>.</summary>
public static class MonitorCommand
{
    public static Command Create()
    {
        var periode = new Option<string>("--periode") { Description = MonitorPeriode.Uitleg, Required = true };
        var regio = new Option<string?>("--regio") { Description = "Alleen de gemeenten van deze regio (code, zoals utrecht-west)." };
        var gemeente = new Option<string?>("--gemeente") { Description = "Alleen deze gemeente (CBS-code, zoals 0632)." };
        var aanbieder = new Option<string?>("--aanbieder") { Description = "Alleen deze zorgaanbieder (AGB-code)." };
        var formaat = new Option<string>("--formaat") { Description = "tabel (standaard), csv of json.", DefaultValueFactory = _ => "tabel" };
        formaat.AcceptOnlyFromAmong("tabel", "csv", "json");
        var monitor = new Command("monitor", "Trajecten, unieke cliënten en kosten per domein en monitorgroep.") { periode, regio, gemeente, aanbieder, formaat };
        monitor.SetAction((pr, ct) => CliHost.RunAsync(pr, async (sp, ct) =>
        {
            if (!MonitorPeriode.TryParse(pr.GetValue(periode), out var p))
            {
                await Console.Error.WriteLineAsync($"Periode '{pr.GetValue(periode)}' is ongeldig. {MonitorPeriode.Uitleg}");
                return CliHost.Refused;
            }

            var db = sp.GetRequiredService<ZorginkoopDbContext>();
            List<string>? gemeenten = null;
            if (pr.GetValue(regio) is { } code)
            {
                gemeenten = (await db.Regios.AsNoTracking().Where(r => r.Code == code).Select(r => r.Gemeenten.Select(g => g.Code).ToList()).ToListAsync(ct))
                    .SingleOrDefault();
                if (gemeenten is null)
                {
                    await Console.Error.WriteLineAsync($"--regio: regio '{code}' bestaat niet. Zie zorginkoop regio lijst.");
                    return CliHost.Refused;
                }
            }

            var uitkomst = await Zorgmonitor.BerekenAsync(db, new MonitorFilter(p, pr.GetValue(gemeente), pr.GetValue(aanbieder), gemeenten), ct);
            Console.Write(pr.GetValue(formaat) switch
            {
                "json" => MonitorJson.Serialize(uitkomst) + Environment.NewLine,
                "csv" => MonitorExport.Csv(uitkomst),
                _ => Tabel(uitkomst, pr.GetValue(regio)),
            });
            return CliHost.Success;
        }, ct, alleenLezen: true));
        return monitor;
    }

    private static string Tabel(MonitorUitkomst u, string? regio)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"Monitor {NlFormat.Datum(u.Filter.Periode.Van)} tot en met {NlFormat.Datum(u.Filter.Periode.TotEnMet)}");
        sb.Append(regio is null ? "" : $", regio {regio}").Append(u.Filter.Gemeente is null ? "" : $", gemeente {u.Filter.Gemeente}").Append(u.Filter.AgbCode is null ? "" : $", aanbieder {u.Filter.AgbCode}").AppendLine();
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
