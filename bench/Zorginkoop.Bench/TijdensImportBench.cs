using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;
using Zorginkoop.Inschrijvingen;
using Zorginkoop.Vragen;

namespace Zorginkoop.Bench;

/// <summary>
/// Providers at work while a national care-data import runs (issue 13, point 2): the import runs in a process of its own
/// (<see cref="ImportProces"/>, the CLI's path), and meanwhile this process has <see cref="Gelijktijdig"/> providers
/// cycle through save draft → submit → withdraw → ask a question, each step through its own DbContext as separate
/// requests do, and two officers open a second procedure's vault halfway. Every step's latency and every failure is
/// counted; the row reports them per kind and in all.
/// </summary>
public static class TijdensImportBench
{
    private const int Gelijktijdig = 8;

    public static async Task<string> RunAsync(Func<ZorginkoopDbContext> context, string map, string provider, long regels,
        Func<Task<(double Seconden, long PiekMb)>> import)
    {
        var nu = DateTimeOffset.UtcNow;
        var kluis = InschrijvingenBench.NieuweKluis(map);
        var werk = await InschrijvingenBench.OpzettenAsync(context, kluis, "Bench tijdens import", 64, nu, nu.AddDays(1));
        var kluisproef = await InschrijvingenBench.OpzettenAsync(context, kluis, "Bench kluis", 16, nu, nu.AddHours(1));
        var bestand = InschrijvingenBench.Pdf(16 * 1024);
        foreach (var opzet in new[] { werk, kluisproef })
        {
            foreach (var z in opzet.Aanbieders)
            {
                await using var db = context();
                var a = await db.Aanbestedingen.SingleAsync(x => x.Id == opzet.Aanbesteding);
                var i = await db.Inschrijvingen.Include(x => x.Bestanden).SingleAsync(x => x.AanbestedingId == opzet.Aanbesteding && x.ZorgaanbiederId == z);
                using var inhoud = new MemoryStream(bestand);
                InschrijvingenBench.Controleer((await Inschrijven.BewaarBestandAsync(db, kluis, a, i, opzet.Eisen.Single(e => e.Soort == EisSoort.Bestand), inhoud, "plan.pdf", nu))?.Tekst);
                if (opzet == kluisproef)
                {
                    InschrijvingenBench.Controleer((await Inschrijven.IndienenAsync(db, kluis, a, i, Guid.NewGuid(), nu)).Weigering?.Tekst);
                }
            }
        }

        // The same work first for ten seconds without an import (the baseline), then while the year is imported.
        var zonder = await WerkAsync(context, kluis, werk, null, Task.Delay(TimeSpan.FromSeconds(10)));
        var importTaak = import();
        var tijdens = await WerkAsync(context, kluis, werk, kluisproef, importTaak);
        var (importSeconden, _) = await importTaak;
        await using (var db = context())
        {
            if (!await KluisOpenen.IsOpenAsync(db, kluisproef.Aanbesteding))
            {
                tijdens.Fouten.Add("kluis: niet geopend");
            }
        }

        foreach (var f in zonder.Fouten.Concat(tijdens.Fouten).GroupBy(f => f).Take(5))
        {
            Console.Error.WriteLine($"fout ({f.Count()}x): {f.Key}");
        }

        return zonder.Rij(provider, "zonder import (10 s)") + "\n" +
            tijdens.Rij(provider, string.Create(CultureInfo.InvariantCulture, $"tijdens import van {regels:N0} regels ({regels / importSeconden:N0} regels/s, {importSeconden:0.0} s)"));
    }

    private sealed record Meting(ConcurrentDictionary<string, ConcurrentBag<double>> Tijden, ConcurrentBag<string> Fouten)
    {
        public string Rij(string provider, string wanneer)
        {
            var alle = Tijden.Values.SelectMany(t => t).Order().ToList();
            string Per(string soort)
            {
                var t = Tijden.TryGetValue(soort, out var b) ? b.Order().ToList() : [];
                return t.Count == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{Percentiel(t, 0.99):N0} ms ({t.Count:N0})");
            }

            return string.Create(CultureInfo.InvariantCulture,
                $"| {provider} | {wanneer} | {alle.Count:N0} | {Percentiel(alle, 0.5):N0} ms | {Percentiel(alle, 0.99):N0} ms | {alle[^1]:N0} ms | {Per("concept")} | {Per("indienen")} | {Per("intrekken")} | {Per("vraag")} | {Per("kluis")} | {Fouten.Count} |");
        }
    }

