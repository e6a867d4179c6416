using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;

namespace Zorginkoop.Tests.Catalogus.Import;

/// <summary>A region's products and tariffs as plain lines, to compare the stored state before and after.</summary>
internal static class RegioInhoud
{
    public static async Task<List<string>> LeesAsync(ZorginkoopDbContext db, string regio)
    {
        var producten = await db.Producten.AsNoTracking().Include(p => p.Tarieven).Include(p => p.Segment)
            .Where(p => p.Regio!.Code == regio).ToListAsync(TestContext.Current.CancellationToken);
        return producten.OrderBy(p => p.Code, StringComparer.Ordinal).ThenBy(p => p.GeldigVan)
            .SelectMany(p => p.Tarieven.OrderBy(t => t.GeldigVan)
                .Select(t => string.Create(CultureInfo.InvariantCulture, $"  tarief {t.GeldigVan:yyyy-MM-dd}..{t.GeldigTot:yyyy-MM-dd} {t.BedragCent}"))
                .Prepend(string.Create(CultureInfo.InvariantCulture,
                    $"{p.Code}|{p.Naam}|{p.Domein}|{p.CategorieCode}|{p.Monitorgroep}|{p.EenheidCode}|{p.Segment?.Code}|{p.GeldigVan:yyyy-MM-dd}..{p.GeldigTot:yyyy-MM-dd}|{p.LandelijkeCode}")))
            .ToList();
    }
}
