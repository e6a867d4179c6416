using System.Globalization;
using System.Text;
using nietras.SeparatedValues;
using Zorginkoop.Catalogus.Import;

namespace Zorginkoop.Zorgdata;

/// <summary>
/// Reads the care data CSV (header <c>toewijzingnummer;bsn;gemeente;agb;productcode;begindatum;einddatum;volume;eenheid;bedrag_cent</c>)
/// line by line, never the whole file in memory. Format errors are reported per line and field, never with the value
/// of the bsn field.
/// </summary>
internal static class ZorgdataCsv
{
    public static readonly string[] Kolommen =
        ["toewijzingnummer", "bsn", "gemeente", "agb", "productcode", "begindatum", "einddatum", "volume", "eenheid", "bedrag_cent"];

    /// <remarks>
    /// Read with Sep, not CsvHelper as the catalogue is: a year of claims is millions of lines, and Sep hands out each
    /// field as a span, so a line costs no strings but the few that are kept (bench/README.md). Synchronous on purpose:
    /// the import reads on a worker of its own.
    /// </remarks>
    public static IEnumerable<RuweZorgregel> Lees(Stream stream, Action<ImportMelding> meld, CancellationToken ct = default)
    {
        SepReader? csv = null;
        try
        {
            var (tekst, scheiding) = CsvFile.OpenTekst(stream);
            csv = Sep.New(scheiding).Reader(o => o with { Unescape = true, DisableColCountCheck = true }).From(tekst);
        }
        catch (DecoderFallbackException)
        {
            meld(new(EersteOngeldigeRegel(stream), null, "Deze regel is geen geldige UTF-8-tekst; sla het bestand op als UTF-8."));
            yield break;
        }

        using (csv)
        {
            if (csv.Header.IsEmpty)
            {
                meld(new(1, null, "Het bestand is leeg: verwacht een kopregel met " + string.Join(";", Kolommen) + "."));
                yield break;
            }

            var kop = csv.Header.ColNames.Select(k => k.Trim().ToLowerInvariant()).ToArray();
            var ontbrekend = Kolommen.Where(k => !kop.Contains(k)).ToList();
            var onbekend = kop.Where(k => !Kolommen.Contains(k)).ToList();
            foreach (var k in ontbrekend)
            {
                meld(new(1, k, $"De verplichte kolom '{k}' ontbreekt in de kopregel."));
            }

            foreach (var k in onbekend)
            {
                meld(new(1, k, $"Onbekende kolom '{k}'. Verwacht: {string.Join(";", Kolommen)}."));
            }

            if (ontbrekend.Count > 0 || onbekend.Count > 0)
            {
                yield break;
            }

            var i = Kolommen.Select(k => Array.IndexOf(kop, k)).ToArray();
            var codes = new Codes();
            while (true)
            {
                ct.ThrowIfCancellationRequested();
                bool verder;
                try
                {
                    verder = csv.MoveNext();
                }
                catch (DecoderFallbackException)
                {
                    // The reader decodes ahead of the line it hands out, so the line is found in the bytes themselves.
                    meld(new(EersteOngeldigeRegel(stream), null, "Deze regel is geen geldige UTF-8-tekst; sla het bestand op als UTF-8."));
                    yield break;
                }

                if (!verder)
                {
                    yield break;
                }

                var rij = csv.Current;
                if (rij.ColCount == 1 && rij[0].Span.IsWhiteSpace())
                {
                    continue;
                }

                var r = LeesRegel(rij, i, codes, meld);
                if (r is not null)
                {
                    yield return r;
                }
            }
        }
    }

    private static RuweZorgregel? LeesRegel(SepReader.Row rij, int[] i, Codes codes, Action<ImportMelding> meld)
    {
        var m = new Melder(rij.LineNumberFrom, meld);
        if (rij.ColCount != Kolommen.Length)
        {
            m.Fouten++;
            meld(new(m.Regel, null, $"Deze regel heeft {rij.ColCount} velden, de kopregel {Kolommen.Length}."));
        }

        var toewijzing = Veld(rij, i, 0);
        if (toewijzing.Length > 0 && (toewijzing.Length > 9 || !AlleenCijfers(toewijzing)))
        {
            m.Fout(0, "Een toewijzingnummer bestaat uit 1 tot 9 cijfers (of is leeg).");
        }

        var bsn = Veld(rij, i, 1);
        if (!Bsn.IsGeldig(bsn))
        {
            // Never echo the value: a BSN does not appear in messages or logs.
            m.Fout(1, bsn.Length == 9 && AlleenCijfers(bsn) ? "Het BSN voldoet niet aan de 11-proef." : "Een BSN bestaat uit 9 cijfers.");
        }

        var gemeente = Veld(rij, i, 2);
        if (gemeente.Length != 4 || !AlleenCijfers(gemeente))
        {
            m.Fout(2, "Een gemeentecode bestaat uit 4 cijfers (CBS), zoals 0632.");
        }

        var agb = Veld(rij, i, 3);
        if (agb.Length != 8 || !AlleenCijfers(agb))
        {
            m.Fout(3, "Een AGB-code bestaat uit 8 cijfers.");
        }

        var product = Veld(rij, i, 4);
        if (product.Length == 0)
        {
            m.Fout(4, "Vul de productcode in.");
        }

        var begin = Datum(Veld(rij, i, 5), 5, ref m);
        var eind = Datum(Veld(rij, i, 6), 6, ref m);
        if (begin is { } b && eind is { } e && e < b)
        {
            m.Fout(6, "De einddatum ligt vóór de begindatum.");
        }

        var volume = Getal(Veld(rij, i, 7), 7, magNegatief: false, ref m);
        var eenheid = Veld(rij, i, 8);
        if (eenheid.Length == 0)
        {
            m.Fout(8, "Vul de eenheid in (code zoals 04 of naam zoals uur).");
        }

        var bedrag = Getal(Veld(rij, i, 9), 9, magNegatief: true, ref m);
        return m.Fouten > 0 ? null : new RuweZorgregel(m.Regel, toewijzing.Length == 0 ? null : toewijzing.ToString(), bsn.ToString(),
            codes.Tekst(gemeente), codes.Tekst(agb), codes.Tekst(product), begin!.Value, eind!.Value, volume!.Value, codes.Tekst(eenheid), bedrag!.Value);
    }