    /// <summary>
    /// <see cref="Gelijktijdig"/> providers cycle through their steps until <paramref name="einde"/>; with
    /// <paramref name="kluisproef"/> two officers open that procedure's vault once the import is writing.
    /// </summary>
    private static async Task<Meting> WerkAsync(Func<ZorginkoopDbContext> context, Kluis kluis, InschrijvingenBench.Opzet werk,
        InschrijvingenBench.Opzet? kluisproef, Task einde)
    {
        var meting = new Meting(new(), []);
        async Task Meet(string soort, Func<ZorginkoopDbContext, Task<string?>> stap)
        {
            var sw = Stopwatch.StartNew();
            try
            {
                await using var db = context();
                if (await stap(db) is { } weigering)
                {
                    meting.Fouten.Add($"{soort}: {weigering}");
                }
            }
            catch (Exception e)
            {
                meting.Fouten.Add($"{soort}: {e.GetType().Name}: {e.Message}");
            }

            meting.Tijden.GetOrAdd(soort, _ => []).Add(sw.Elapsed.TotalMilliseconds);
        }

        var kluisTaak = kluisproef is null ? Task.CompletedTask : Task.Run(async () =>
        {
            // Once the import is writing (its run is recorded first), after the deadline of the second procedure.
            while (!einde.IsCompleted)
            {
                await using var db = context();
                if (await db.Zorgdata.Importruns.AnyAsync(r => r.Resultaat == Zorginkoop.Zorgdata.Resultaten.Bezig))
                {
                    break;
                }

                await Task.Delay(100);
            }

            await Task.Delay(TimeSpan.FromSeconds(3));
            var na = DateTimeOffset.UtcNow.AddHours(2);
            await Meet("kluis", async db => (await KluisOpenen.AanvragenAsync(db, await db.Aanbestedingen.SingleAsync(a => a.Id == kluisproef.Aanbesteding), "inkoper-a", na))?.Tekst);
            await Meet("kluis", async db => (await KluisOpenen.BevestigenAsync(db, await db.Aanbestedingen.SingleAsync(a => a.Id == kluisproef.Aanbesteding), "inkoper-b", na))?.Tekst);
        });
        await Parallel.ForEachAsync(Enumerable.Range(0, Gelijktijdig), CancellationToken.None, async (w, _) =>
        {
            for (var ronde = 0; !einde.IsCompleted; ronde++)
            {
                var z = werk.Aanbieders[(w + (ronde * Gelijktijdig)) % werk.Aanbieders.Count];
                async Task<(Zorginkoop.Aanbestedingen.Aanbesteding, Inschrijving)> Laad(ZorginkoopDbContext db) =>
                    (await db.Aanbestedingen.SingleAsync(a => a.Id == werk.Aanbesteding, CancellationToken.None),
                     await db.Inschrijvingen.Include(x => x.Bestanden).SingleAsync(x => x.AanbestedingId == werk.Aanbesteding && x.ZorgaanbiederId == z, CancellationToken.None));
                await Meet("concept", async db =>
                {
                    var (a, i) = await Laad(db);
                    return (await Inschrijven.BewaarAsync(db, kluis, a, i, werk.Kwaliteit, InschrijvingenBench.Opzet.Prijs, DateTimeOffset.UtcNow))?.Tekst;
                });
                await Meet("indienen", async db =>
                {
                    var (a, i) = await Laad(db);
                    return (await Inschrijven.IndienenAsync(db, kluis, a, i, Guid.NewGuid(), DateTimeOffset.UtcNow)).Weigering?.Tekst;
                });
                await Meet("intrekken", async db =>
                {
                    var (a, i) = await Laad(db);
                    return (await Inschrijven.IntrekkenAsync(db, a, i, DateTimeOffset.UtcNow))?.Tekst;
                });
                await Meet("vraag", async db =>
                {
                    var a = await db.Aanbestedingen.SingleAsync(x => x.Id == werk.Aanbesteding);
                    return (await VraagStellen.HandleAsync(db, a, new(z, $"Vraag {w}-{ronde} over de planning?", null, null), "bench", DateTimeOffset.UtcNow)).Weigering?.Tekst;
                });
            }
        });
        await kluisTaak;
        return meting;
    }

    private static double Percentiel(List<double> gesorteerd, double p) => gesorteerd[Math.Min(gesorteerd.Count - 1, (int)(gesorteerd.Count * p))];
}
