using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zorginkoop.Catalogus;
using Zorginkoop.Data;

namespace Zorginkoop.Cli.Catalogus;

/// <summary>
/// <c>zorginkoop regio aanmaken --code utrecht-west --naam Utrecht-West --gemeente 0344 --gemeente 0356</c> and
/// <c>zorginkoop regio lijst</c>: the regions (groups of municipalities buying together) of an installation, with the
/// same rules as the page /catalogus/nieuwe-regio (<see cref="RegioOpslaan"/>).
/// </summary>
public static class RegioCommand
{
    public static Command Create()
    {
        var commando = new Command("regio", "Regio's (gemeenten die samen inkopen) aanmaken en bekijken.");
        commando.Subcommands.Add(Aanmaken());
        commando.Subcommands.Add(Lijst());
        return commando;
    }

    private static Command Aanmaken()
    {
        var code = new Option<string>("--code") { Description = "Korte code in kleine letters, zoals utrecht-west (in adressen, imports en de CLI).", Required = true };
        var naam = new Option<string>("--naam") { Description = "De naam, zoals Utrecht-West.", Required = true };
        var gemeente = new Option<string[]>("--gemeente") { Description = "De CBS-code van een gemeente van de regio, zoals 0344; geef de optie per gemeente.", Required = true };
        var commando = new Command("aanmaken", "Een regio aanmaken met haar gemeenten.") { code, naam, gemeente };
        commando.SetAction((pr, ct) => CliHost.RunAsync(pr, async (sp, ct) =>
        {
            var uitkomst = await RegioOpslaan.HandleAsync(sp.GetRequiredService<ZorginkoopDbContext>(), null,
                new(pr.GetValue(code), pr.GetValue(naam), pr.GetValue(gemeente) ?? []), ct);
            if (uitkomst.Waarde is not { } regio)
            {
                foreach (var w in uitkomst.Weigeringen)
                {
                    await Console.Error.WriteLineAsync($"{Optie(w.Veld)}{w.Tekst}");
                }

                return CliHost.Refused;
            }

            Console.WriteLine($"Regio {regio.Code} ({regio.Naam}) aangemaakt met {regio.Gemeenten.Count} gemeente(n): {Gemeenten(regio)}.");
            return CliHost.Success;
        }, ct));
        return commando;
    }

    private static Command Lijst()
    {
        var commando = new Command("lijst", "Alle regio's: code, naam en gemeenten (CBS-code en naam), gescheiden door tabs.");
        commando.SetAction((pr, ct) => CliHost.RunAsync(pr, async (sp, ct) =>
        {
            var regios = await sp.GetRequiredService<ZorginkoopDbContext>().Regios.AsNoTracking().Include(r => r.Gemeenten).ToListAsync(ct);
            foreach (var regio in regios.OrderBy(r => r.Code, StringComparer.Ordinal))
            {
                Console.WriteLine(string.Join('\t', regio.Code, regio.Naam, Gemeenten(regio)));
            }

            return CliHost.Success;
        }, ct));
        return commando;
    }

    private static string Gemeenten(Regio regio) =>
        string.Join(", ", regio.Gemeenten.OrderBy(g => g.Code, StringComparer.Ordinal).Select(g => $"{g.Code} {g.Naam}"));

    /// <summary>The option a refusal is about, so the message says what to change on the command line.</summary>
    private static string Optie(string veld) => veld switch
    {
        nameof(RegioOpslaan.Gegevens.Code) => "--code: ",
        nameof(RegioOpslaan.Gegevens.Naam) => "--naam: ",
        nameof(RegioOpslaan.Gegevens.Gemeenten) => "--gemeente: ",
        _ => "",
    };
}
