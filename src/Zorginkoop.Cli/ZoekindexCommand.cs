using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Zorginkoop.Data;
using Zorginkoop.Documenten;
using Zorginkoop.Formatting;
using Zorginkoop.Zoeken;

namespace Zorginkoop.Cli;

/// <summary>
/// <c>zorginkoop zoekindex herbouwen</c>: the search index anew from the records and the stored files, in one
/// transaction (search keeps answering from the old index until it commits). The index follows every change by itself;
/// this is for when it is in doubt, e.g. after restoring the files of a backup.
/// </summary>
public static class ZoekindexCommand
{
    public static Command Create()
    {
        var herbouwen = new Command("herbouwen", "De zoekindex opnieuw opbouwen uit de gegevens en de opgeslagen documenten.");
        herbouwen.SetAction((pr, ct) => CliHost.RunAsync(pr, async (sp, ct) =>
        {
            // Progress to stderr, so stdout holds only the outcome (a script may read it).
            var voortgang = new Melder();
            var n = await Zoekindex.HerbouwenAsync(sp.GetRequiredService<ZorginkoopDbContext>(), sp.GetRequiredService<DocumentStore>(), voortgang, ct);
            Console.Error.WriteLine();
            Console.WriteLine($"Zoekindex opgebouwd: {NlFormat.Aantal(n, "item", "items")}.");
            return CliHost.Success;
        }, ct));
        var zoekindex = new Command("zoekindex", "De zoekindex van /zoeken en /api/v1/zoeken.");
        zoekindex.Subcommands.Add(herbouwen);
        return zoekindex;
    }

    private sealed class Melder : IProgress<(int Klaar, int Totaal)>
    {
        public void Report((int Klaar, int Totaal) value) =>
            Console.Error.Write($"\rGroepen verwerkt: {NlFormat.Aantal(value.Klaar)} van {NlFormat.Aantal(value.Totaal)}");
    }
}
