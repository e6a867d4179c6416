using System.Globalization;
using System.Reflection;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Catalogus;
using Zorginkoop.Data;

namespace Zorginkoop.Referentiedata;

/// <summary>
/// Loads the national reference data (municipalities, product categories, units) that ship inside this assembly
/// (see SOURCES.md beside this file). Idempotent: adds what is missing and updates changed names.
/// </summary>
public static class ReferentiedataLoader
{
    /// <summary>The short names the catalogue import accepts for the WJ756 units (issue: minuut, uur, ...).</summary>
    private static readonly Dictionary<string, string> KorteNamen = new()
    {
        ["01"] = "minuut",
        ["04"] = "uur",
        ["14"] = "etmaal",
        ["16"] = "dagdeel",
        ["82"] = "stuks",
        ["83"] = "euro",
        ["84"] = "stuks inspanning",
    };

    public static async Task LoadAsync(ZorginkoopDbContext db, CancellationToken ct = default)
    {
        var gemeenten = await db.Gemeenten.ToDictionaryAsync(g => g.Code, ct);
        foreach (var rij in LeesGemeenten())
        {
            if (gemeenten.TryGetValue(rij.Code, out var bestaand))
            {
                bestaand.Naam = rij.Naam;
                bestaand.Provincie = rij.Provincie;
            }
            else
            {
                db.Gemeenten.Add(rij);
            }
        }

        var categorieen = await db.ProductCategorieen.ToDictionaryAsync(c => (c.Domein, c.Code), ct);
        var eenheden = await db.Eenheden.ToDictionaryAsync(e => e.Code, ct);
        foreach (var (standaard, datatype, code, omschrijving) in LeesCodelijsten())
        {
            if (datatype == "LDT_ProductCategorie")
            {
                var domein = standaard.StartsWith("iJw", StringComparison.Ordinal) ? Domein.Jeugd : Domein.Wmo;
                if (categorieen.TryGetValue((domein, code), out var c))
                {
                    c.Omschrijving = omschrijving;
                }
                else
                {
                    var nieuw = new ProductCategorie { Domein = domein, Code = code, Omschrijving = omschrijving };
                    categorieen[(domein, code)] = nieuw;
                    db.ProductCategorieen.Add(nieuw);
                }
            }
            else if (datatype == "LDT_Eenheid")
            {
                // iJw and iWmo share WJ756; the second occurrence of a code is the same unit.
                if (eenheden.TryGetValue(code, out var e))
                {
                    e.Omschrijving = omschrijving;
                }
                else
                {
                    var nieuw = new Eenheid { Code = code, Omschrijving = omschrijving, Naam = KorteNamen.GetValueOrDefault(code, omschrijving.ToLowerInvariant()) };
                    eenheden[code] = nieuw;
                    db.Eenheden.Add(nieuw);
                }
            }
        }

        await db.SaveChangesAsync(ct);
    }

    public static IReadOnlyList<Gemeente> LeesGemeenten()
    {
        using var csv = Open("gemeenten_cbs_2026.csv");
        var lijst = new List<Gemeente>();
        csv.Read();
        csv.ReadHeader();
        while (csv.Read())
        {
            lijst.Add(new Gemeente
            {
                Code = csv.GetField("gemeentecode")!,
                Naam = csv.GetField("gemeentenaam")!,
                Provincie = csv.GetField("provincie"),
            });
        }

        return lijst;
    }

    public static IReadOnlyList<(string Standaard, string Datatype, string Code, string Omschrijving)> LeesCodelijsten()
    {
        using var csv = Open("codelijsten_ijw_iwmo_3.2.csv");
        var lijst = new List<(string, string, string, string)>();
        csv.Read();
        csv.ReadHeader();
        while (csv.Read())
        {
            lijst.Add((csv.GetField("standaard")!, csv.GetField("datatype")!, csv.GetField("code")!, csv.GetField("omschrijving")!));
        }

        return lijst;
    }

    private static CsvReader Open(string bestand)
    {
        var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Zorginkoop.Referentiedata.{bestand}")
            ?? throw new InvalidOperationException($"Ingebedde referentiedata {bestand} ontbreekt.");
        return new CsvReader(new StreamReader(stream), new CsvConfiguration(CultureInfo.InvariantCulture));
    }
}
