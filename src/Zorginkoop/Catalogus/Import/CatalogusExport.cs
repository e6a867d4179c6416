using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;

namespace Zorginkoop.Catalogus.Import;

/// <summary>
/// Writes a region's catalogue in the import format: one line per product and tariff (a product without tariffs gets
/// one line with empty tariff columns), with each tariff's end date, so that importing the export changes nothing. UTF-8 with BOM, so spreadsheet
/// programs read the accents right; the import accepts both.
/// </summary>
public static class CatalogusExport
{
    public static async Task<int> WriteAsync(ZorginkoopDbContext db, string regioCode, Stream uitvoer, CancellationToken ct = default)
    {
        var producten = await db.Producten.AsNoTracking()
            .Where(p => p.Regio!.Code == regioCode)
            .Include(p => p.Tarieven)
            .Include(p => p.Segment)
            .ToListAsync(ct);

        await using var writer = new StreamWriter(uitvoer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        await using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ";" });
        foreach (var kolom in CatalogusCsv.AlleKolommen)
        {
            csv.WriteField(kolom);
        }

        await csv.NextRecordAsync();
        var regels = 0;
        foreach (var p in producten.OrderBy(p => p.Code, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.GeldigVan))
        {
            var tarieven = p.Tarieven.OrderBy(t => t.GeldigVan).Select(t => (Tarief?)t).DefaultIfEmpty();
            foreach (var t in tarieven)
            {
                csv.WriteField(p.Code);
                csv.WriteField(p.Naam);
                csv.WriteField(p.Domein.Code());
                csv.WriteField(p.CategorieCode);
                csv.WriteField(p.Monitorgroep);
                csv.WriteField(p.EenheidCode);
                csv.WriteField(p.Segment?.Code);
                csv.WriteField(Datum(p.GeldigVan));
                csv.WriteField(Datum(p.GeldigTot));
                csv.WriteField(t?.BedragCent.ToString(CultureInfo.InvariantCulture));
                csv.WriteField(Datum(t?.GeldigVan));
                csv.WriteField(p.LandelijkeCode);
                csv.WriteField(Datum(t?.GeldigTot));
                await csv.NextRecordAsync();
                regels++;
            }
        }

        return regels;
    }

    private static string? Datum(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
