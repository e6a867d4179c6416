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

    /// <param name="alleenJeugd">Only youth care products (categories 40-58), as a JW323 may hold.</param>
    public IEnumerable<string> Regels(long aantal, bool alleenJeugd = false)
    {
        var producten = alleenJeugd ? Producten.Where(p => p.Code[0] is '4' or '5').ToArray() : Producten;
        var random = new Random(seed);
        var clienten = Math.Max(10, aantal / 10);
        long geschreven = 0;
        long toewijzing = 1;
        while (geschreven < aantal)
        {
            var client = Bsn(100_000_000 + ((random.NextInt64(clienten) + 1) * 11));
            var gemeente = Gemeenten[random.Next(Gemeenten.Length)];
            var (code, eenheid, tarief) = producten[random.Next(producten.Length)];
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

    /// <summary>
    /// The same kind of year as one JW323 claim message (iJw 3.2) of one provider to Woerden: a Client element per
    /// allocation with its monthly prestaties, credits as DebetCredit C referring to the line they reverse.
    /// </summary>
    public void SchrijfJw323(string pad, long aantal)
    {
        var regels = Regels(aantal, alleenJeugd: true).Select(r => r.Split(';')).ToList();
        using var w = new StreamWriter(pad, false, new UTF8Encoding(false), 1 << 20);
        var referentie = 0L;
        SchrijfJw323(w, regels, "98000001", "0632", "BENCH1", ref referentie);
    }

    /// <summary>
    /// The year as the small messages a region receives: one JW323 per provider, municipality and month (each claims
    /// the month's prestaties of that provider there), written into <paramref name="map"/> and, the same messages, into
    /// <c>berichten.zip</c> beside them. Returns the number of messages.
    /// </summary>
    public int SchrijfBerichten(string map, long prestaties)
    {
        Directory.CreateDirectory(map);
        var groepen = Regels(prestaties, alleenJeugd: true).Select(r => r.Split(';'))
            .GroupBy(r => (Agb: r[3], Gemeente: r[2], Maand: r[5][..7]))
            .OrderBy(g => g.Key.Maand, StringComparer.Ordinal).ThenBy(g => g.Key.Agb, StringComparer.Ordinal).ThenBy(g => g.Key.Gemeente, StringComparer.Ordinal)
            .ToList();
        var zipPad = Path.Combine(map, "berichten.zip");
        File.Delete(zipPad);
        using var zip = System.IO.Compression.ZipFile.Open(zipPad, System.IO.Compression.ZipArchiveMode.Create);
        var referentie = 0L;
        var n = 0;
        foreach (var groep in groepen)
        {
            var naam = $"jw323-{groep.Key.Agb}-{groep.Key.Gemeente}-{groep.Key.Maand}.xml";
            using (var w = new StreamWriter(Path.Combine(map, naam), false, new UTF8Encoding(false)))
            {
                SchrijfJw323(w, groep.ToList(), groep.Key.Agb, groep.Key.Gemeente, $"B{++n}", ref referentie);
            }

            System.IO.Compression.ZipFileExtensions.CreateEntryFromFile(zip, Path.Combine(map, naam), naam);
        }

        return n;
    }

    private void SchrijfJw323(TextWriter w, List<string[]> regels, string afzender, string ontvanger, string id, ref long referentie)
    {
        var totaal = regels.Sum(r => long.Parse(r[9], CultureInfo.InvariantCulture));
        w.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<jw323:Bericht xmlns:ijw=\"http://www.istandaarden.nl/ijw/3_2/basisschema/schema\" xmlns:jw323=\"http://www.istandaarden.nl/ijw/3_2/jw323/schema\">");
        w.Write("<jw323:Header><jw323:BerichtCode>490</jw323:BerichtCode><jw323:BerichtVersie>3</jw323:BerichtVersie><jw323:BerichtSubversie>2</jw323:BerichtSubversie>");
        w.Write($"<jw323:Afzender>{afzender}</jw323:Afzender><jw323:Ontvanger>{ontvanger}</jw323:Ontvanger><jw323:BerichtIdentificatie><ijw:Identificatie>{id}</ijw:Identificatie>");
        w.Write($"<ijw:Dagtekening>{jaar + 1}-01-15</ijw:Dagtekening></jw323:BerichtIdentificatie><jw323:XsdVersie><ijw:BasisschemaXsdVersie>0.1.0</ijw:BasisschemaXsdVersie>");
        w.Write($"<ijw:BerichtXsdVersie>0.1.0</ijw:BerichtXsdVersie></jw323:XsdVersie></jw323:Header><jw323:Declaratie><jw323:DeclaratieNummer>{id}</jw323:DeclaratieNummer>");
        w.Write($"<jw323:DeclaratiePeriode><ijw:Begindatum>{jaar}-01-01</ijw:Begindatum><ijw:Einddatum>{jaar}-12-31</ijw:Einddatum></jw323:DeclaratiePeriode>");
        w.Write($"<jw323:DeclaratieDagtekening>{jaar + 1}-01-15</jw323:DeclaratieDagtekening><jw323:TotaalIngediendBedrag><ijw:TotaalBedrag>{Math.Abs(totaal)}</ijw:TotaalBedrag>");
        w.Write($"<ijw:DebetCredit>{(totaal < 0 ? "C" : "D")}</ijw:DebetCredit></jw323:TotaalIngediendBedrag><jw323:Clienten>");
        foreach (var toewijzing in regels.GroupBy(r => (r[0], r[1])))
        {
            w.Write($"<jw323:Client><jw323:Bsn>{toewijzing.Key.Item2}</jw323:Bsn><jw323:Prestaties>");
            foreach (var r in toewijzing)
            {
                var bedrag = long.Parse(r[9], CultureInfo.InvariantCulture);
                var credit = bedrag < 0;
                var vorige = credit ? $"<ijw:VorigReferentieNummer>RN{referentie}</ijw:VorigReferentieNummer>" : "";
                referentie++;
                w.Write($"<jw323:Prestatie><jw323:ProductReferentie><ijw:ReferentieNummer>RN{referentie}</ijw:ReferentieNummer>{vorige}</jw323:ProductReferentie>");
                w.Write($"<jw323:ToewijzingNummer>{r[0]}</jw323:ToewijzingNummer><jw323:ProductCategorie>{r[4][..2]}</jw323:ProductCategorie><jw323:ProductCode>{r[4]}</jw323:ProductCode>");
                w.Write($"<jw323:ProductPeriode><ijw:Begindatum>{r[5]}</ijw:Begindatum><ijw:Einddatum>{r[6]}</ijw:Einddatum></jw323:ProductPeriode>");
                w.Write($"<jw323:GeleverdVolume>{r[7]}</jw323:GeleverdVolume><jw323:Eenheid>{r[8]}</jw323:Eenheid><jw323:ProductTarief>{Math.Abs(bedrag) / long.Parse(r[7], CultureInfo.InvariantCulture)}</jw323:ProductTarief>");
                w.Write($"<jw323:IngediendBedrag><ijw:Bedrag>{Math.Abs(bedrag)}</ijw:Bedrag><ijw:DebetCredit>{(credit ? "C" : "D")}</ijw:DebetCredit></jw323:IngediendBedrag></jw323:Prestatie>\n");
            }

            w.Write("</jw323:Prestaties></jw323:Client>");
        }

        w.Write("</jw323:Clienten></jw323:Declaratie></jw323:Bericht>\n");
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
