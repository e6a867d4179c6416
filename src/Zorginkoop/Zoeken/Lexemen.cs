using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;

namespace Zorginkoop.Zoeken;

/// <summary>
/// PostgreSQL: a question's words as exact index terms. Each word is looked up as the beginning of a term, stemmed by
/// PostgreSQL's <c>dutch</c> configuration and as typed (see <see cref="Zoekterm"/>), in the table of every term the
/// index holds (<c>Zoeklexemen</c>, kept by a trigger on <c>Zoekitems</c>), and the question becomes those terms exactly.
/// A prefix query (<c>hulp:*</c>) would find the same rows, but GIN asks to recheck each of them against its vector,
/// read from TOAST: 0.5 s for a common word at 60,000 items (bench/README.md, "Search").
/// </summary>
public static class Lexemen
{
    /// <summary>A word that begins more terms than this is searched as a prefix after all: a query of thousands of terms costs more.</summary>
    public const int MaximaalPerWoord = 1000;

    /// <summary>
    /// The tsquery text for <paramref name="termen"/> (every word must match, each by one of its terms), or null when a
    /// word begins no term at all, so nothing can match.
    /// </summary>
    public static async Task<string?> TsqueryAsync(ZorginkoopDbContext db, IReadOnlyList<Zoekterm> termen, CancellationToken ct)
    {
        // PostgreSQL's own stems of the words, the stemmer that made the index's terms.
        var stemVraag = string.Join(" UNION ALL ", termen.Select((_, i) =>
            $"SELECT {i} AS \"Term\", x AS \"Lexeem\" FROM unnest(tsvector_to_array(to_tsvector('dutch', {{{i}}}))) x"));
        var stammen = await db.Database.SqlQueryRaw<TermLexeem>(stemVraag, [.. termen.Select(t => (object)t.Woord)]).ToListAsync(ct);

        var parameters = new List<object>();
        var delen = new List<string>();
        for (var i = 0; i < termen.Count; i++)
        {
            var begins = stammen.Where(s => s.Term == i).Select(s => s.Lexeem).Append(termen[i].Woord).Distinct(StringComparer.Ordinal).ToList();
            var voorwaarden = begins.Select(b =>
            {
                // Terms hold letters and digits only (Zoektermen), so no LIKE wildcard can come in with them.
                parameters.Add(b + "%");
                return $"\"Lexeem\" LIKE {{{parameters.Count - 1}}}";
            });
            delen.Add($"(SELECT {i} AS \"Term\", \"Lexeem\" FROM \"Zoeklexemen\" WHERE {string.Join(" OR ", voorwaarden)} LIMIT {MaximaalPerWoord + 1})");
        }

        var gevonden = await db.Database.SqlQueryRaw<TermLexeem>(string.Join(" UNION ALL ", delen), [.. parameters]).ToListAsync(ct);
        var query = new StringBuilder();
        for (var i = 0; i < termen.Count; i++)
        {
            var lexemen = gevonden.Where(g => g.Term == i).Select(g => g.Lexeem).ToList();
            if (lexemen.Count == 0)
            {
                return null;
            }

            query.Append(query.Length == 0 ? "(" : " & (");
            query.AppendJoin(" | ", lexemen.Count > MaximaalPerWoord
                ? stammen.Where(s => s.Term == i).Select(s => s.Lexeem).Append(termen[i].Woord).Distinct(StringComparer.Ordinal).Select(b => Citeer(b) + ":*")
                : lexemen.Select(Citeer));
            query.Append(')');
        }

        return query.ToString();
    }

    /// <summary>A term as a quoted tsquery operand: taken as it is, not parsed or stemmed again.</summary>
    private static string Citeer(string lexeem) =>
        string.Create(CultureInfo.InvariantCulture, $"'{lexeem.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal)}'");

    private sealed record TermLexeem(int Term, string Lexeem);
}
