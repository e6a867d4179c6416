using Microsoft.EntityFrameworkCore;
using Zorginkoop.Catalogus;
using Zorginkoop.Data;

namespace Zorginkoop.Tests.Zorgdata;

/// <summary>The iJw/iWmo sample messages (Voorbeelden/SOURCES.md) and the region with Amsterdam (0363) they need.</summary>
internal static class BerichtVoorbeelden
{
    public static string Voorbeeld(string naam) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Zorgdata", "Voorbeelden", naam));

    public static async Task ZorgVoorRegioAmsterdamAsync(ZorginkoopDbContext db, CancellationToken ct)
    {
        if (await db.Regios.AnyAsync(r => r.Code == "amsterdam-test", ct))
        {
            return;
        }

        var regio = new Regio { Code = "amsterdam-test", Naam = "Amsterdam (test)" };
        regio.Gemeenten.Add(await db.Gemeenten.SingleAsync(g => g.Code == "0363", ct));
        var van = new DateOnly(2024, 1, 1);
        regio.Producten.AddRange(
        [
            new Product { Code = "43B11", Naam = "Logeren", Domein = Domein.Jeugd, CategorieCode = "43", Monitorgroep = "Verblijf", EenheidCode = "14", GeldigVan = van },
            new Product { Code = "50B32", Naam = "Schoolvervangende dagbehandeling", Domein = Domein.Jeugd, CategorieCode = "50", Monitorgroep = "Behandeling", EenheidCode = "16", GeldigVan = van },
            new Product { Code = "45A03", Naam = "Jeugdhulp ambulant", Domein = Domein.Jeugd, CategorieCode = "45", Monitorgroep = "Begeleiding", EenheidCode = "04", GeldigVan = van },
            new Product { Code = "02A03", Naam = "Begeleiding individueel", Domein = Domein.Wmo, CategorieCode = "02", Monitorgroep = "Begeleiding individueel", EenheidCode = "04", GeldigVan = van },
        ]);
        db.Regios.Add(regio);
        await db.SaveChangesAsync(ct);
    }
}
