namespace Zorginkoop.Gunning;

/// <summary>A bid on one lot as the ranking sees it: the consensus scores per criterion and the price for this lot.</summary>
public sealed record Kandidaat(int InschrijvingId, int ZorgaanbiederId, string Naam, IReadOnlyDictionary<int, int> Scores, long? Prijs);

/// <summary>A bid's place on a lot: outcome, position (shared while a tie is unresolved), points in hundredths, reasons.</summary>
public sealed record Plaats(Kandidaat Kandidaat, BesluitUitkomst Uitkomst, int? Positie, int Kwaliteit, int PrijsPunten, int Totaal, string Reden, string? Gelijkspel);

/// <param name="LotingNodig">Bids tied across the maximum number of awards: a draw must settle them before anything is awarded.</param>
public sealed record PerceelUitslag(int PerceelNummer, IReadOnlyList<Plaats> Plaatsen, IReadOnlyList<int> LotingNodig);

/// <summary>
/// Ranks the bids on a lot by the best price-quality ratio, as plain arithmetic on the stated criteria:
/// a quality criterion gives weight × score / scale points, price gives weight × lowest price / price points (lower
/// price, more points); each part is rounded to two decimals, then added. A bid that fails a requirement or has no
/// price is excluded. At most <c>max</c> bids are awarded; a tie is settled by the procedure's rule, and where it
/// straddles the maximum and the rule cannot settle it, by a recorded draw (<see cref="Loting"/>).
/// </summary>
public static class Rangschikking
{
    public static PerceelUitslag Bereken(int perceel, IReadOnlyList<Criterium> criteria, IReadOnlyList<Kandidaat> kandidaten,
        int? max, Gelijkspelregel regel, Loting? loting)
    {
        var geldend = criteria.Where(c => c.GeldtVoor(perceel)).ToList();
        var eisen = geldend.Where(c => c.Soort == CriteriumSoort.Eis).ToList();
        var kwaliteit = geldend.Where(c => c.Soort == CriteriumSoort.Kwaliteit).ToList();
        var prijs = geldend.SingleOrDefault(c => c.Soort == CriteriumSoort.Prijs);

        var uitgesloten = new List<Plaats>();
        var doen = new List<Kandidaat>();
        foreach (var k in kandidaten)
        {
            var nietVoldaan = eisen.Where(e => k.Scores.GetValueOrDefault(e.Id) != 1).Select(e => e.Naam).ToList();
            string? reden = nietVoldaan.Count > 0
                ? $"Uw inschrijving voldoet niet aan: {string.Join("; ", nietVoldaan)}. Zij is daarom niet verder beoordeeld."
                : prijs is not null && k.Prijs is not > 0
                    ? "Uw inschrijving bevat voor dit perceel geen geldige prijs. Zij is daarom niet verder beoordeeld."
                    : null;
            if (reden is null)
            {
                doen.Add(k);
            }
            else
            {
                uitgesloten.Add(new Plaats(k, BesluitUitkomst.Uitgesloten, null, 0, 0, 0, reden, null));
            }
        }

        var laagste = doen.Where(k => k.Prijs > 0).Select(k => k.Prijs!.Value).DefaultIfEmpty(0).Min();
        var punten = doen.Select(k =>
        {
            var q = kwaliteit.Sum(c => Afgerond(c.Weging * 100L * Math.Clamp(k.Scores.GetValueOrDefault(c.Id), 0, c.SchaalMax), c.SchaalMax));
            var p = prijs is null ? 0 : Afgerond(prijs.Weging * 100L * laagste, k.Prijs!.Value);
            return (K: k, Q: q, P: p, T: q + p);
        }).ToList();

        // Groups of bids the rule cannot tell apart, best first.
        var groepen = punten
            .GroupBy(x => regel == Gelijkspelregel.HoogsteKwaliteit ? (x.T, x.Q) : (x.T, 0))
            .OrderByDescending(g => g.Key.Item1).ThenByDescending(g => g.Key.Item2)
            .Select(g => g.OrderBy(x => x.K.Naam, StringComparer.Ordinal).ToList())
            .ToList();

        var plaatsen = new List<Plaats>();
        var lotingNodig = new List<int>();
        var getrokkenVolgorde = loting?.Inschrijvingen.ToList() ?? [];
        var positie = 1;
        var n = punten.Count;
        foreach (var groep in groepen)
        {
            var getrokken = groep.Count > 1 && groep.All(x => getrokkenVolgorde.Contains(x.K.InschrijvingId));
            if (getrokken)
            {
                groep.Sort((a, b) => getrokkenVolgorde.IndexOf(a.K.InschrijvingId).CompareTo(getrokkenVolgorde.IndexOf(b.K.InschrijvingId)));
            }

            var onbeslist = groep.Count > 1 && !getrokken;
            if (onbeslist && max is { } m && positie <= m && positie + groep.Count - 1 > m)
            {
                lotingNodig.AddRange(groep.Select(x => x.K.InschrijvingId));
            }

            for (var i = 0; i < groep.Count; i++)
            {
                var x = groep[i];
                var eigen = onbeslist ? positie : positie + i;
                var gegund = max is not { } mx || eigen <= mx;
                var gelijkspel = Gelijkspel(x, punten, regel, getrokken ? loting : null, onbeslist);
                plaatsen.Add(new Plaats(x.K, gegund ? BesluitUitkomst.Gegund : BesluitUitkomst.Afgewezen, eigen, x.Q, x.P, x.T,
                    Reden(gegund, eigen, n, max, punten, groepen, x.T), gelijkspel));
            }

            positie += groep.Count;
        }

        return new PerceelUitslag(perceel, [.. plaatsen, .. uitgesloten.OrderBy(p => p.Kandidaat.Naam, StringComparer.Ordinal)], lotingNodig);
    }