    private static ReadOnlySpan<char> Veld(SepReader.Row rij, int[] i, int kolom) => i[kolom] < rij.ColCount ? rij[i[kolom]].Span.Trim() : [];

    private static DateOnly? Datum(ReadOnlySpan<char> v, int kolom, ref Melder m)
    {
        if (LeesDatum(v) is { } d)
        {
            return d;
        }

        m.Fout(kolom, v.Length == 0 ? "Vul de datum in (jjjj-mm-dd)." : $"'{v}' is geen datum: gebruik jjjj-mm-dd, zoals 2018-10-01.");
        return null;
    }

    private static long? Getal(ReadOnlySpan<char> v, int kolom, bool magNegatief, ref Melder m)
    {
        if (long.TryParse(v, magNegatief ? NumberStyles.AllowLeadingSign : NumberStyles.None, CultureInfo.InvariantCulture, out var g))
        {
            return g;
        }

        m.Fout(kolom, v.Length == 0 ? "Vul een geheel getal in." : $"'{v}' is geen geheel getal{(magNegatief ? "" : " van 0 of meer")}.");
        return null;
    }

    /// <summary>The problems of one line: counted, and each reported with the line and the column's name.</summary>
    private struct Melder(int regel, Action<ImportMelding> meld)
    {
        public readonly int Regel => regel;

        public int Fouten { get; set; }

        public void Fout(int kolom, string tekst)
        {
            Fouten++;
            meld(new(regel, Kolommen[kolom], tekst));
        }
    }

    /// <summary>The number of the line (from 1) that holds the file's first byte sequence that is not UTF-8.</summary>
    internal static int EersteOngeldigeRegel(Stream stream)
    {
        stream.Position = 0;
        var buffer = new byte[64 * 1024];
        var tekens = new char[buffer.Length];
        var (regel, inBuffer) = (1, 0);
        while (true)
        {
            var gelezen = stream.Read(buffer, inBuffer, buffer.Length - inBuffer);
            var klaar = gelezen == 0;
            inBuffer += gelezen;
            var status = System.Text.Unicode.Utf8.ToUtf16(buffer.AsSpan(0, inBuffer), tekens, out var verwerkt, out _,
                replaceInvalidSequences: false, isFinalBlock: klaar);
            regel += buffer.AsSpan(0, verwerkt).Count((byte)'\n');
            if (status == System.Buffers.OperationStatus.InvalidData || klaar)
            {
                return regel;
            }

            // An incomplete sequence at the end of the buffer is read again with the next bytes.
            buffer.AsSpan(verwerkt, inBuffer - verwerkt).CopyTo(buffer);
            inBuffer -= verwerkt;
        }
    }

    /// <summary>
    /// Municipality, provider, product and unit codes recur on every line: each is made into a string once. The table
    /// is bounded, so a file of nothing but different codes cannot make it grow without end.
    /// </summary>
    private sealed class Codes
    {
        private const int Max = 100_000;
        private readonly Dictionary<string, string> tabel = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> zoek;

        public Codes() => zoek = tabel.GetAlternateLookup<ReadOnlySpan<char>>();

        public string Tekst(ReadOnlySpan<char> code)
        {
            if (zoek.TryGetValue(code, out var tekst))
            {
                return tekst;
            }

            tekst = code.ToString();
            if (tabel.Count < Max)
            {
                tabel[tekst] = tekst;
            }

            return tekst;
        }
    }

    private static bool AlleenCijfers(ReadOnlySpan<char> s) => !s.ContainsAnyExceptInRange('0', '9');

    /// <summary>yyyy-MM-dd, read by hand for speed (two per line); anything else, or a day that does not exist, is null.</summary>
    internal static DateOnly? LeesDatum(ReadOnlySpan<char> v)
    {
        if (v.Length != 10 || v[4] != '-' || v[7] != '-')
        {
            return null;
        }

        static int Getal(ReadOnlySpan<char> t, int van, int lengte)
        {
            var n = 0;
            for (var i = van; i < van + lengte; i++)
            {
                if (!char.IsAsciiDigit(t[i]))
                {
                    return -1;
                }

                n = (n * 10) + (t[i] - '0');
            }

            return n;
        }

        var (jaar, maand, dag) = (Getal(v, 0, 4), Getal(v, 5, 2), Getal(v, 8, 2));
        return jaar >= 1 && maand is >= 1 and <= 12 && dag >= 1 && dag <= DateTime.DaysInMonth(jaar, maand) ? new DateOnly(jaar, maand, dag) : null;
    }
}
