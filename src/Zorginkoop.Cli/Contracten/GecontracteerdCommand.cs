using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zorginkoop.Contracten;
using Zorginkoop.Data;
using Zorginkoop.Formatting;

namespace Zorginkoop.Cli.Contracten;

/// <summary><c>zorginkoop gecontracteerd export --regio &lt;code&gt; [--peildatum yyyy-MM-dd] [--uitvoer bestand]</c>.</summary>
public static class GecontracteerdCommand
{
    public static Command Create()
    {
        var gecontracteerd = new Command("gecontracteerd", "Wie voor welk product in welke gemeente gecontracteerd is, tegen welk tarief.");
        gecontracteerd.Subcommands.Add(Export());
        return gecontracteerd;
    }

    private static Command Export()
    {
        var regio = new Option<string>("--regio") { Description = "De code van de regio, zoals lekstroom of utrecht-west.", Required = true };
        var peildatum = new Option<string?>("--peildatum") { Description = "Alleen wat op deze dag geldt (yyyy-MM-dd); zonder: alle perioden van contracten die nog lopen." };
        var uitvoer = new Option<FileInfo?>("--uitvoer", "-o") { Description = "Bestand om naar te schrijven; zonder deze optie naar standaarduitvoer." };
        var export = new Command("export", "Het gecontracteerde aanbod als CSV voor de backoffice: één regel per gemeente, product, aanbieder, contract en periode.")
        {
            regio, peildatum, uitvoer,
        };
        export.SetAction((pr, ct) => CliHost.RunAsync(pr, async (sp, ct) =>
        {
            DateOnly? dag = null;
            if (pr.GetValue(peildatum) is { } tekst)
            {
                if (!DateOnly.TryParseExact(tekst, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                {
                    await Console.Error.WriteLineAsync($"--peildatum: '{tekst}' is geen datum. Gebruik yyyy-MM-dd, bijvoorbeeld 2026-01-01.");
                    return CliHost.Refused;
                }

                dag = d;
            }

            var db = sp.GetRequiredService<ZorginkoopDbContext>();
            var code = pr.GetValue(regio)!;
            if (!await db.Regios.AnyAsync(r => r.Code == code, ct))
            {
                await Console.Error.WriteLineAsync($"--regio: regio '{code}' bestaat niet.");
                return CliHost.Refused;
            }

            var vandaag = NlFormat.DatumInAmsterdam(sp.GetRequiredService<TimeProvider>().GetUtcNow());
            var regels = await GecontracteerdeRegels.ZoekAsync(db, new GecontracteerdFilter(Regio: code, Peildatum: dag), vandaag, ct);
            if (pr.GetValue(uitvoer) is not { } doel)
            {
                await using var standaard = Console.OpenStandardOutput();
                await GecontracteerdCsv.WriteAsync(regels, standaard, ct);
                return CliHost.Success;
            }

            await CliBestand.SchrijfAsync(doel, async stream =>
            {
                await GecontracteerdCsv.WriteAsync(regels, stream, ct);
                return regels.Count;
            });

            Console.WriteLine($"{regels.Count} regels geschreven naar {doel.FullName}.");
            return CliHost.Success;
        }, ct, alleenLezen: true));
        return export;
    }
}
