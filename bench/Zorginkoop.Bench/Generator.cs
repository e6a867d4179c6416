using System.Globalization;
using System.Text;

namespace Zorginkoop.Bench;

/// <summary>
/// Realistic care data of any size for one year: the Utrecht-West demo catalogue and municipalities, a client
/// population of about a tenth of the lines, allocations that run several months, monthly claim lines, a few percent
/// credits. Deterministic for a given seed, so runs compare.
/// </summary>
public sealed class Generator(int jaar, int seed = 2018)
{
    private static readonly (string Code, string Eenheid, int Tarief)[] Producten =
    [
        ("43A03", "14", 21500), ("44A01", "14", 14000), ("45A51", "04", 11000), ("45A48", "04", 6500), ("41A03", "16", 8500),
        ("54D01", "82", 150000), ("40A01", "04", 5200), ("50I01", "83", 100), ("43E01", "14", 32000), ("07A01", "16", 4500),
        ("02A03", "04", 6000), ("07A05", "16", 3500), ("04A01", "14", 13500), ("08A01", "82", 1250),
    ];

    private static readonly string[] Gemeenten = ["0632", "0335", "0589", "1904", "0736"];

    public const string Kop = "toewijzingnummer;bsn;gemeente;agb;productcode;begindatum;einddatum;volume;eenheid;bedrag_cent";

    public IEnumerable<string> Regels(long aantal)
    {
        var random = new Random(seed);
        var clienten = Math.Max(10, aantal / 10);
        long geschreven = 0;
        long toewijzing = 1;
        while (geschreven < aantal)
        {
            var client = Bsn(100_000_000 + ((random.NextInt64(clienten) + 1) * 11));
            var gemeente = Gemeenten[random.Next(Gemeenten.Length)];
            var (code, eenheid, tarief) = Producten[random.Next(Producten.Length)];
            var agb = $"9800{random.Next(1, 34):0000}";
            var start = random.Next(1, 13);
            var maanden = Math.Min(12 - start + 1, random.Next(1, 7));
            var nummer = toewijzing++;
            for (var m = 0; m < maanden && geschreven < aantal; m++)
            {
                var begin = new DateOnly(jaar, start + m, 1);
                var volume = random.Next(1, 40);
                var bedrag = (long)volume * tarief;
                var regel = string.Create(CultureInfo.InvariantCulture,
                    $"{nummer};{client};{gemeente};{agb};{code};{begin:yyyy-MM-dd};{begin.AddMonths(1).AddDays(-1):yyyy-MM-dd};{volume};{eenheid};{bedrag}");
                yield return regel;
                geschreven++;
                if (random.Next(50) == 0 && geschreven < aantal)
                {
                    // A credit of the line just claimed (2 %): a correction, as in JW323 (IV091).
                    yield return string.Create(CultureInfo.InvariantCulture,
                        $"{nummer};{client};{gemeente};{agb};{code};{begin:yyyy-MM-dd};{begin.AddMonths(1).AddDays(-1):yyyy-MM-dd};{volume};{eenheid};{-bedrag}");
                    geschreven++;
                }
            }
        }
    }

    public void SchrijfCsv(string pad, long aantal)
    {
        using var writer = new StreamWriter(pad, false, new UTF8Encoding(false), 1 << 20);
        writer.WriteLine(Kop);
        foreach (var r in Regels(aantal))
        {
            writer.WriteLine(r);
        }
    }

    /// <summary>A BSN that passes the 11-proef near <paramref name="basis"/> (the check digit is chosen, not searched).</summary>
    private static string Bsn(long basis)
    {
        var acht = (basis / 10).ToString("00000000", CultureInfo.InvariantCulture)[..8];
        var som = 0;
        for (var i = 0; i < 8; i++)
        {
            som += (acht[i] - '0') * (9 - i);
        }

        var controle = som % 11;
        if (controle == 10)
        {
            // No digit fits: move to the next base number.
            return Bsn(basis + 10);
        }

        return acht + controle.ToString(CultureInfo.InvariantCulture);
    }
}
