namespace Zorginkoop.Zoeken;

/// <summary>A stretch of text in a result, where <see cref="Markeringen"/> are the words that matched the question.</summary>
public sealed record Fragment(string Tekst, IReadOnlyList<Markering> Markeringen)
{
    /// <summary>Characters around the first match that a result shows.</summary>
    public const int Lengte = 240;

    /// <summary>The whole of a short text (a title) with its matching words marked.</summary>
    public static Fragment Geheel(string tekst, IReadOnlyList<string> termen) =>
        new(tekst, [.. Zoektermen.Woorden(tekst).Where(w => Past(w.Term, termen)).Select(w => new Markering(w.Begin, w.Lengte))]);

    /// <summary>
    /// The stretch around the first matching word (a word matches when its term begins with a term of the question, as
    /// the index's prefix search does), cut at word boundaries, with "…" where the text goes on.
    /// </summary>
    public static Fragment Rond(string tekst, IReadOnlyList<string> termen)
    {
        var eerste = Zoektermen.Woorden(tekst).Where(w => Past(w.Term, termen)).Select(w => (int?)w.Begin).FirstOrDefault();
        var begin = eerste is int b && b > Lengte / 3 ? WoordBegin(tekst, b - Lengte / 3) : 0;
        var einde = Math.Min(tekst.Length, begin + Lengte);
        if (einde < tekst.Length)
        {
            var spatie = tekst.LastIndexOf(' ', einde, einde - begin);
            einde = spatie > begin ? spatie : einde;
        }

        var stuk = tekst[begin..einde].ReplaceLineEndings(" ");
        var voor = begin > 0 ? "… " : "";
        var na = einde < tekst.Length ? " …" : "";
        var markeringen = Zoektermen.Woorden(stuk).Where(w => Past(w.Term, termen)).Select(w => new Markering(w.Begin + voor.Length, w.Lengte)).ToList();
        return new(voor + stuk + na, markeringen);
    }

    /// <summary>The text in pieces, each marked or not, in order: what a page renders with &lt;mark&gt;.</summary>
    public IEnumerable<(string Stuk, bool Gemarkeerd)> Stukken()
    {
        var positie = 0;
        foreach (var m in Markeringen)
        {
            if (m.Begin > positie)
            {
                yield return (Tekst[positie..m.Begin], false);
            }

            yield return (Tekst.Substring(m.Begin, m.Lengte), true);
            positie = m.Begin + m.Lengte;
        }

        if (positie < Tekst.Length)
        {
            yield return (Tekst[positie..], false);
        }
    }

    private static bool Past(string term, IReadOnlyList<string> termen) => termen.Any(t => term.StartsWith(t, StringComparison.Ordinal));

    private static int WoordBegin(string tekst, int i)
    {
        var spatie = tekst.IndexOf(' ', i);
        return spatie < 0 ? i : spatie + 1;
    }
}

/// <summary>A matched word in a fragment: its start and length in characters.</summary>
public readonly record struct Markering(int Begin, int Lengte);
