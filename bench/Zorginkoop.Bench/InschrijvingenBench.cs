using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Catalogus;
using Zorginkoop.Data;
using Zorginkoop.Inschrijvingen;

namespace Zorginkoop.Bench;

/// <summary>
/// The deadline rush: <c>n</c> providers with a draft each upload a 1 MB file and then all submit at once, 16 at a
/// time, each through its own DbContext as separate requests would. Reports uploads (MB/s) and submissions per
/// second with the median and 95th percentile of one submission.
/// </summary>
public static class InschrijvingenBench
{
    private const int Gelijktijdig = 16;

    /// <summary>A published procedure with one lot, its standard requirements, and providers with a draft each.</summary>
    public sealed record Opzet(int Aanbesteding, List<int> Aanbieders, List<Inschrijvingseis> Eisen, Kluis Kluis, Kwaliteitsdeel Kwaliteit)
    {
        public static readonly Prijsdeel Prijs = new(new Dictionary<int, long> { [1] = 6500 });
    }

    public static Kluis NieuweKluis(string map) =>
        new(new ServiceCollection().AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(map, "sleutels")))
            .Services.BuildServiceProvider().GetRequiredService<IDataProtectionProvider>(), map);

    public static async Task<Opzet> OpzettenAsync(Func<ZorginkoopDbContext> context, Kluis kluis, string naam, int n, DateTimeOffset nu, DateTimeOffset sluiting)
    {
        int aanbesteding;
        List<int> aanbieders;
        List<Inschrijvingseis> eisen;
        await using (var db = context())
        {
            var regio = await db.Regios.Include(r => r.Segmenten).SingleAsync(r => r.Code == "lekstroom");
            var a = Aanbesteding.Nieuw(regio.Id, naam, Procedurevorm.OpenbaarEuropees);
            a.Publicatiedatum = DateOnly.FromDateTime(nu.UtcDateTime);
            a.Sluitingsmoment = sluiting;
            a.ContractStart = DateOnly.FromDateTime(nu.UtcDateTime.AddYears(1));
            a.Percelen.Add(new Perceel { Nummer = 1, Naam = "Bench", SegmentId = regio.Segmenten.First().Id });
            db.Aanbestedingen.Add(a);
            await db.SaveChangesAsync();
            await EisenBeheer.StandaardToevoegenAsync(db, a);
            var fout = await AanbestedingAanpassen.PasToeAsync(db, a, new Verzoek(Gebeurtenis.Publiceren), "bench", nu);
            if (fout is not null)
            {
                throw new InvalidOperationException(fout.Tekst);
            }

            var eerste = await db.Zorgaanbieders.CountAsync();
            for (var i = 0; i < n; i++)
            {
                db.Zorgaanbieders.Add(new Zorgaanbieder
                {
                    Naam = $"{naam} aanbieder {i}",
                    KvkNummer = (90_000_000 + eerste + i).ToString(CultureInfo.InvariantCulture),
                    AgbCode = (97_000_000 + eerste + i).ToString(CultureInfo.InvariantCulture)
                });
            }

            await db.SaveChangesAsync();
            aanbesteding = a.Id;
            aanbieders = await db.Zorgaanbieders.Where(z => z.Naam.StartsWith(naam + " aanbieder")).Select(z => z.Id).ToListAsync();
            eisen = await EisenBeheer.VanAsync(db, a.Id);
        }

        var kwaliteit = new Kwaliteitsdeel([1], eisen.Where(e => e.Soort == EisSoort.Verklaring).ToDictionary(e => e.Id, _ => true),
            eisen.Where(e => e.Soort == EisSoort.Vraag).ToDictionary(e => e.Id, _ => new string('x', 4000)));

        // Drafts with answers and price.
        await Parallel.ForEachAsync(aanbieders, new ParallelOptions { MaxDegreeOfParallelism = Gelijktijdig }, async (z, ct) =>
        {
            await using var db = context();
            var a = await db.Aanbestedingen.SingleAsync(x => x.Id == aanbesteding, ct);
            var i = await Inschrijven.ConceptAsync(db, kluis, aanbesteding, z, nu, ct);
            Controleer((await Inschrijven.BewaarAsync(db, kluis, a, i, kwaliteit, Opzet.Prijs, nu, ct))?.Tekst);
        });
        return new(aanbesteding, aanbieders, eisen, kluis, kwaliteit);
    }

    public static async Task RunAsync(Func<ZorginkoopDbContext> context, string map, string provider, int n)
    {
        var nu = DateTimeOffset.UtcNow;
        var (aanbesteding, aanbieders, eisen, kluis, _) = await OpzettenAsync(context, NieuweKluis(map), "Bench inschrijvingen", n, nu, nu.AddDays(1));
        var bestand = Pdf(1024 * 1024);

        // The uploads (timed).
        var sw = Stopwatch.StartNew();
        await Parallel.ForEachAsync(aanbieders, new ParallelOptions { MaxDegreeOfParallelism = Gelijktijdig }, async (z, ct) =>
        {
            await using var db = context();
            var a = await db.Aanbestedingen.SingleAsync(x => x.Id == aanbesteding, ct);
            var i = await db.Inschrijvingen.Include(x => x.Bestanden).SingleAsync(x => x.AanbestedingId == aanbesteding && x.ZorgaanbiederId == z, ct);
            using var inhoud = new MemoryStream(bestand);
            Controleer((await Inschrijven.BewaarBestandAsync(db, kluis, a, i, eisen.Single(e => e.Soort == EisSoort.Bestand), inhoud, "plan.pdf", DateTimeOffset.UtcNow, ct))?.Tekst);
        });
        var upload = sw.Elapsed.TotalSeconds;

        // The rush: everyone submits.
        var tijden = new System.Collections.Concurrent.ConcurrentBag<double>();
        sw.Restart();
        await Parallel.ForEachAsync(aanbieders, new ParallelOptions { MaxDegreeOfParallelism = Gelijktijdig }, async (z, ct) =>
        {
            var een = Stopwatch.StartNew();
            await using var db = context();
            var a = await db.Aanbestedingen.SingleAsync(x => x.Id == aanbesteding, ct);
            var i = await db.Inschrijvingen.Include(x => x.Bestanden).SingleAsync(x => x.AanbestedingId == aanbesteding && x.ZorgaanbiederId == z, ct);
            Controleer((await Inschrijven.IndienenAsync(db, kluis, a, i, Guid.NewGuid(), DateTimeOffset.UtcNow, ct)).Weigering?.Tekst);
            tijden.Add(een.Elapsed.TotalMilliseconds);
        });
        var indienen = sw.Elapsed.TotalSeconds;
        var gesorteerd = tijden.Order().ToList();
        await using (var db = context())
        {
            var aantal = await KluisOpenen.AantalIngediendAsync(db, aanbesteding);
            if (aantal != n)
            {
                throw new InvalidOperationException($"{aantal} van {n} ingediend.");
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {provider} | {n:N0} | {n / upload:N0} MB/s ({n / upload:N1} uploads/s) | {n / indienen:N0} indieningen/s | {gesorteerd[gesorteerd.Count / 2]:N0} ms | {gesorteerd[(int)(gesorteerd.Count * 0.95)]:N0} ms | {gesorteerd[^1]:N0} ms | {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024:N0} MB |"));
    }

    /// <summary>Random bytes behind a PDF header: a bid's files are recognised by their content (DocumentSoort).</summary>
    public static byte[] Pdf(int grootte)
    {
        var bestand = new byte[grootte];
        Random.Shared.NextBytes(bestand);
        "%PDF-1.7\n"u8.CopyTo(bestand);
        return bestand;
    }

    public static void Controleer(string? weigering)
    {
        if (weigering is not null)
        {
            throw new InvalidOperationException(weigering);
        }
    }
}
