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

        var sqlite = db.Database.IsSqlite();
        var parameters = new List<object>();
        string P(object waarde)
        {
            parameters.Add(waarde);
            return $"{{{parameters.Count - 1}}}";
        }

        // The match: terms contain only letters and digits (Zoektermen), and go in as one parameter all the same.
        string van, waar, rang;
        if (sqlite)
        {
            van = "ZoekitemsFts f JOIN Zoekitems z ON z.Id = f.rowid";
            waar = $"ZoekitemsFts MATCH {P(string.Join(' ', termen.Select(t => $"\"{t}\"*")))}";
            rang = "bm25(ZoekitemsFts, 10.0, 1.0)";
        }
        else
        {
            // PostgreSQL stems the folded words itself, the same Snowball algorithm as the index.
            var woorden = Zoektermen.Woorden(vraag.Tekst!.Length > 500 ? vraag.Tekst[..500] : vraag.Tekst)
                .Select(w => Zoektermen.Vouw(vraag.Tekst.AsSpan(w.Begin, w.Lengte))).Where(w => w.Length >= Zoektermen.MinimaleLengte)
                .Distinct().Take(Zoektermen.MaximaalAantal);
            van = "\"Zoekitems\" z";
            var q = P(string.Join(" & ", woorden.Select(w => $"{w}:*")));
            waar = $"z.\"Zoekvector\" @@ to_tsquery('dutch', {q})";
            rang = $"-ts_rank(z.\"Zoekvector\", to_tsquery('dutch', {q}))";
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
        var kolommen = string.Join(", ", Kolommen.Select(k => $"{K(sqlite, k)} AS \"{k}\""));
        var pagina = $"SELECT {kolommen} FROM {van} WHERE {filter} ORDER BY {rang}, {K(sqlite, "Id")} DESC LIMIT {grootte} OFFSET {overslaan}";
        var rijen = await db.Database.SqlQueryRaw<Rij>(pagina, [.. parameters]).ToListAsync(ct);
        var treffers = rijen.Select(r => new Zoektreffer(r.Soort, Fragment.Geheel(r.Titel, termen), Fragment.Rond(r.Tekst, termen), r.Url, r.Datum,
            [.. r.Regios.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture))])).ToList();
        return new(termen, treffers, totaal, perSoort);
    }

    private static readonly string[] Kolommen = ["Id", "Soort", "Titel", "Tekst", "Url", "Datum", "Regios"];

    private static string K(bool sqlite, string kolom) => sqlite ? $"z.{kolom}" : $"z.\"{kolom}\"";

    private sealed record SoortAantal(string Soort, int Aantal);

    private sealed record Rij(int Id, string Soort, string Titel, string Tekst, string Url, DateOnly? Datum, string Regios);
}
