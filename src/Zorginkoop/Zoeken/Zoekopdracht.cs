using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Accounts;
using Zorginkoop.Data;

namespace Zorginkoop.Zoeken;

/// <summary>What someone searches for: the words, optionally one kind and one region, and the page.</summary>
public sealed record Zoekvraag(string? Tekst, string? Soort = null, int? RegioId = null, int Pagina = 1, int PaginaGrootte = 20);

/// <summary>One result, with the matching words marked in its title and in the fragment of its text.</summary>
public sealed record Zoektreffer(string Soort, Fragment Titel, Fragment Fragment, string Url, DateOnly? Datum, IReadOnlyList<int> RegioIds);

/// <summary>A page of results, ranked, with the number of results of each kind (for the filter) and in total.</summary>
public sealed record Zoekresultaat(IReadOnlyList<string> Termen, IReadOnlyList<Zoektreffer> Treffers, int Totaal, IReadOnlyDictionary<string, int> PerSoort);

/// <summary>
/// Searching the index: SQLite's FTS5 over the stemmed terms (ranked by bm25, the title ten times the text) or
/// PostgreSQL's full-text search with the <c>dutch</c> configuration (ranked by ts_rank, the title weighted A). Every
/// word must match, each as the beginning of a word ("jeugdhulp" finds "Jeugdhulpaanbieders"). What a viewer finds is
/// what the pages show them (<see cref="Kijker"/>): the public finds public items, an employee also her regions' own.
/// </summary>
public static class Zoekopdracht
{
    public static async Task<Zoekresultaat> ZoekAsync(ZorginkoopDbContext db, Kijker kijker, Zoekvraag vraag, CancellationToken ct)
    {
        var termen = Zoektermen.Vraag(vraag.Tekst);
        if (termen.Count == 0)
        {
            return new([], [], 0, new Dictionary<string, int>());
        }

        var vormen = termen.SelectMany(t => t.Vormen).Distinct().ToList();

        var sqlite = db.Database.IsSqlite();
        var parameters = new List<object>();
        string P(object waarde)
        {
            parameters.Add(waarde);
            return $"{{{parameters.Count - 1}}}";
        }

        // The match: terms contain only letters and digits (Zoektermen), and go in as parameters all the same.
        string van, waar, rang;
        if (sqlite)
        {
            van = "ZoekitemsFts f JOIN Zoekitems z INDEXED BY IX_Zoekitems_Filter ON z.Id = f.rowid";
            waar = $"ZoekitemsFts MATCH {P(string.Join(" AND ", termen.Select(t => $"({string.Join(" OR ", t.Vormen.Select(v => $"\"{v}\"*"))})")))}";
            rang = "bm25(ZoekitemsFts, 10.0, 1.0)";
        }
        else
        {
            // PostgreSQL stems each folded word itself ('dutch', the same Snowball algorithm as the index) and also
            // takes it unstemmed ('simple'), as Zoekterm explains; every word must match.
            van = "\"Zoekitems\" z";
            var q = string.Join(" && ", termen.Select(t => { var w = P($"{t.Woord}:*"); return $"(to_tsquery('dutch', {w}) || to_tsquery('simple', {w}))"; }));
            waar = $"z.\"Zoekvector\" @@ ({q})";
            rang = $"-ts_rank(z.\"Zoekvector\", {q})";
        }

        var filter = new StringBuilder(waar);
        if (!kijker.Alles)
        {
            filter.Append(CultureInfo.InvariantCulture, $" AND ({K(sqlite, "Openbaar")}");
            foreach (var id in kijker.RegioIds)
            {
                filter.Append(CultureInfo.InvariantCulture, $" OR {K(sqlite, "Regios")} LIKE {P($"%;{id};%")}");
            }

            filter.Append(')');
        }

        if (vraag.RegioId is int regio)
        {
            filter.Append(CultureInfo.InvariantCulture, $" AND {K(sqlite, "Regios")} LIKE {P($"%;{regio};%")}");
        }

        // Only parameters carry what the user typed; the SQL text is built from constants and numbers alone.
        var telling = $"SELECT {K(sqlite, "Soort")} AS \"Soort\", COUNT(*) AS \"Aantal\" FROM {van} WHERE {filter} GROUP BY {K(sqlite, "Soort")}";
        var perSoort = (await db.Database.SqlQueryRaw<SoortAantal>(telling, [.. parameters]).ToListAsync(ct)).ToDictionary(s => s.Soort, s => s.Aantal);
        var soort = Zoeksoorten.Bij(vraag.Soort);
        if (soort is not null)
        {
            filter.Append(CultureInfo.InvariantCulture, $" AND {K(sqlite, "Soort")} = {P(soort.Code)}");
        }

        var totaal = soort is null ? perSoort.Values.Sum() : perSoort.GetValueOrDefault(soort.Code);
        var grootte = Math.Clamp(vraag.PaginaGrootte, 1, 100);
        var overslaan = (Math.Max(1, vraag.Pagina) - 1) * grootte;
        // A procedure, trajectory, product or provider named by the words is what most people look for; its lots,
        // updates and documents follow (they repeat its name), so the kind weighs in on the text's own rank.
        rang = $"{rang} * CASE {K(sqlite, "Soort")} WHEN 'aanbesteding' THEN 2.0 WHEN 'inkooptraject' THEN 2.0 WHEN 'product' THEN 1.5 WHEN 'zorgaanbieder' THEN 1.5 ELSE 1.0 END";
        // First the page's keys in order (the sort carries only them), then the page's twenty rows with their texts.
        var pagina = $"SELECT {K(sqlite, "Id")} AS \"Value\" FROM {van} WHERE {filter} ORDER BY {rang}, {K(sqlite, "Id")} DESC LIMIT {grootte} OFFSET {overslaan}";
        var ids = await db.Database.SqlQueryRaw<int>(pagina, [.. parameters]).ToListAsync(ct);
        var rijen = (await db.Zoekitems.AsNoTracking().Where(z => ids.Contains(z.Id))
            .Select(z => new { z.Id, z.Soort, z.Titel, z.Tekst, z.Url, z.Datum, z.Regios }).ToListAsync(ct)).ToDictionary(r => r.Id);
        var treffers = ids.Where(rijen.ContainsKey).Select(id => rijen[id]).Select(r => new Zoektreffer(r.Soort, Fragment.Geheel(r.Titel, vormen),
            Fragment.Rond(r.Tekst, vormen), r.Url, r.Datum,
            [.. r.Regios.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture))])).ToList();
        return new(vormen, treffers, totaal, perSoort);
    }

    private static string K(bool sqlite, string kolom) => sqlite ? $"z.{kolom}" : $"z.\"{kolom}\"";

    private sealed record SoortAantal(string Soort, int Aantal);
}
