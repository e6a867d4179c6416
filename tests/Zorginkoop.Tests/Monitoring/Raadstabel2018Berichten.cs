using System.Globalization;
using System.Xml.Linq;
using Zorginkoop.Catalogus;
using Zorginkoop.Demo;

namespace Zorginkoop.Tests.Monitoring;

/// <summary>
/// The council-table lines of <see cref="Raadstabel2018"/> as real iJw/iWmo 3.2 claim messages: one JW323 or WMO323
/// per provider and month (a declaration covers one calendar month, IV089), credits as DebetCredit C with
/// VorigReferentieNummer. JW323 requires an allocation number, so lines without one get a number per
/// client × provider × product: the same trajecten as in the CSV.
/// </summary>
public static class Raadstabel2018Berichten
{
    public static IEnumerable<(string Naam, string Xml)> Maak()
    {
        var groepVan = Raadstabel2018.Groepen.SelectMany(g => g.Producten.Select(p => (p, g))).ToDictionary(x => x.p, x => x.g);
        var nummers = new Dictionary<(string, string, string), string>();
        var regels = Raadstabel2018.Regels().Select(r => r with
        {
            Toewijzing = r.Toewijzing ?? (nummers.TryGetValue((r.Bsn, r.Agb, r.Product), out var n) ? n
                : nummers[(r.Bsn, r.Agb, r.Product)] = (800_000 + nummers.Count).ToString(CultureInfo.InvariantCulture)),
        }).ToList();

        var volgnummer = 0;
        foreach (var bericht in regels.GroupBy(r => (Domein: groepVan[r.Product].Domein, r.Agb, r.Gemeente, Maand: new DateOnly(r.Begin.Year, r.Begin.Month, 1))))
        {
            volgnummer++;
            var (domein, agb, gemeente, maand) = bericht.Key;
            var jeugd = domein == Domein.Jeugd;
            var naam = jeugd ? "jw323" : "wmo323";
            XNamespace b = $"http://www.istandaarden.nl/{(jeugd ? "ijw" : "iwmo")}/3_2/{naam}/schema";
            XNamespace s = $"http://www.istandaarden.nl/{(jeugd ? "ijw" : "iwmo")}/3_2/basisschema/schema";
            var eind = maand.AddMonths(1).AddDays(-1);
            var totaal = bericht.Sum(r => r.BedragCent);
            var debetVan = new Dictionary<(string, long), string>();
            var referentie = 0;

            XElement Prestatie(Raadstabel2018.Regel r)
            {
                var eigen = $"R{volgnummer:00000}-{++referentie:00000}";
                var credit = r.BedragCent < 0;
                var product = new XElement(b + "ProductReferentie", new XElement(s + "ReferentieNummer", eigen));
                if (credit)
                {
                    product.Add(new XElement(s + "VorigReferentieNummer", debetVan[(r.Toewijzing!, -r.BedragCent)]));
                }
                else
                {
                    debetVan[(r.Toewijzing!, r.BedragCent)] = eigen;
                }

                return new XElement(b + "Prestatie",
                    product,
                    new XElement(b + "ToewijzingNummer", r.Toewijzing),
                    new XElement(b + "ProductCategorie", r.Product[..2]),
                    new XElement(b + "ProductCode", r.Product),
                    new XElement(b + "ProductPeriode", new XElement(s + "Begindatum", Datum(r.Begin)), new XElement(s + "Einddatum", Datum(r.Eind))),
                    new XElement(b + "GeleverdVolume", r.Volume),
                    new XElement(b + "Eenheid", r.Eenheid),
                    new XElement(b + "IngediendBedrag", new XElement(s + "Bedrag", Math.Abs(r.BedragCent)), new XElement(s + "DebetCredit", credit ? "C" : "D")));
            }

            var xml = new XDocument(new XElement(b + "Bericht",
                new XAttribute(XNamespace.Xmlns + naam, b), new XAttribute(XNamespace.Xmlns + (jeugd ? "ijw" : "iwmo"), s),
                new XElement(b + "Header",
                    new XElement(b + "BerichtCode", jeugd ? 490 : 484),
                    new XElement(b + "BerichtVersie", 3),
                    new XElement(b + "BerichtSubversie", 2),
                    new XElement(b + "Afzender", agb),
                    new XElement(b + "Ontvanger", gemeente),
                    new XElement(b + "BerichtIdentificatie", new XElement(s + "Identificatie", $"B{volgnummer:00000}"), new XElement(s + "Dagtekening", Datum(eind.AddDays(5)))),
                    new XElement(b + "XsdVersie", new XElement(s + "BasisschemaXsdVersie", jeugd ? "0.1.0" : "1.0.0"), new XElement(s + "BerichtXsdVersie", jeugd ? "0.1.0" : "1.0.0"))),
                new XElement(b + "Declaratie",
                    new XElement(b + "DeclaratieNummer", $"D{volgnummer:00000}"),
                    new XElement(b + "DeclaratiePeriode", new XElement(s + "Begindatum", Datum(maand)), new XElement(s + "Einddatum", Datum(eind))),
                    new XElement(b + "DeclaratieDagtekening", Datum(eind.AddDays(5))),
                    new XElement(b + "TotaalIngediendBedrag", new XElement(s + "TotaalBedrag", Math.Abs(totaal)), new XElement(s + "DebetCredit", totaal < 0 ? "C" : "D")),
                    new XElement(b + "Clienten", bericht.GroupBy(r => r.Bsn).Select(c =>
                        new XElement(b + "Client", new XElement(b + "Bsn", c.Key), new XElement(b + "Prestaties", c.Select(Prestatie))))))));
            yield return ($"{naam}-{agb}-{maand:yyyy-MM}-{gemeente}.xml", xml.Declaration + xml.ToString(SaveOptions.DisableFormatting));
        }
    }

    private static string Datum(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
