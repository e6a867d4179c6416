using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zorginkoop.Catalogus;
using Zorginkoop.Data;

namespace Zorginkoop.Cli.Catalogus;

/// <summary>
/// <c>zorginkoop regio aanmaken --code utrecht-west --naam Utrecht-West --gemeente 0344 --gemeente 0356</c> and
/// <c>zorginkoop regio wijzigen --code utrecht-west [--naam] [--nieuwe-code] [--gemeente ...] [--kleur #7a1f3d]
/// [--logo logo.png | --geen-logo]</c> and <c>zorginkoop regio lijst</c>: the regions (groups of municipalities buying together) of an installation, with the
/// same rules as the pages /catalogus/nieuwe-regio, /catalogus/{regio}/bewerken (<see cref="RegioOpslaan"/>) and
/// /catalogus/{regio}/huisstijl (<see cref="RegioHuisstijlOpslaan"/>).
/// </summary>
public static class RegioCommand
{
    public static Command Create()
    {
        var commando = new Command("regio", "Regio's (gemeenten die samen inkopen) aanmaken en bekijken.");
        commando.Subcommands.Add(Aanmaken());
        commando.Subcommands.Add(Wijzigen());
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

    private static Command Wijzigen()
    {
        var code = new Option<string>("--code") { Description = "De regio om te wijzigen, zoals utrecht-west.", Required = true };
        var naam = new Option<string?>("--naam") { Description = "Een nieuwe naam." };
        var nieuweCode = new Option<string?>("--nieuwe-code") { Description = "Een nieuwe code (adressen met de oude code werken daarna niet meer)." };
        var gemeente = new Option<string[]>("--gemeente") { Description = "De gemeenten van de regio (vervangt de huidige); geef de optie per gemeente." };
        var kleur = new Option<string?>("--kleur") { Description = "De huisstijlkleur (#rrggbb, ten minste 4,5:1 contrast met wit); \"\" voor de kleuren van Zorginkoop." };
        var logo = new Option<FileInfo?>("--logo") { Description = $"Een PNG- of JPEG-logo, ten hoogste {RegioHuisstijlOpslaan.MaxLogoBytes / 1024} kB." };
        var geenLogo = new Option<bool>("--geen-logo") { Description = "Het logo verwijderen." };
        var commando = new Command("wijzigen", "De naam, code, gemeenten, kleur of het logo van een regio wijzigen; wat u niet noemt, blijft.")
        {
            code, naam, nieuweCode, gemeente, kleur, logo, geenLogo,
        };
        commando.SetAction((pr, ct) => CliHost.RunAsync(pr, async (sp, ct) =>
        {
            var db = sp.GetRequiredService<ZorginkoopDbContext>();
            var regioCode = pr.GetValue(code)!;
            var bestaand = await db.Regios.AsNoTracking().Include(r => r.Gemeenten).SingleOrDefaultAsync(r => r.Code == regioCode, ct);
            if (bestaand is null)
            {
                await Console.Error.WriteLineAsync($"--code: regio {regioCode} bestaat niet. Zie zorginkoop regio lijst.");
                return CliHost.Refused;
            }

            byte[]? logoInhoud = null;
            if (pr.GetValue(logo) is { } bestand)
            {
                if (!bestand.Exists || bestand.Length > 4 * RegioHuisstijlOpslaan.MaxLogoBytes)
                {
                    await Console.Error.WriteLineAsync(bestand.Exists
                        ? $"--logo: {bestand.Name} is {bestand.Length / 1024} kB; een logo mag ten hoogste {RegioHuisstijlOpslaan.MaxLogoBytes / 1024} kB zijn."
                        : $"--logo: het bestand {bestand.FullName} bestaat niet.");
                    return CliHost.Refused;
                }

                logoInhoud = await File.ReadAllBytesAsync(bestand.FullName, ct);
            }

            var stam = pr.GetValue(naam) is not null || pr.GetValue(nieuweCode) is not null || pr.GetValue(gemeente) is { Length: > 0 };
            var huisstijl = pr.GetResult(kleur) is not null || logoInhoud is not null || pr.GetValue(geenLogo);
            if (!stam && !huisstijl)
            {
                await Console.Error.WriteLineAsync("Niets te wijzigen: noem ten minste één van --naam, --nieuwe-code, --gemeente, --kleur, --logo of --geen-logo.");
                return CliHost.Refused;
            }

            // Both changes in one transaction: a refused colour leaves a new name unsaved too.
            await using var transactie = await db.Database.BeginTransactionAsync(ct);
            var weigeringen = new List<Weigering>();
            if (stam)
            {
                var uitkomst = await RegioOpslaan.HandleAsync(db, regioCode, new(pr.GetValue(nieuweCode) ?? bestaand.Code, pr.GetValue(naam) ?? bestaand.Naam,
                    pr.GetValue(gemeente) is { Length: > 0 } g ? g : bestaand.Gemeenten.Select(x => x.Code).ToList()), ct);
                weigeringen.AddRange(uitkomst.Weigeringen);
                regioCode = uitkomst.Waarde?.Code ?? regioCode;
            }

            if (weigeringen.Count == 0 && huisstijl)
            {
                var uitkomst = await RegioHuisstijlOpslaan.HandleAsync(db, regioCode,
                    new(pr.GetResult(kleur) is null ? bestaand.Kleur : pr.GetValue(kleur), logoInhoud, pr.GetValue(geenLogo)), ct);
                weigeringen.AddRange(uitkomst.Weigeringen);
            }

            if (weigeringen.Count > 0)
            {
                foreach (var w in weigeringen)
                {
                    await Console.Error.WriteLineAsync($"{(w.Veld == nameof(RegioOpslaan.Gegevens.Code) ? "--nieuwe-code: " : Optie(w.Veld))}{w.Tekst}");
                }

                return CliHost.Refused;
            }

            await transactie.CommitAsync(ct);
            var regio = await db.Regios.AsNoTracking().Include(r => r.Gemeenten).SingleAsync(r => r.Code == regioCode, ct);
            Console.WriteLine($"Regio {regio.Code} ({regio.Naam}) gewijzigd: {regio.Gemeenten.Count} gemeente(n), kleur {regio.Kleur ?? "die van Zorginkoop"}, {(regio.LogoSha256 is null ? "geen logo" : "met logo")}.");
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
        nameof(RegioHuisstijlOpslaan.Gegevens.Kleur) => "--kleur: ",
        nameof(RegioHuisstijlOpslaan.Gegevens.Logo) => "--logo: ",
        _ => "",
    };
}
