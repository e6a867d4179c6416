using Microsoft.EntityFrameworkCore;
using Zorginkoop.Catalogus;
using Zorginkoop.Data;
using Zorginkoop.Formatting;
using Zorginkoop.Monitoring;
using Zorginkoop.Zorgdata;
using static Zorginkoop.Werk.Werkbak;

namespace Zorginkoop.Werk;

/// <summary>
/// The analyst's part: care-data imports that were refused or broke off (until a later import of the same file
/// succeeds), coverage signals of the region's most recent year, and monitor groups whose forecast exceeds the budget.
/// </summary>
internal static class AnalyseWerk
{
    /// <summary>A failed import older than this is history, not work.</summary>
    public const int ImportDagen = 30;

    public static async Task<List<Werkitem>> VoorAsync(ZorginkoopDbContext db, int[] regios, string naam, DateTimeOffset nu, CancellationToken ct)
    {
        var lijst = new List<Werkitem>();
        var regioLijst = await db.Regios.AsNoTracking().Include(r => r.Gemeenten).Where(r => regios.Contains(r.Id)).OrderBy(r => r.Naam).ToListAsync(ct);
        await ImportsAsync(db, regioLijst, naam, nu, lijst, ct);
        var vandaag = NlFormat.DatumInAmsterdam(nu);
        foreach (var r in regioLijst)
        {
            var codes = r.Gemeenten.Select(g => g.Code).ToList();
            if (codes.Count > 0 && await Zorgmonitor.LaatsteJaarAsync(db, codes, ct) is { } jaar && MonitorPeriode.TryParse(jaar.ToString(NlFormat.Cultuur), out var periode))
            {
                var signalen = (await Dekking.BerekenAsync(db, r.Code, periode, ct: ct)).Count(x => x.Signalen.Count > 0);
                if (signalen > 0)
                {
                    lijst.Add(new($"dekking:{r.Id}:{jaar}:{signalen}", Werksoorten.Dekking.Code, r.Id, $"{Aantal(signalen, "dekkingssignaal", "dekkingssignalen")} in {r.Naam} ({jaar})",
                        "Producten en gemeenten waar het aanbod tekortschiet; bij elk signaal staat waarom.",
                        $"/monitor/dekking?regio={Uri.EscapeDataString(r.Code)}&periode={jaar}&alleenSignalen=true", null, Urgentie.Wacht));
                }
            }

            var budgetjaar = await db.Budgetten.Where(b => b.RegioId == r.Id && b.Jaar <= vandaag.Year).MaxAsync(b => (int?)b.Jaar, ct);
            if (budgetjaar is { } bj)
            {
                var overzicht = await Budgetrealisatie.BerekenAsync(db, r.Code, bj, vandaag, ct);
                var over = overzicht.Rijen.Where(x => x.RuimteCent < 0).ToList();
                if (over.Count > 0)
                {
                    var tekort = -over.Sum(x => x.RuimteCent!.Value);
                    lijst.Add(new($"budget:{r.Id}:{bj}:{over.Count}", Werksoorten.Budget.Code, r.Id,
                        $"{(overzicht.JaarAfgesloten ? "Realisatie" : "Prognose")} boven budget in {r.Naam} ({bj})",
                        $"{Aantal(over.Count, "monitorgroep", "monitorgroepen")} samen {NlFormat.Bedrag(tekort)} boven budget: {string.Join(", ", over.Select(x => x.Monitorgroep))}.",
                        $"/monitor/budget?regio={Uri.EscapeDataString(r.Code)}&jaar={bj}", null, Urgentie.Wacht));
                }
            }
        }

        return lijst;
    }

    /// <summary>Runs one may see as on /zorgdata: one's own, and those with a municipality of one's regions (decision record 0009).</summary>
    private static async Task ImportsAsync(ZorginkoopDbContext db, List<Regio> regios, string naam, DateTimeOffset nu, List<Werkitem> lijst, CancellationToken ct)
    {
        var sinds = nu.AddDays(-ImportDagen);
        var gemeenten = regios.SelectMany(r => r.Gemeenten).Select(g => "," + g.Code + ",").Distinct().ToList();
        var runs = await db.Zorgdata.Importruns.AsNoTracking().Where(r => r.Gestart >= sinds).ToListAsync(ct);
        var zichtbaar = runs.Where(r => r.Gebruiker == naam || (r.Gemeenten is { } g && gemeenten.Any(g.Contains))).ToList();
        foreach (var run in zichtbaar.Where(r => r.Resultaat is Resultaten.Geweigerd or Resultaten.Afgebroken))
        {
            // Done once the same file went in later.
            if (runs.Any(r => r.Gestart > run.Gestart && r.Bestandsnaam == run.Bestandsnaam && r.Resultaat is Resultaten.Gelukt or Resultaten.AlGeimporteerd))
            {
                continue;
            }

            var regio = regios.FirstOrDefault(r => run.Gemeenten is { } g && r.Gemeenten.Any(x => g.Contains("," + x.Code + ",", StringComparison.Ordinal)))?.Id ?? regios[0].Id;
            lijst.Add(new($"import:{run.Id}", Werksoorten.Import.Code, regio,
                $"Import {(run.Resultaat == Resultaten.Geweigerd ? "geweigerd" : "afgebroken")}: {run.Bestandsnaam}",
                run.Resultaat == Resultaten.Geweigerd
                    ? $"Gestart door {run.Gebruiker} op {NlFormat.DatumTijd(run.Gestart)}; er is niets opgeslagen. Verbeter het bestand en importeer het opnieuw."
                    : $"Gestart door {run.Gebruiker} op {NlFormat.DatumTijd(run.Gestart)} en halverwege gestopt; er is niets opgeslagen. Importeer het opnieuw.",
                // The status page of a run is its starter's; a colleague's run is on the list of her regions' runs.
                run.Opdracht is { } o && run.Gebruiker == naam ? $"/zorgdata/import/{o}" : "/zorgdata", run.Gestart, Urgentie.Dringend));
        }
    }
}
