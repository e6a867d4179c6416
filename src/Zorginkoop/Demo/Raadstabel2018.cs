using System.Globalization;
using System.Text;
using Zorginkoop.Catalogus;

namespace Zorginkoop.Demo;

/// <summary>
/// Demo care data, and the yardstick of the monitor's tests: care lines for Woerden (0632) in 2018 that produce exactly the council table of the second source (domain.md):
/// per group the trajecten, unique clients and costs, with clients shared between groups (so they do not add up) and
/// two Wmo groups at exactly 50 cents, so that the groups add up to € 2.979.716 while the total is € 2.979.715.
/// Around it: lines of 2017 and 2019, of Montfoort, and a debet with its credit, none of which may change the table.
/// </summary>
public static class Raadstabel2018
{
    public sealed record Groep(Domein Domein, string Naam, string[] Producten, string Eenheid, int Trajecten, int Clienten, long KostenCent);

    public static readonly IReadOnlyList<Groep> Groepen =
    [
        new(Domein.Jeugd, "Verblijf", ["43A03", "44A01"], "14", 112, 89, 118_872_300),
        new(Domein.Jeugd, "Behandeling", ["45A51"], "04", 1218, 1002, 241_267_200),
        new(Domein.Jeugd, "Begeleiding", ["45A48"], "04", 143, 113, 57_508_100),
        new(Domein.Jeugd, "Dagbesteding", ["41A03"], "16", 65, 42, 31_106_300),
        new(Domein.Jeugd, "Dyslexie", ["54D01"], "82", 166, 163, 25_256_500),
        new(Domein.Jeugd, "Persoonlijke verzorging", ["40A01"], "04", 3, 1, 301_900),
        new(Domein.Jeugd, "Innovatie", ["50I01"], "83", 56, 34, 41_666_000),
        new(Domein.Jeugd, "Essentiële functies", ["43E01"], "14", 18, 13, 59_263_700),
        new(Domein.Wmo, "Begeleiding groep", ["07A01"], "16", 368, 285, 130_842_150),
        new(Domein.Wmo, "Begeleiding individueel", ["02A03"], "04", 576, 370, 155_230_250),
        new(Domein.Wmo, "Arbeidsmatige dagbesteding", ["07A05"], "16", 4, 4, 665_600),
        new(Domein.Wmo, "Kortdurend verblijf", ["04A01"], "14", 7, 7, 2_007_000),
        new(Domein.Wmo, "Vervoer", ["08A01"], "82", 198, 150, 9_226_500),
    ];

    /// <summary>Distinct clients per domain in the table (Jeugd 1.085, Wmo 567; nobody in both).</summary>
    public static readonly IReadOnlyDictionary<Domein, int> ClientenPerDomein = new Dictionary<Domein, int>
    {
        [Domein.Jeugd] = 1085,
        [Domein.Wmo] = 567,
    };

    public sealed record Regel(string? Toewijzing, string Bsn, string Gemeente, string Agb, string Product, DateOnly Begin, DateOnly Eind, long Volume, string Eenheid, long BedragCent);

    public static IEnumerable<Regel> Regels()
    {
        var bsns = new BsnReeks();
        var toewijzing = 700_000;
        foreach (var domein in new[] { Domein.Jeugd, Domein.Wmo })
        {
            var pool = Enumerable.Range(0, ClientenPerDomein[domein]).Select(_ => bsns.Volgende()).ToArray();
            var start = 0;
            foreach (var g in Groepen.Where(g => g.Domein == domein))
            {
                // The group's clients: a contiguous run of the pool (wrapping), so together the groups cover the pool.
                var clienten = Enumerable.Range(0, g.Clienten).Select(i => pool[(start + i) % pool.Length]).ToArray();
                start = (start + g.Clienten) % pool.Length;
                var kosten = Verdeel(g.KostenCent, g.Trajecten);
                for (var t = 0; t < g.Trajecten; t++)
                {
                    toewijzing++;
                    var bsn = clienten[t % clienten.Length];
                    var agb = $"9800{(t % 33) + 1:0000}";
                    var product = g.Producten[t % g.Producten.Length];
                    // A traject without allocation number now and then: counted by client × provider × product instead.
                    string? nummer = t % 17 == 5 && t >= clienten.Length ? null : toewijzing.ToString(CultureInfo.InvariantCulture);
                    var maanden = (t % 3) + 1;
                    var delen = Verdeel(kosten[t], maanden);
                    for (var m = 0; m < maanden; m++)
                    {
                        var begin = new DateOnly(2018, ((t + (m * 4)) % 12) + 1, 1);
                        yield return new(nummer, bsn, "0632", agb, product, begin, begin.AddMonths(1).AddDays(-1), m + 1, g.Eenheid, delen[m]);
                    }

                    if (t == 0)
                    {
                        // A wrong claim and its credit in the same traject: no costs, no extra traject or client.
                        var begin = new DateOnly(2018, 6, 1);
                        yield return new(nummer, bsn, "0632", agb, product, begin, begin.AddDays(29), 3, g.Eenheid, 12_345);
                        yield return new(nummer, bsn, "0632", agb, product, begin, begin.AddDays(29), 3, g.Eenheid, -12_345);
                    }
                }
            }
        }

        // Outside the table: Woerden before and after 2018, and Montfoort in 2018.
        var ander = bsns.Volgende();
        yield return new("900001", ander, "0632", "98000001", "45A51", new(2017, 12, 1), new(2017, 12, 31), 5, "04", 50_000);
        yield return new("900002", ander, "0632", "98000001", "45A51", new(2019, 1, 1), new(2019, 1, 31), 5, "04", 70_000);
        yield return new("900003", bsns.Volgende(), "0335", "98000002", "07A01", new(2018, 5, 1), new(2018, 5, 31), 4, "16", 90_000);
    }

    public static string Csv()
    {
        var sb = new StringBuilder("toewijzingnummer;bsn;gemeente;agb;productcode;begindatum;einddatum;volume;eenheid;bedrag_cent\n");
        foreach (var r in Regels())
        {
            sb.Append(CultureInfo.InvariantCulture,
                $"{r.Toewijzing};{r.Bsn};{r.Gemeente};{r.Agb};{r.Product};{r.Begin:yyyy-MM-dd};{r.Eind:yyyy-MM-dd};{r.Volume};{r.Eenheid};{r.BedragCent}\n");
        }

        return sb.ToString();
    }

    /// <summary>Splits an amount in cents over n parts that add up exactly.</summary>
    private static long[] Verdeel(long totaal, int n)
    {
        var deel = totaal / n;
        var rest = totaal - (deel * n);
        return Enumerable.Range(0, n).Select(i => deel + (i < rest ? 1 : 0)).ToArray();
    }

    /// <summary>Valid BSNs (11-proef) in a fixed order, starting at 100000000: synthetic, not real people.</summary>
    private sealed class BsnReeks
    {
        private long volgende = 100_000_000;

        public string Volgende()
        {
            while (true)
            {
                var s = (volgende++).ToString(CultureInfo.InvariantCulture);
                if (Zorgdata.Bsn.IsGeldig(s))
                {
                    return s;
                }
            }
        }
    }
}
