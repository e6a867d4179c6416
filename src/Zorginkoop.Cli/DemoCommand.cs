using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Zorginkoop.Data;
using Zorginkoop.Demo;
using Zorginkoop.Zorgdata;

namespace Zorginkoop.Cli;

/// <summary><c>zorginkoop demo</c>: loads the demo data from the sources into the configured database (idempotent).</summary>
public static class DemoCommand
{
    public static Command Create()
    {
        var demo = new Command("demo", "De demodata (Lekstroom, Utrecht-West, 33 zorgaanbieders, zorggegevens Woerden 2018) laden; al aanwezige gegevens blijven staan.");
        demo.SetAction((pr, ct) => CliHost.RunAsync(pr, async (sp, ct) =>
        {
            var n = await DemoData.LoadAsync(sp.GetRequiredService<ZorginkoopDbContext>(), sp.GetRequiredService<Zorginkoop.Documenten.DocumentStore>(), ct);
            Console.WriteLine(n == 0 ? "De demodata was al geladen; er is niets veranderd." : $"Demodata geladen: {n} nieuwe records.");
            var zorg = await DemoZorgdata.LoadAsync(sp.GetRequiredService<ZorgdataImport>(), ct);
            Console.WriteLine(zorg?.Run.Resultaat switch
            {
                null or Resultaten.AlGeimporteerd => "De demozorgdata was al geladen.",
                Resultaten.Gelukt => $"Demozorgdata (Woerden 2018, de raadstabel): {Zorginkoop.Formatting.NlFormat.Aantal(zorg.Run.Toegevoegd)} zorgregels geladen.",
                _ => "Demozorgdata laden mislukt: " + string.Join("; ", zorg.Meldingen),
            });
            return zorg?.Gelukt != false ? CliHost.Success : CliHost.Refused;
        }, ct));
        return demo;
    }
}
