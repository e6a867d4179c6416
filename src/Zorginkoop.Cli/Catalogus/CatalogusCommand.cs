using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zorginkoop.Catalogus.Import;
using Zorginkoop.Data;

namespace Zorginkoop.Cli.Catalogus;

/// <summary><c>zorginkoop catalogus import &lt;bestand&gt; --regio &lt;code&gt;</c> and <c>catalogus export --regio &lt;code&gt;</c>.</summary>
public static class CatalogusCommand
{
    public static Command Create()
    {
        var catalogus = new Command("catalogus", "Producten en tarieven van een regio importeren of exporteren (CSV).");
        catalogus.Subcommands.Add(Import());
        catalogus.Subcommands.Add(Export());
        return catalogus;
    }

    private static Option<string> RegioOptie() => new("--regio")
    {
        Description = "De code van de regio, zoals lekstroom of utrecht-west.",
        Required = true,
    };

    private static Command Import()
    {
        var bestand = new Argument<FileInfo>("bestand") { Description = "CSV-bestand met kopregel code;naam;domein;categorie;monitorgroep;eenheid." };
        var regio = RegioOptie();
        var import = new Command("import", "Een catalogusbestand importeren: alles of niets.") { bestand, regio };
        import.SetAction((pr, ct) => CliHost.RunAsync(pr, async (sp, ct) =>
        {
            var info = pr.GetValue(bestand)!;
            if (!info.Exists)
            {
                await Console.Error.WriteLineAsync($"{info.Name}: het bestand bestaat niet.");
                return CliHost.Refused;
            }

            await using var stream = info.OpenRead();
            var r = await CatalogusImport.RunAsync(sp.GetRequiredService<ZorginkoopDbContext>(), pr.GetValue(regio)!, stream, ct);
            if (!r.Gelukt)
            {
                foreach (var m in r.Meldingen)
                {
                    await Console.Error.WriteLineAsync($"{info.Name}, {m}");
                }

                await Console.Error.WriteLineAsync($"{info.Name}: {r.Meldingen.Count} fout(en); er is niets opgeslagen.");
                return CliHost.Refused;
            }

            Console.WriteLine($"{info.Name} geïmporteerd in regio {r.Regio}: {r.ProductenNieuw} producten toegevoegd, " +
                $"{r.ProductenBijgewerkt} bijgewerkt; {r.TarievenNieuw} tarieven toegevoegd, {r.TarievenBijgewerkt} gewijzigd.");
            return CliHost.Success;
        }, ct));
        return import;
    }

    private static Command Export()
    {
        var regio = RegioOptie();
        var uitvoer = new Option<FileInfo?>("--uitvoer", "-o") { Description = "Bestand om naar te schrijven; zonder deze optie naar standaarduitvoer." };
        var export = new Command("export", "De catalogus van een regio schrijven in het importformaat.") { regio, uitvoer };
        export.SetAction((pr, ct) => CliHost.RunAsync(pr, async (sp, ct) =>
        {
            var db = sp.GetRequiredService<ZorginkoopDbContext>();
            var code = pr.GetValue(regio)!;
            if (!await db.Regios.AnyAsync(r => r.Code == code, ct))
            {
                await Console.Error.WriteLineAsync($"Regio '{code}' bestaat niet.");
                return CliHost.Refused;
            }

            if (pr.GetValue(uitvoer) is not { } doel)
            {
                await using var standaard = Console.OpenStandardOutput();
                await CatalogusExport.WriteAsync(db, code, standaard, ct);
                return CliHost.Success;
            }

            var regels = await CliBestand.SchrijfAsync(doel, stream => CatalogusExport.WriteAsync(db, code, stream, ct));
            Console.WriteLine($"{regels} regels geschreven naar {doel.FullName}.");
            return CliHost.Success;
        }, ct));
        return export;
    }
}