    /// <summary>a / b rounded half away from zero, for non-negative numbers.</summary>
    private static int Afgerond(long teller, long noemer) => noemer <= 0 ? 0 : (int)((2 * teller + noemer) / (2 * noemer));

    private static string Reden(bool gegund, int positie, int n, int? max, List<(Kandidaat K, int Q, int P, int T)> punten, List<List<(Kandidaat K, int Q, int P, int T)>> groepen, int totaal)
    {
        if (max is null)
        {
            return $"Uw inschrijving voldoet aan alle eisen en scoort {GunningTekst.Punten(totaal)} punten (plaats {positie} van {n}). " +
                "Dit perceel kent geen maximum aantal gunningen: iedere inschrijver die voldoet, wordt gegund.";
        }

        var laatsteGegund = groepen.SelectMany(g => g).Take(max.Value).Select(x => x.T).DefaultIfEmpty(0).Min();
        return gegund
            ? $"Uw inschrijving scoort {GunningTekst.Punten(totaal)} punten: plaats {positie} van {n}. Er worden ten hoogste {max} inschrijvingen gegund op dit perceel."
            : $"Uw inschrijving scoort {GunningTekst.Punten(totaal)} punten: plaats {positie} van {n}. Er worden ten hoogste {max} inschrijvingen gegund op dit perceel; " +
              $"de laagst gerangschikte gegunde inschrijving scoort {GunningTekst.Punten(laatsteGegund)} punten.";
    }

    private static string? Gelijkspel((Kandidaat K, int Q, int P, int T) x, List<(Kandidaat K, int Q, int P, int T)> punten, Gelijkspelregel regel, Loting? loting, bool onbeslist)
    {
        var gelijk = punten.Where(y => y.T == x.T && y.K.InschrijvingId != x.K.InschrijvingId).ToList();
        if (gelijk.Count == 0)
        {
            return null;
        }

        if (loting is not null)
        {
            return $"Gelijke totaalscore; beslist door loting op {Formatting.NlFormat.DatumTijd(loting.Moment)} in aanwezigheid van {loting.Getuige}.";
        }

        if (onbeslist)
        {
            return "Gelijke totaalscore, niet beslist: dat is alleen nodig als het gelijkspel bepaalt wie wordt gegund.";
        }

        return regel == Gelijkspelregel.HoogsteKwaliteit
            ? "Gelijke totaalscore; beslist door de hogere kwaliteitsscore (regel van de aanbesteding)."
            : null;
    }
}
