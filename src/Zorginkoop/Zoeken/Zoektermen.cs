using System.Globalization;
using System.Text;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Zorginkoop.Zoeken;

/// <summary>One word of a text: where it stands in the original, and its search form (lower case, no accents, stemmed).</summary>
public readonly record struct Woord(int Begin, int Lengte, string Term);

/// <summary>
/// A word of a question: its stem, and the word itself (lower case, no accents). Both are searched as the beginning of
/// a term, because stemming a word alone can cut it differently than inside a compound: "logeer" stems to "loger",
/// while "logeeropvang" keeps its "ee".
/// </summary>
public sealed record Zoekterm(string Stam, string Woord)
{
    public IEnumerable<string> Vormen => Stam == Woord ? [Stam] : [Stam, Woord];
}

/// <summary>
/// How text becomes search terms, the same for what is indexed and what is asked: words of letters and digits, lower
/// case, accents removed ("cliënten" is "clienten"), and Dutch words stemmed with the Snowball algorithm
/// ("begeleiding" and "begeleid" are one term), which is the algorithm PostgreSQL's <c>dutch</c> configuration uses, so
/// both databases find the same. A word with a digit in it (a product code "45A64", a KvK number) is never stemmed.
/// </summary>
public static class Zoektermen
{
    /// <summary>Terms shorter than this are left out of a question: a one-letter prefix matches everything.</summary>
    public const int MinimaleLengte = 2;

    /// <summary>At most this many words of a question count; the rest is ignored rather than refused.</summary>
    public const int MaximaalAantal = 8;

    public static IEnumerable<Woord> Woorden(string tekst)
    {
        var stemmer = new DutchStemmer();
        var i = 0;
        while (i < tekst.Length)
        {
            if (!char.IsLetterOrDigit(tekst[i]))
            {
                i++;
                continue;
            }

            var begin = i;
            while (i < tekst.Length && (char.IsLetterOrDigit(tekst[i]) || char.GetUnicodeCategory(tekst[i]) == UnicodeCategory.NonSpacingMark))
            {
                i++;
            }

            var woord = tekst.AsSpan(begin, i - begin);
            yield return new Woord(begin, i - begin, Term(woord, stemmer));
        }
    }

    /// <summary>The terms of a text as one string, for the SQLite index (FTS5 splits it on spaces again).</summary>
    public static string Termen(string? tekst) =>
        string.IsNullOrEmpty(tekst) ? "" : string.Join(' ', Woorden(tekst).Select(w => w.Term));

    /// <summary>The distinct words of a question, in order, each long enough to search with.</summary>
    public static IReadOnlyList<Zoekterm> Vraag(string? vraag)
    {
        if (string.IsNullOrWhiteSpace(vraag))
        {
            return [];
        }

        var tekst = vraag.Length > 500 ? vraag[..500] : vraag;
        return [.. Woorden(tekst).Select(w => new Zoekterm(w.Term, Vouw(tekst.AsSpan(w.Begin, w.Lengte))))
            .Where(t => t.Woord.Length >= MinimaleLengte).DistinctBy(t => t.Woord).Take(MaximaalAantal)];
    }

    /// <summary>Lower case without accents, unstemmed: what PostgreSQL gets, so its own Dutch stemmer does the rest.</summary>
    public static string Vouw(ReadOnlySpan<char> woord)
    {
        var sb = new StringBuilder(woord.Length);
        foreach (var c in woord.ToString().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    private static string Term(ReadOnlySpan<char> woord, DutchStemmer stemmer)
    {
        var gevouwen = Vouw(woord);
        if (gevouwen.Any(char.IsDigit))
        {
            return gevouwen;
        }

        stemmer.SetCurrent(gevouwen);
        stemmer.Stem();
        return stemmer.Current;
    }
}
