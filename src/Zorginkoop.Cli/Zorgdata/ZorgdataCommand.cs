using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Zorginkoop.Data;
using Zorginkoop.Formatting;
using Zorginkoop.Zorgdata;

namespace Zorginkoop.Cli.Zorgdata;

/// <summary><c>zorginkoop zorgdata import &lt;bestand&gt;...</c>: each file is one unit, all or nothing; a ZIP of messages is one
/// file (<see cref="Zorginkoop.Zorgdata.ZorgdataImport"/>), which is how thousands of small messages go in at once.</summary>
public static class ZorgdataCommand
{
    public static Command Create()
    {
        var zorgdata = new Command("zorgdata", "Zorggegevens (CSV, iJw/iWmo-berichten of een ZIP met berichten) importeren.");
        var bestanden = new Argument<FileInfo[]>("bestand") { Description = "Eén of meer bestanden; elk bestand wordt in zijn geheel of niet geïmporteerd. Een ZIP met berichten is één import: alle berichten of geen.", Arity = ArgumentArity.OneOrMore };
        var import = new Command("import", "Zorggegevens importeren; het formaat wordt aan de inhoud herkend. BSN's worden gepseudonimiseerd.") { bestanden };
        import.SetAction((pr, ct) => CliHost.RunAsync(pr, async (sp, ct) =>
        {
            var import = sp.GetRequiredService<ZorgdataImport>();
            var code = CliHost.Success;
            var nieuw = false;
            foreach (var info in pr.GetValue(bestanden)!)
            {
                if (!info.Exists)
                {
                    await Console.Error.WriteLineAsync($"{info.Name}: het bestand bestaat niet.");
                    code = CliHost.Refused;
                    continue;
                }

                await using var stream = info.OpenRead();
                // Written over the previous progress on the same line; padded, because the text can get shorter.
                var breedte = 0;
                var voortgang = new SynchronousProgress<ImportProgress>(v =>
                {
                    var tekst = $"{info.Name}: {v.Tekst}";
                    breedte = Math.Max(breedte, tekst.Length);
                    Console.Error.Write("\r" + tekst.PadRight(breedte));
                });
                var tijd = sp.GetRequiredService<TimeProvider>();
                var start = tijd.GetTimestamp();
                var r = await import.RunAsync(stream, info.Name, $"cli:{Environment.UserName}", voortgang, ct);
                var duur = tijd.GetElapsedTime(start);
                await Console.Error.WriteLineAsync();
                switch (r.Run.Resultaat)
                {
                    case Resultaten.Gelukt:
                        Console.WriteLine($"{info.Name}: {NlFormat.Aantal(r.Run.Regels)} regels, {NlFormat.Aantal(r.Run.Toegevoegd)} toegevoegd, " +
                            $"{NlFormat.Aantal(r.Run.AlAanwezig)} waren er al (importrun {r.Run.Id}{Snelheid(r.Run.Regels, duur)}).");
                        nieuw = true;
                        break;
                    case Resultaten.AlGeimporteerd:
                        Console.WriteLine($"{info.Name}: dit bestand is al eerder geïmporteerd; er is niets veranderd.");
                        break;
                    default:
                        foreach (var m in r.Meldingen)
                        {
                            await Console.Error.WriteLineAsync($"{info.Name}, {m}");
                        }

                        if (r.AantalFouten > r.Meldingen.Count)
                        {
                            await Console.Error.WriteLineAsync($"{info.Name}: ... en nog {r.AantalFouten - r.Meldingen.Count} fouten.");
                        }

                        await Console.Error.WriteLineAsync($"{info.Name}: {r.AantalFouten} fout(en); er is niets opgeslagen.");
                        code = CliHost.Refused;
                        break;
                }
            }

            if (nieuw)
            {
                // The monitor's index and its file are brought up to date now, so the next monitor query (the app after
                // a restart, or `zorginkoop monitor`) reads the file instead of every line.
                await Console.Error.WriteAsync("Monitor bijwerken ...");
                var tijd = sp.GetRequiredService<TimeProvider>();
                var start = tijd.GetTimestamp();
                await Zorginkoop.Monitoring.MonitorIndex.ActueelAsync(sp.GetRequiredService<ZorginkoopDbContext>(), ct);
                await Console.Error.WriteLineAsync($"\rMonitor bijgewerkt ({NlFormat.Duur(tijd.GetElapsedTime(start))}).");
            }

            return code;
        }, ct));
        zorgdata.Subcommands.Add(import);
        return zorgdata;
    }

    /// <summary>
    /// How long the whole import took (reading the file for its hash, checking, writing and the commit) and how many
    /// lines a second: ", 4,3 s, 232.558 regels/s".
    /// </summary>
    private static string Snelheid(int regels, TimeSpan duur) =>
        duur <= TimeSpan.Zero ? "" : $", {NlFormat.Duur(duur)}, {NlFormat.Aantal((long)(regels / duur.TotalSeconds))} regels/s";
}
