using System.Globalization;
using System.Text;
using CsvHelper;

namespace Zorginkoop.Catalogus.Import;

/// <summary>One data line of a catalogue file, as read; checked against the region by <see cref="CatalogusImport"/>.</summary>
public sealed record CatalogusRegel(
    int Regel,
    string Code,
    string Naam,
    Domein Domein,
    string Categorie,
    string Monitorgroep,
    string Eenheid,
    string? Segment,
    DateOnly? GeldigVan,
    DateOnly? GeldigTot,
    long? TariefCent,
    DateOnly? TariefVanaf,
    string? LandelijkeCode,
    DateOnly? TariefTot = null,
    bool Leesbaar = true);

/// <summary>
/// The catalogue exchange format: header <c>code;naam;domein;categorie;monitorgroep;eenheid</c>, optional
/// <c>segment;geldig_van;geldig_tot;tarief_cent;tarief_vanaf</c>, and <c>landelijke_code</c> and <c>tarief_tot</c>.
/// </summary>
public static class CatalogusCsv
{
    public static readonly string[] VerplichteKolommen = ["code", "naam", "domein", "categorie", "monitorgroep", "eenheid"];
    public static readonly string[] OptioneleKolommen = ["segment", "geldig_van", "geldig_tot", "tarief_cent", "tarief_vanaf", "landelijke_code", "tarief_tot"];
    public static readonly string[] AlleKolommen = [.. VerplichteKolommen, .. OptioneleKolommen];

    public static (IReadOnlyList<CatalogusRegel> Regels, IReadOnlyList<ImportMelding> Meldingen) Lees(Stream stream)
    {
        var regels = new List<CatalogusRegel>();
        var meldingen = new List<ImportMelding>();
        try
        {
            using var csv = CsvFile.Open(stream);
            if (!csv.Read())
            {
                meldingen.Add(new(1, null, "Het bestand is leeg: verwacht een kopregel met " + string.Join(";", VerplichteKolommen) + "."));
                return (regels, meldingen);
            }

            csv.ReadHeader();
            var kop = (csv.HeaderRecord ?? []).Select(k => k.Trim().ToLowerInvariant()).ToArray();
            foreach (var ontbreekt in VerplichteKolommen.Where(k => !kop.Contains(k)))
            {
                meldingen.Add(new(1, ontbreekt, $"De verplichte kolom '{ontbreekt}' ontbreekt in de kopregel."));
            }

            foreach (var onbekend in kop.Where(k => !AlleKolommen.Contains(k)))
            {
                meldingen.Add(new(1, onbekend, $"Onbekende kolom '{onbekend}'. Toegestaan zijn: {string.Join(", ", AlleKolommen)}."));
            }

            foreach (var dubbel in kop.GroupBy(k => k).Where(g => g.Count() > 1))
            {
                meldingen.Add(new(1, dubbel.Key, $"De kolom '{dubbel.Key}' staat meer dan één keer in de kopregel."));
            }

            if (meldingen.Count > 0)
            {
                return (regels, meldingen);
            }

            var index = kop.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i);
            while (csv.Read())
            {
                regels.Add(LeesRegel(csv, index, meldingen));
            }

            if (regels.Count == 0)
            {
                meldingen.Add(new(2, null, "Het bestand bevat geen producten: alleen een kopregel."));
            }
        }
        catch (DecoderFallbackException)
        {
            meldingen.Add(new(0, null, "Het bestand is geen geldige UTF-8-tekst. Sla het op als 'CSV UTF-8' en probeer het opnieuw."));
        }

