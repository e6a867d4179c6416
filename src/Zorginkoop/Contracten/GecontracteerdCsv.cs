using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Zorginkoop.Contracten;

/// <summary>
/// The contracted supply as a file for back-office systems (GET /api/v1/gecontracteerd.csv, <c>zorginkoop gecontracteerd
/// export</c>): one line per municipality, product, provider, contract and period, in the catalogue export's format
/// (semicolons, UTF-8 with BOM, dates yyyy-MM-dd, tariffs in eurocents as in iJw/iWmo).
/// </summary>
public static class GecontracteerdCsv
{
    public static readonly string[] Kolommen =
    [
        "gemeentecode", "gemeente", "regio", "productcode", "product", "eenheid", "landelijke_code",
        "agb_code", "kvk_nummer", "zorgaanbieder", "contract", "aanbesteding", "van", "tot", "tarief_cent",
    ];

    public static async Task WriteAsync(IEnumerable<GecontracteerdeRegel> regels, Stream uitvoer, CancellationToken ct = default)
    {
        await using var writer = new StreamWriter(uitvoer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        await using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = ";",
            // A name that begins with = + - @ would be a formula in a spreadsheet (CSV injection, OWASP): written with a leading quote.
            InjectionOptions = InjectionOptions.Escape,
        });
        foreach (var kolom in Kolommen)
        {
            csv.WriteField(kolom);
        }

        await csv.NextRecordAsync();
        foreach (var r in regels)
        {
            ct.ThrowIfCancellationRequested();
            csv.WriteField(r.GemeenteCode);
            csv.WriteField(r.Gemeente);
            csv.WriteField(r.RegioCode);
            csv.WriteField(r.ProductCode);
            csv.WriteField(r.Product);
            csv.WriteField(r.EenheidCode);
            csv.WriteField(r.LandelijkeCode);
            csv.WriteField(r.AgbCode);
            csv.WriteField(r.KvkNummer);
            csv.WriteField(r.Zorgaanbieder);
            csv.WriteField(r.ContractId);
            csv.WriteField(r.AanbestedingId);
            csv.WriteField(Datum(r.Van));
            csv.WriteField(Datum(r.Tot));
            csv.WriteField(r.TariefCent?.ToString(CultureInfo.InvariantCulture));
            await csv.NextRecordAsync();
        }
    }

    private static string Datum(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
