using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Accounts;
using Zorginkoop.Data;
using Zorginkoop.Documenten;
using Zorginkoop.Zoeken;

namespace Zorginkoop.Bench;

/// <summary>
/// Search at the size of issue 16: <c>aantal</c> procedures with five documents each (10,000 and 50,000 by default),
/// indexed through the product's own path (SaveChanges and the index hook, as an upload does), then 300 questions of
/// one to three words, rare and common, timed one by one in a warm process as the public and as an officer: the time
/// of <see cref="Zoekopdracht.ZoekAsync"/> (counts per kind, the ranked page of 20 and its marked fragments).
/// </summary>
public static class ZoekenBench
{
    /// <summary>Words of the domain, the most common first; the texts draw them by Zipf's law, with made-up words beside them.</summary>
    private static readonly string[] Domein =
    [
        "de", "het", "van", "een", "en", "in", "voor", "aanbieder", "jeugdhulp", "zorg", "gemeente", "regio", "cliënt", "begeleiding",
        "ondersteuning", "inkoop", "tarief", "perceel", "inschrijving", "aanbesteding", "overeenkomst", "contract", "behandeling",
        "verblijf", "dagbesteding", "huishoudelijke", "hulp", "wmo", "jeugdwet", "kwaliteit", "toegang", "beschikking", "declaratie",
        "product", "segment", "gezinsvormen", "pleegzorg", "crisis", "ambulant", "specialistische", "ggz", "verslavingszorg",
        "wijkteam", "woonplaatsbeginsel", "indexering", "kostprijs", "reistijd", "productiviteit", "overhead", "cao",
        "consultatie", "marktconsultatie", "vragenuur", "nota", "inlichtingen", "gunning", "bezwaar", "opschortingstermijn",
        "raamovereenkomst", "toelating", "uitsluitingsgrond", "geschiktheidseis", "gunningscriterium", "plan", "aanpak",
        "monitoring", "verantwoording", "accountant", "privacy", "bsn", "iwmo", "ijw", "berichtenverkeer", "vecozo",
        "logeeropvang", "kortdurend", "beschermd", "wonen", "maatschappelijke", "opvang", "vervoer", "hulpmiddelen",
        "woningaanpassing", "mantelzorg", "respijtzorg", "schuldhulpverlening", "participatie", "preventie", "onderwijs",
        "leerplicht", "dyslexie", "forensisch", "jeugdbescherming", "reclassering", "veiligheid", "huiselijk", "geweld",
    ];

    public static async Task RunAsync(Func<ZorginkoopDbContext> context, int aantal)
    {
        var random = new Random(16);
        var woorden = Woordenschat(random);
        var sw = Stopwatch.StartNew();
        int[] regios;
        await using (var db = context())
        {
            regios = await db.Regios.OrderBy(r => r.Id).Select(r => r.Id).Take(2).ToArrayAsync();
        }

        for (var i = 0; i < aantal; i += 100)
        {
            await using var db = context();
            for (var j = i; j < Math.Min(aantal, i + 100); j++)
            {
                var a = Aanbesteding.Nieuw(regios[j % regios.Length], $"{Zin(random, woorden, 4)} {j}", (Procedurevorm)(1 + (j % 4)));
                a.Omschrijving = Zin(random, woorden, 40);
                // One in ten is a concept: found by its region's officers only.
                a.Status = j % 10 == 0 ? AanbestedingStatus.Concept : AanbestedingStatus.Gepubliceerd;
                for (var d = 0; d < 5; d++)
                {
                    a.Documenten.Add(new Document
                    {
                        Titel = Zin(random, woorden, 5),
                        Bestandsnaam = $"document-{j}-{d}.pdf",
                        ContentType = DocumentSoort.Pdf.ContentType,
                        Sha256 = new string('0', 64),
                        Opslagnaam = Guid.NewGuid().ToString(),
                        Door = "bench",
                        Moment = DateTimeOffset.UnixEpoch,
                        // About 3,000 characters a document, as a short PDF: the text an upload reads from the file.
                        Zoektekst = Zin(random, woorden, 400),
                    });
                }

                db.Aanbestedingen.Add(a);
            }

            await db.SaveChangesAsync();
            if (i % 2000 == 0)
            {
                Console.Error.Write($"\rgeïndexeerd: {i + 100:N0} aanbestedingen");
            }
        }

        var vullen = sw.Elapsed;
        int items;
        string databank;
        await using (var db = context())
        {
            items = await db.Zoekitems.CountAsync();
            databank = db.Database.IsSqlite() ? "SQLite" : "PostgreSQL";
        }

        Console.Error.WriteLine($"\r{aantal:N0} aanbestedingen met {aantal * 5:N0} documenten geïndexeerd ({items:N0} items) in {vullen.TotalSeconds:N0} s");

        // Questions: one to three words, half from the domain's common words (many matches to rank), half rare.
        var vragen = Enumerable.Range(0, 300).Select(i => string.Join(' ', Enumerable.Range(0, 1 + (i % 3))
            .Select(_ => i % 2 == 0 ? Domein[7 + random.Next(40)] : woorden[random.Next(woorden.Length)]))).ToList();
        foreach (var (naam, kijker) in new[] { ("publiek", Kijker.Publiek), ("inkoper", Kijker.Medewerker([regios[0]])) })
        {
            var tijden = new List<double>();
            var treffers = 0L;
            for (var i = -20; i < vragen.Count; i++)
            {
                await using var db = context();
                sw.Restart();
                var r = await Zoekopdracht.ZoekAsync(db, kijker, new Zoekvraag(vragen[Math.Max(0, i)]), default);
                if (i >= 0)
                {
                    // The first twenty warm the process up (JIT, the database's cache) and are not counted.
                    tijden.Add(sw.Elapsed.TotalMilliseconds);
                    treffers += r.Totaal;
                    if (i < 4)
                    {
                        Console.Error.WriteLine($"  '{vragen[i]}': {r.Totaal:N0} resultaten in {tijden[^1]:N1} ms");
                    }
                }
            }

            tijden.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {databank} | {aantal:N0} / {aantal * 5:N0} | {naam} | {treffers / vragen.Count:N0} | {tijden[tijden.Count / 2]:N1} ms | {tijden[(int)(tijden.Count * 0.95)]:N1} ms | {tijden[^1]:N1} ms |"));
        }
    }

    /// <summary>The domain's words and 20,000 made-up ones of two to four syllables, so the index has a real vocabulary's size.</summary>
    private static string[] Woordenschat(Random random)
    {
        string[] lettergrepen = ["ver", "be", "ge", "on", "der", "hul", "zorg", "wijk", "kind", "ou", "ders", "team", "plan", "ning", "heid", "lijk", "ing", "st", "raad", "werk"];
        var gemaakt = Enumerable.Range(0, 20_000).Select(_ =>
        {
            var sb = new StringBuilder();
            for (var s = 0; s < 2 + random.Next(3); s++)
            {
                sb.Append(lettergrepen[random.Next(lettergrepen.Length)]);
            }

            return sb.ToString();
        });
        return [.. Domein, .. gemaakt.Distinct()];
    }

    /// <summary><paramref name="lengte"/> words, the i-th word of the vocabulary drawn with a weight of 1/i (Zipf).</summary>
    private static string Zin(Random random, string[] woorden, int lengte)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < lengte; i++)
        {
            var index = (int)Math.Min(woorden.Length - 1, Math.Exp(random.NextDouble() * Math.Log(woorden.Length)) - 1);
            sb.Append(woorden[index]).Append(' ');
        }

        return sb.ToString().TrimEnd();
    }
}