        return (regels, meldingen);
    }

    /// <summary>Reads one line; a line with format errors comes back with <c>Leesbaar = false</c> so that later checks
    /// (unit, segment) can still report their problems on it.</summary>
    private static CatalogusRegel LeesRegel(CsvReader csv, Dictionary<string, int> index, List<ImportMelding> meldingen)
    {
        var nr = csv.Parser.RawRow;
        var voor = meldingen.Count;
        if (csv.Parser.Count > index.Count)
        {
            meldingen.Add(new(nr, null, $"Deze regel heeft {csv.Parser.Count} velden, de kopregel {index.Count}: staat er een scheidingsteken te veel in?"));
        }

        string? Veld(string kolom) =>
            index.TryGetValue(kolom, out var i) && i < csv.Parser.Count && csv.GetField(i) is { Length: > 0 } v ? v.Trim() : null;
        void Fout(string kolom, string tekst) => meldingen.Add(new(nr, kolom, tekst));

        string Verplicht(string kolom, string omschrijving)
        {
            var v = Veld(kolom);
            if (v is null)
            {
                Fout(kolom, $"Vul {omschrijving} in.");
            }

            return v ?? "";
        }

        DateOnly? Datum(string kolom)
        {
            var v = Veld(kolom);
            if (v is null)
            {
                return null;
            }

            if (DateOnly.TryParseExact(v, ["yyyy-MM-dd", "d-M-yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                return d;
            }

            Fout(kolom, $"'{v}' is geen datum: gebruik jjjj-mm-dd, zoals 2024-06-28.");
            return null;
        }

        var code = Verplicht("code", "de productcode");
        var naam = Verplicht("naam", "de productnaam");
        var domeinTekst = Verplicht("domein", "het domein (jeugd of wmo)");
        var domein = Domein.Jeugd;
        if (domeinTekst.Length > 0 && !DomeinCodes.TryParse(domeinTekst, out domein))
        {
            Fout("domein", $"'{domeinTekst}' is geen domein: gebruik jeugd of wmo.");
        }

        var categorie = Verplicht("categorie", "de landelijke productcategorie (2 cijfers)");
        // Spreadsheets drop leading zeros: "4" is category "04".
        if (categorie.Length == 1 && char.IsAsciiDigit(categorie[0]))
        {
            categorie = "0" + categorie;
        }
        else if (categorie.Length > 0 && (categorie.Length != 2 || !categorie.All(char.IsAsciiDigit)))
        {
            Fout("categorie", $"'{categorie}' is geen productcategorie: verwacht 2 cijfers, zoals 43.");
        }

        var monitorgroep = Verplicht("monitorgroep", "de monitorgroep");
        var eenheid = Verplicht("eenheid", "de eenheid (code zoals 04 of naam zoals uur)");
        var geldigVan = Datum("geldig_van");
        var geldigTot = Datum("geldig_tot");
        var tariefVanaf = Datum("tarief_vanaf");
        var tariefTot = Datum("tarief_tot");
        long? tariefCent = null;
        if (Veld("tarief_cent") is { } t)
        {
            if (long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var cent))
            {
                tariefCent = cent;
            }
            else
            {
                Fout("tarief_cent", $"'{t}' is geen bedrag in hele eurocenten: gebruik alleen cijfers, zoals 12550 voor € 125,50.");
            }
        }
        else if (tariefVanaf is not null)
        {
            Fout("tarief_cent", "tarief_vanaf is ingevuld maar tarief_cent niet.");
        }

        if (tariefTot is not null && tariefCent is null)
        {
            Fout("tarief_tot", "tarief_tot is ingevuld maar tarief_cent niet.");
        }

        if (geldigVan is { } van && geldigTot is { } tot && tot < van)
        {
            Fout("geldig_tot", "geldig_tot ligt vóór geldig_van.");
        }

        if (tariefCent is not null && tariefVanaf is null && geldigVan is null)
        {
            Fout("tarief_vanaf", "Vul tarief_vanaf in: het product heeft geen geldig_van waar het tarief mee kan beginnen.");
        }

        return new CatalogusRegel(
            nr, code, naam, domein, categorie, monitorgroep, eenheid, Veld("segment"), geldigVan, geldigTot,
            tariefCent, tariefVanaf ?? (tariefCent is null ? null : geldigVan), Veld("landelijke_code"), tariefTot, Leesbaar: meldingen.Count == voor);
    }
}
