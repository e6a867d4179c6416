using Microsoft.EntityFrameworkCore;
using Zorginkoop.Catalogus;
using Zorginkoop.Data;

namespace Zorginkoop.Zorgdata;

/// <summary>
/// Finds the catalogue product of a care line: the product code in the catalogue of the region the municipality
/// belongs to, valid on the line's date. Loaded once per import; lookups are in memory.
/// </summary>
public sealed class ProductLookup
{
    public sealed record Kandidaat(int ProductId, int RegioId, Periode Geldigheid, string EenheidCode, Domein Domein);

    private readonly Dictionary<string, int[]> regiosVanGemeente;
    private readonly Dictionary<(int RegioId, string Code), List<Kandidaat>> producten;
    private readonly HashSet<string> gemeenten;

    private ProductLookup(Dictionary<string, int[]> regiosVanGemeente, Dictionary<(int, string), List<Kandidaat>> producten, HashSet<string> gemeenten)
    {
        this.regiosVanGemeente = regiosVanGemeente;
        this.producten = producten;
        this.gemeenten = gemeenten;
    }

    public static async Task<ProductLookup> LoadAsync(ZorginkoopDbContext db, CancellationToken ct)
    {
        var gemeenten = (await db.Gemeenten.Select(g => g.Code).ToListAsync(ct)).ToHashSet();
        var regios = await db.Regios.AsNoTracking().Include(r => r.Gemeenten).ToListAsync(ct);
        var koppelingen = regios.SelectMany(r => r.Gemeenten.Select(g => new { g.Code, RegioId = r.Id })).ToList();
        var lijst = await db.Producten.AsNoTracking()
            .Select(p => new { p.RegioId, p.Code, p.Id, p.GeldigVan, p.GeldigTot, p.EenheidCode, p.Domein }).ToListAsync(ct);
        return new ProductLookup(
            koppelingen.GroupBy(k => k.Code).ToDictionary(g => g.Key, g => g.Select(k => k.RegioId).ToArray()),
            lijst.GroupBy(p => (p.RegioId, p.Code.ToUpperInvariant()))
                .ToDictionary(g => g.Key, g => g.Select(p => new Kandidaat(p.Id, p.RegioId, new Periode(p.GeldigVan, p.GeldigTot), p.EenheidCode, p.Domein)).ToList()),
            gemeenten);
    }

    public bool IsGemeente(string code) => gemeenten.Contains(code);

    public bool HoortBijRegio(string gemeente) => regiosVanGemeente.ContainsKey(gemeente);

    /// <summary>The product, or a Dutch reason why there is none (or more than one).</summary>
    public (Kandidaat? Product, string? Fout) Zoek(string gemeente, string code, DateOnly datum)
    {
        if (!regiosVanGemeente.TryGetValue(gemeente, out var regios))
        {
            return (null, $"gemeente {gemeente} hoort bij geen regio in Zorginkoop, dus er is geen catalogus om product {code} in op te zoeken");
        }

        // Called for every care line: plain loops, and no upper-casing when the code has no lower case.
        var sleutel = code.Any(char.IsLower) ? code.ToUpperInvariant() : code;
        Kandidaat? eerste = null;
        var aantal = 0;
        foreach (var r in regios)
        {
            if (producten.TryGetValue((r, sleutel), out var kandidaten))
            {
                foreach (var k in kandidaten)
                {
                    if (k.Geldigheid.Bevat(datum))
                    {
                        eerste ??= k;
                        aantal++;
                    }
                }
            }
        }

        return aantal switch
        {
            1 => (eerste, null),
            0 => (null, $"product {code} staat niet in de catalogus van de regio van gemeente {gemeente} op {datum:yyyy-MM-dd}"),
            _ => (null, $"product {code} komt op {datum:yyyy-MM-dd} in meer dan één regio van gemeente {gemeente} voor"),
        };
    }
}
