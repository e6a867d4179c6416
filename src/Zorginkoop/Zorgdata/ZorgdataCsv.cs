using System.Globalization;
using System.Text;
using CsvHelper;
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
    /// Synchronous on purpose: the import reads on a worker of its own, and CsvHelper's synchronous path is several
    /// times cheaper per line than its asynchronous one (bench/README.md).
    /// </remarks>
    public static IEnumerable<RuweZorgregel> Lees(Stream stream, Action<ImportMelding> meld, CancellationToken ct = default)
    {
        using var csv = CsvBestand.Open(stream);
        bool heeftKop;
        try
        {
            heeftKop = csv.Read();
        }
        catch (DecoderFallbackException)
        {
            meld(new(1, null, "Het bestand is geen geldige UTF-8-tekst."));
            yield break;
        }

        if (!heeftKop)
        {
            meld(new(1, null, "Het bestand is leeg: verwacht een kopregel met " + string.Join(";", Kolommen) + "."));
            yield break;
        }

        csv.ReadHeader();
        var kop = (csv.HeaderRecord ?? []).Select(k => k.Trim().ToLowerInvariant()).ToArray();
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
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            bool verder;
            try
            {
                verder = csv.Read();
            }
            catch (DecoderFallbackException)
            {
                meld(new(csv.Parser.RawRow, null, "Deze regel is geen geldige UTF-8-tekst."));
                yield break;
            }

            if (!verder)
            {
                yield break;
            }

            var r = LeesRegel(csv, i, meld);
            if (r is not null)
            {
                yield return r;
            }
        }
    }

    private static RuweZorgregel? LeesRegel(CsvReader csv, int[] i, Action<ImportMelding> meld)
    {
        var nr = csv.Parser.RawRow;
        var fouten = 0;
        string Veld(int kolom) => i[kolom] < csv.Parser.Count ? csv.Parser[i[kolom]].Trim() : "";
        void Fout(int kolom, string tekst)
        {
            fouten++;
            meld(new(nr, Kolommen[kolom], tekst));
        }

        if (csv.Parser.Count != Kolommen.Length)
        {
            fouten++;
            meld(new(nr, null, $"Deze regel heeft {csv.Parser.Count} velden, de kopregel {Kolommen.Length}."));
        }

        var toewijzing = Veld(0);
        if (toewijzing.Length > 0 && (toewijzing.Length > 9 || !AlleenCijfers(toewijzing)))
        {
            Fout(0, "Een toewijzingnummer bestaat uit 1 tot 9 cijfers (of is leeg).");
        }

        var bsn = Veld(1);
        if (!Bsn.IsGeldig(bsn))
        {
            // Never echo the value: a BSN does not appear in messages or logs.
            Fout(1, bsn.Length == 9 && AlleenCijfers(bsn) ? "Het BSN voldoet niet aan de 11-proef." : "Een BSN bestaat uit 9 cijfers.");
        }

        var gemeente = Veld(2);
        if (gemeente.Length != 4 || !AlleenCijfers(gemeente))
        {
            Fout(2, "Een gemeentecode bestaat uit 4 cijfers (CBS), zoals 0632.");
        }

        var agb = Veld(3);
        if (agb.Length != 8 || !AlleenCijfers(agb))
        {
            Fout(3, "Een AGB-code bestaat uit 8 cijfers.");
        }

        var product = Veld(4);
        if (product.Length == 0)
        {
            Fout(4, "Vul de productcode in.");
        }

        var begin = Datum(5);
        var eind = Datum(6);
        if (begin is { } b && eind is { } e && e < b)
        {
            Fout(6, "De einddatum ligt vóór de begindatum.");
        }

        var volume = Getal(7, magNegatief: false);
        var eenheid = Veld(8);
        if (eenheid.Length == 0)
        {
            Fout(8, "Vul de eenheid in (code zoals 04 of naam zoals uur).");
        }

        var bedrag = Getal(9, magNegatief: true);
        return fouten > 0 ? null : new RuweZorgregel(nr, toewijzing.Length == 0 ? null : toewijzing, bsn, gemeente, agb, product,
            begin!.Value, eind!.Value, volume!.Value, eenheid, bedrag!.Value);

        DateOnly? Datum(int kolom)
        {
            var v = Veld(kolom);
            if (LeesDatum(v) is { } d)
            {
                return d;
            }

            Fout(kolom, v.Length == 0 ? "Vul de datum in (jjjj-mm-dd)." : $"'{v}' is geen datum: gebruik jjjj-mm-dd, zoals 2018-10-01.");
            return null;
        }

        long? Getal(int kolom, bool magNegatief)
        {
            var v = Veld(kolom);
            if (long.TryParse(v, magNegatief ? NumberStyles.AllowLeadingSign : NumberStyles.None, CultureInfo.InvariantCulture, out var g))
            {
                return g;
            }

            Fout(kolom, v.Length == 0 ? "Vul een geheel getal in." : $"'{v}' is geen geheel getal{(magNegatief ? "" : " van 0 of meer")}.");
            return null;
        }
    }

    private static bool AlleenCijfers(string s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>yyyy-MM-dd, read by hand for speed (two per line); anything else, or a day that does not exist, is null.</summary>
    internal static DateOnly? LeesDatum(string v)
    {
        if (v.Length != 10 || v[4] != '-' || v[7] != '-')
        {
            return null;
        }

        static int Getal(string t, int van, int lengte)
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
