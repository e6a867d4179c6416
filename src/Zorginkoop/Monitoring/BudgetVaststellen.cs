using Microsoft.EntityFrameworkCore;
using Zorginkoop.Catalogus;
using Zorginkoop.Data;
using Zorginkoop.Formatting;

namespace Zorginkoop.Monitoring;

/// <summary>Sets a region's budget for one year per domain and monitor group; an empty amount removes that budget. All or nothing.</summary>
public static class BudgetVaststellen
{
    /// <param name="Bedrag">Euro as typed, Dutch style ("1.250.000"); empty removes the budget of this group.</param>
    public sealed record Regel(Domein Domein, string Monitorgroep, string? Bedrag);

    /// <summary>The field a refusal names: "domein|monitorgroep", e.g. "jeugd|Verblijf".</summary>
    public static string Sleutel(Domein d, string groep) => $"{d.Code()}|{groep}";

    public static async Task<Resultaat<int>> HandleAsync(ZorginkoopDbContext db, string regioCode, int jaar, IReadOnlyList<Regel> regels, CancellationToken ct = default)
    {
        var regio = await db.Regios.SingleOrDefaultAsync(r => r.Code == regioCode, ct);
        if (regio is null)
        {
            return Resultaat.Geweigerd<int>(Weigering.Geheel("budget.regio-onbekend", $"Regio {regioCode} bestaat niet."));
        }

        var bedragen = new List<(Regel Regel, long? Cent)>();
        var weigeringen = new List<Weigering>();
        foreach (var r in regels)
        {
            if (string.IsNullOrWhiteSpace(r.Bedrag))
            {
                bedragen.Add((r, null));
            }
            else if (NlFormat.LeesBedragCent(r.Bedrag) is { } cent and >= 0)
            {
                bedragen.Add((r, cent));
            }
            else
            {
                weigeringen.Add(new("budget.bedrag-ongeldig", Sleutel(r.Domein, r.Monitorgroep), $"Budget {r.Monitorgroep}: vul een bedrag in euro in, zoals 1.250.000."));
            }
        }

        if (weigeringen.Count > 0)
        {
            return Resultaat.Geweigerd<int>(weigeringen);
        }

        var bestaand = await db.Budgetten.Where(b => b.RegioId == regio.Id && b.Jaar == jaar).ToListAsync(ct);
        foreach (var (r, cent) in bedragen)
        {
            var budget = bestaand.FirstOrDefault(b => b.Domein == r.Domein && b.Monitorgroep == r.Monitorgroep);
            if (cent is null)
            {
                if (budget is not null)
                {
                    db.Budgetten.Remove(budget);
                }
            }
            else if (budget is null)
            {
                db.Budgetten.Add(new Budget { RegioId = regio.Id, Jaar = jaar, Domein = r.Domein, Monitorgroep = r.Monitorgroep, BedragCent = cent.Value });
            }
            else
            {
                budget.BedragCent = cent.Value;
            }
        }

        return Resultaat.Goed(await db.SaveChangesAsync(ct));
    }
}
