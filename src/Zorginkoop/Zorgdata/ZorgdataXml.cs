using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Zorginkoop.Catalogus.Import;

namespace Zorginkoop.Zorgdata;

/// <summary>
/// Reads iJw/iWmo 3.2 claim messages (JW323, WMO323) and claim answers (JW325) as a stream, one client at a time,
/// validating against the embedded XSDs as it goes. DTDs and entities are refused outright (no entity expansion, no
/// external fetches), so hostile XML cannot exhaust memory or reach the network.
/// </summary>
internal static class ZorgdataXml
{
    public static XmlReaderSettings Instellingen(XmlSchemaSet? schemas, Action<ImportMelding> meld) => new XmlReaderSettings
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 0,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        ValidationType = schemas is null ? ValidationType.None : ValidationType.Schema,
        Schemas = schemas ?? new XmlSchemaSet(),
        ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings,
        CloseInput = false,
    }.MetValidatie(meld);

    private static XmlReaderSettings MetValidatie(this XmlReaderSettings s, Action<ImportMelding> meld)
    {
        s.ValidationEventHandler += (_, e) =>
            meld(new(e.Exception?.LineNumber ?? 0, null, $"Het bericht voldoet niet aan het iStandaarden-schema (XSD 3.2): {e.Message}"));
        return s;
    }

    /// <summary>
    /// The prestaties of a JW323/WMO323 claim, with the provider (Afzender) and the municipality (Ontvanger) from the
    /// header. Read node by node with the validating reader, without building an element tree: a national claim file
    /// holds millions of prestaties (bench/README.md).
    /// </summary>
    public static IEnumerable<RuweZorgregel> LeesDeclaratie(Stream stream, string bericht, Action<ImportMelding> meld)
    {
        var schemas = Berichtschemas.Voor(bericht);
        using var reader = XmlReader.Create(stream, Instellingen(schemas, meld));
        var regelInfo = (IXmlLineInfo)reader;
        var pad = new List<string>(16);
        string? agb = null, gemeente = null, bsn = null;
        Prestatievelden? prestatie = null;
        while (Lees(reader, meld))
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when !reader.IsEmptyElement:
                    pad.Add(reader.LocalName);
                    if (reader.LocalName == "Prestatie")
                    {
                        prestatie = new Prestatievelden(regelInfo.LineNumber);
                    }
                    else if (reader.LocalName == "Client")
                    {
                        bsn = null;
                    }

                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA when pad.Count > 1:
                    var (naam, ouder, waarde) = (pad[^1], pad[^2], reader.Value.Trim());
                    if (prestatie is not null)
                    {
                        prestatie.Zet(naam, ouder, waarde);
                    }
                    else if (ouder == "Header" && naam == "Afzender")
                    {
                        agb = waarde;
                    }
                    else if (ouder == "Header" && naam == "Ontvanger")
                    {
                        gemeente = waarde;
                    }
                    else if (ouder == "Client" && naam == "Bsn")
                    {
                        bsn = waarde;
                    }

                    break;
                case XmlNodeType.EndElement when pad.Count > 0:
                    pad.RemoveAt(pad.Count - 1);
                    if (reader.LocalName == "Prestatie" && prestatie is not null)
                    {
                        var r = prestatie.Maak(bsn ?? "", agb ?? "", gemeente ?? "", meld);
                        prestatie = null;
                        if (r is not null)
                        {
                            yield return r;
                        }
                    }

                    break;
            }
        }
    }

    /// <summary>One node further; malformed XML or a DTD becomes a message and ends the reading.</summary>
    private static bool Lees(XmlReader reader, Action<ImportMelding> meld)
    {
        try
        {
            return reader.Read();
        }
        catch (XmlException e)
        {
            meld(XmlFout(e));
            return false;
        }
    }

    private static ImportMelding XmlFout(XmlException e) => new(e.LineNumber, null, e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase)
        ? "Het bestand bevat een DTD of entiteiten; dat is in iJw/iWmo-berichten niet toegestaan en wordt geweigerd."
        : $"Het bestand is geen geldige XML: {e.Message}");

    /// <summary>The fields of one prestatie as they are read; the first occurrence of each counts.</summary>
    private sealed class Prestatievelden(int regel)
    {
        private string? referentie, vorige, toewijzing, code, eenheid;
        private DateOnly? begin, eind;
        private long volume = -1, bedrag = -1;
        private bool credit;

        public void Zet(string naam, string ouder, string waarde)
        {
            switch (naam)
            {
                case "ReferentieNummer":
                    referentie ??= waarde;
                    break;
                case "VorigReferentieNummer":
                    vorige ??= waarde;
                    break;
                case "ToewijzingNummer":
                    toewijzing ??= waarde;
                    break;
                case "ProductCode":
                    code ??= waarde;
                    break;
                case "Eenheid":
                    eenheid ??= waarde;
                    break;
                case "Begindatum" when ouder == "ProductPeriode":
                    begin ??= ZorgdataCsv.LeesDatum(waarde);
                    break;
                case "Einddatum" when ouder == "ProductPeriode":
                    eind ??= ZorgdataCsv.LeesDatum(waarde);
                    break;
                case "GeleverdVolume" when volume < 0:
                    volume = long.TryParse(waarde, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : -1;
                    break;
                case "Bedrag" when ouder == "IngediendBedrag" && bedrag < 0:
                    bedrag = long.TryParse(waarde, NumberStyles.None, CultureInfo.InvariantCulture, out var b) ? b : -1;
                    break;
                case "DebetCredit" when ouder == "IngediendBedrag":
                    credit = waarde == "C";
                    break;
            }
        }

        public RuweZorgregel? Maak(string bsn, string agb, string gemeente, Action<ImportMelding> meld)
        {
            var fouten = 0;
            if (!Bsn.IsGeldig(bsn))
            {
                fouten++;
                meld(new(regel, "Bsn", "Het BSN van deze cliënt voldoet niet aan de 11-proef."));
            }

            if (referentie is null || begin is null || eind is null || volume < 0 || bedrag < 0)
            {
                fouten++;
                meld(new(regel, "Prestatie", "De prestatie is onvolledig: ReferentieNummer, ProductPeriode, GeleverdVolume en IngediendBedrag zijn verplicht."));
            }

            return fouten > 0 ? null : new RuweZorgregel(regel, toewijzing?.TrimStart('0') is { Length: > 0 } t ? t : toewijzing, bsn, gemeente, agb, code ?? "",
                begin!.Value, eind!.Value, volume, eenheid ?? "", credit ? -bedrag : bedrag, referentie, vorige);
        }
    }

    /// <summary>The rejected prestaties of a JW325 answer (it lists only those, TR342): provider and reference number.</summary>
    public static IEnumerable<(int Regel, string Agb, string ReferentieNummer)> LeesAfwijzingen(Stream stream, string bericht, Action<ImportMelding> meld)
    {
        var schemas = Berichtschemas.Voor(bericht);
        using var reader = XmlReader.Create(stream, Instellingen(schemas, meld));
        string? agb = null;
        foreach (var (element, regel) in Elementen(reader, meld, "Ontvanger", "Client"))
        {
            if (element.Name.LocalName == "Ontvanger")
            {
                agb = element.Value.Trim();
                continue;
            }

            foreach (var p in element.Descendants().Where(d => d.Name.LocalName == "Prestatie"))
            {
                if (p.Descendants().FirstOrDefault(d => d.Name.LocalName == "ReferentieNummer")?.Value.Trim() is { Length: > 0 } referentie)
                {
                    yield return (Regel(p, regel), agb ?? "", referentie);
                }
            }
        }
    }

    /// <summary>An allocation as read from a JW301/WMO301, before the BSN is pseudonymised.</summary>
    public sealed record RuweToewijzing(
        int Regel, string Gemeente, string Agb, string Bsn, string Nummer, string? Categorie, string? Code,
        DateOnly Ingangsdatum, DateOnly? Einddatum, DateTime Moment, string? RedenWijziging, int? Volume, string? Eenheid,
        string? Frequentie, long? Budget);

    /// <summary>The allocated products of a JW301/WMO301, with the municipality and provider from the header.</summary>
    public static IEnumerable<RuweToewijzing> LeesToewijzingen(Stream stream, string bericht, Action<ImportMelding> meld)
    {
        var schemas = Berichtschemas.Voor(bericht);
        using var reader = XmlReader.Create(stream, Instellingen(schemas, meld));
        string? gemeente = null, agb = null;
        foreach (var (element, regel) in Elementen(reader, meld, "Afzender", "Ontvanger", "Client"))
        {
            switch (element.Name.LocalName)
            {
                case "Afzender":
                    gemeente = element.Value.Trim();
                    break;
                case "Ontvanger":
                    agb = element.Value.Trim();
                    break;
                default:
                    var bsn = element.Elements().FirstOrDefault(e => e.Name.LocalName == "Bsn")?.Value.Trim() ?? "";
                    foreach (var t in element.Descendants().Where(d => d.Name.LocalName == "ToegewezenProduct"))
                    {
                        var r = Regel(t, regel);
                        if (!Bsn.IsGeldig(bsn))
                        {
                            meld(new(r, "Bsn", "Het BSN van deze cliënt voldoet niet aan de 11-proef."));
                            continue;
                        }

                        var product = t.Elements().FirstOrDefault(e => e.Name.LocalName == "Product");
                        var omvang = t.Elements().FirstOrDefault(e => e.Name.LocalName == "Omvang");
                        var ingang = Datum(t, "Ingangsdatum");
                        var datum = Datum(t, "Toewijzingsdatum");
                        var tijd = TimeOnly.TryParse(Waarde(t, "Toewijzingstijd"), CultureInfo.InvariantCulture, out var tt) ? tt : TimeOnly.MinValue;
                        var nummer = Waarde(t, "ToewijzingNummer");
                        if (nummer is null || ingang is null || datum is null)
                        {
                            meld(new(r, "ToegewezenProduct", "De toewijzing is onvolledig: ToewijzingNummer, Toewijzingsdatum en Ingangsdatum zijn verplicht."));
                            continue;
                        }

                        yield return new RuweToewijzing(r, gemeente ?? "", agb ?? "", bsn, nummer,
                            Waarde(product, "Categorie"), Waarde(product, "Code"), ingang.Value,
                            t.Elements().Any(e => e.Name.LocalName == "Einddatum") ? Datum(t, "Einddatum") : null,
                            datum.Value.ToDateTime(tijd), Waarde(t, "RedenWijziging"),
                            int.TryParse(Waarde(omvang, "Volume"), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null,
                            Waarde(omvang, "Eenheid"), Waarde(omvang, "Frequentie"),
                            long.TryParse(Waarde(t, "Budget"), NumberStyles.None, CultureInfo.InvariantCulture, out var b) ? b : null);
                    }

                    break;
            }
        }
    }

    /// <summary>A start (JW305) or stop (JW307) of delivery for an allocation.</summary>
    public sealed record RuweStartStop(int Regel, string Gemeente, string? Nummer, DateOnly Begindatum, DateOnly? Einddatum, string? Reden, string Status);

    /// <summary>The start or stop products of a JW305/JW307 (or WMO305/WMO307), with the municipality from the header.</summary>
    public static IEnumerable<RuweStartStop> LeesStartStop(Stream stream, string bericht, Action<ImportMelding> meld)
    {
        var schemas = Berichtschemas.Voor(bericht);
        using var reader = XmlReader.Create(stream, Instellingen(schemas, meld));
        string? gemeente = null;
        foreach (var (element, regel) in Elementen(reader, meld, "Ontvanger", "Client"))
        {
            if (element.Name.LocalName == "Ontvanger")
            {
                gemeente = element.Value.Trim();
                continue;
            }

            foreach (var p in element.Descendants().Where(d => d.Name.LocalName is "StartProduct" or "StopProduct"))
            {
                var begin = Datum(p, "Begindatum");
                if (begin is null)
                {
                    meld(new(Regel(p, regel), p.Name.LocalName, "De Begindatum ontbreekt."));
                    continue;
                }

                yield return new RuweStartStop(Regel(p, regel), gemeente ?? "", Waarde(p, "ToewijzingNummer"), begin.Value,
                    p.Elements().Any(e => e.Name.LocalName == "Einddatum") ? Datum(p, "Einddatum") : null,
                    Waarde(p, "RedenBeeindiging"), Waarde(p, "StatusAanlevering") ?? "1");
            }
        }
    }

    /// <summary>Walks the document and hands over the named elements, each loaded on its own (a client is small).</summary>
    private static IEnumerable<(XElement Element, int Regel)> Elementen(XmlReader reader, Action<ImportMelding> meld, params string[] namen)
    {
        while (true)
        {
            XElement? element = null;
            var regel = 0;
            try
            {
                if (!reader.Read())
                {
                    yield break;
                }

                // Header elements share local names with nested ones (Client/Bsn is fine); take the first level we want.
                if (reader.NodeType == XmlNodeType.Element && namen.Contains(reader.LocalName))
                {
                    regel = ((IXmlLineInfo)reader).LineNumber;
                    using var sub = reader.ReadSubtree();
                    element = XElement.Load(sub, LoadOptions.SetLineInfo);
                }
            }
            catch (XmlException e)
            {
                meld(XmlFout(e));
                yield break;
            }

            if (element is not null)
            {
                yield return (element, regel);
            }
        }
    }

    private static int Regel(XElement e, int standaard) => e is IXmlLineInfo i && i.HasLineInfo() ? i.LineNumber : standaard;

    private static string? Waarde(XElement? e, string naam) =>
        e?.Descendants().FirstOrDefault(d => d.Name.LocalName == naam)?.Value.Trim();

    private static DateOnly? Datum(XElement? e, string naam) =>
        DateOnly.TryParseExact(Waarde(e, naam), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
