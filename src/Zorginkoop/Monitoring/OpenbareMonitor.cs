using Zorginkoop.Catalogus;

namespace Zorginkoop.Monitoring;

/// <summary>How a figure of the monitor may be shown to the public.</summary>
public enum Celstatus
{
    /// <summary>Shown, rounded: counts to fives, costs to thousands of euros.</summary>
    Getoond,

    /// <summary>Fewer than 5 unique clients: not shown ("&lt; 5").</summary>
    Klein,

    /// <summary>Shown it would let a hidden figure be computed from a total and the other rows: not shown either.</summary>
    Afgeschermd,
}

/// <summary>One figure of the public monitor: the exact figures stay inside; what leaves is rounded or nothing.</summary>
public sealed record OpenbareCel(MonitorCijfers Exact, Celstatus Status)
{
    public int? Trajecten => Status == Celstatus.Getoond ? OpenbareMonitor.RondAantal(Exact.Trajecten) : null;

    public int? UniekeClienten => Status == Celstatus.Getoond ? OpenbareMonitor.RondAantal(Exact.UniekeClienten) : null;

    public long? KostenCent => Status == Celstatus.Getoond ? OpenbareMonitor.Rond(Exact.KostenCent, OpenbareMonitor.KostenStap) : null;

    public long? KostenPerClientCent => Status == Celstatus.Getoond && Exact.KostenPerClientCent is { } k ? OpenbareMonitor.Rond(k, OpenbareMonitor.KostenPerClientStap) : null;
}

/// <summary>
/// The monitor as the public may see it: from all public figures of one filter together (the table, every breakdown,
/// the months and quarters, the chart, the downloads) no hidden figure can be computed. Three rules, as the CBS
/// applies to its tables of the social domain:
/// <list type="number">
/// <item>primary suppression: a figure of fewer than 5 unique clients is hidden ("&lt; 5"), its costs too;</item>
/// <item>complementary suppression: where a total and its parts (domains in the total, groups in a domain, products in
/// a group, months and quarters in the period and months in a quarter, municipalities, providers or products in the
/// total) would leave exactly one hidden part, a second part is hidden as well (the smallest), again and again until no
/// such relation is left: subtracting the visible parts from the total then never gives a hidden figure;</item>
/// <item>rounding: every figure that is shown is rounded, counts to the nearest five and costs to the nearest thousand
/// euros (cost per client to a hundred), so that differences between shown figures are not exact either.</item>
/// </list>
/// Officers with the role inkoper or analist see the exact figures; this class is for everyone else.
/// </summary>
public sealed class OpenbareMonitor
{
    public const int Drempel = 5;
    public const int AantalStap = 5;
    public const long KostenStap = 100_000;
    public const long KostenPerClientStap = 10_000;

    private readonly Dictionary<string, OpenbareCel> cellen;

    private OpenbareMonitor(MonitorUitkomst uitkomst, Dictionary<string, OpenbareCel> cellen)
    {
        Uitkomst = uitkomst;
        this.cellen = cellen;
    }

    /// <summary>The filter and the exact structure (which groups, domains, rows exist); figures come from the cells.</summary>
    public MonitorUitkomst Uitkomst { get; }

    public OpenbareCel Totaal => cellen[TotaalSleutel];

    public OpenbareCel Domein(Domein d) => cellen[DomeinSleutel(d)];

    public OpenbareCel Groep(Domein d, string groep) => cellen[GroepSleutel(d, groep)];

    /// <summary>The cell of a breakdown row (municipality, provider, product, month or quarter) with the key the row has.</summary>
    public OpenbareCel Rij(MonitorIndeling indeling, string sleutel) => cellen[RijSleutel(indeling, sleutel)];

    /// <summary>
    /// The public monitor of one filter. <paramref name="per"/> holds every breakdown of that same filter (all five:
    /// the suppression is decided over them together, so no two requests for one filter can be combined to undo it).
    /// <paramref name="productGroepen"/> says which monitor group each product code is in (the catalogue; a code in
    /// more than one group links to none).
    /// </summary>
    public static OpenbareMonitor Maak(MonitorUitkomst u, IReadOnlyDictionary<MonitorIndeling, IReadOnlyList<MonitorRij>> per,
        IReadOnlyDictionary<string, (Domein Domein, string Groep)> productGroepen)
    {
        var exact = new Dictionary<string, MonitorCijfers>(StringComparer.Ordinal) { [TotaalSleutel] = u.Totaal };
        var relaties = new List<(string Totaal, List<string> Delen)>();
        foreach (var d in u.Domeinen)
        {
            exact[DomeinSleutel(d.Domein)] = d.Cijfers;
        }

        foreach (var g in u.Groepen)
        {
            exact[GroepSleutel(g.Domein, g.Monitorgroep)] = g.Cijfers;
        }

        relaties.Add((TotaalSleutel, [.. u.Domeinen.Select(d => DomeinSleutel(d.Domein))]));
        relaties.AddRange(u.Domeinen.Select(d => (DomeinSleutel(d.Domein), u.Groepen.Where(g => g.Domein == d.Domein).Select(g => GroepSleutel(g.Domein, g.Monitorgroep)).ToList())));
        foreach (var (indeling, rijen) in per)
        {
            foreach (var r in rijen)
            {
                exact[RijSleutel(indeling, r.Sleutel)] = r.Cijfers;
            }

            relaties.Add((TotaalSleutel, [.. rijen.Select(r => RijSleutel(indeling, r.Sleutel))]));
        }

        // Months in their quarter, products in their group: the finer rows add up to the coarser ones too.
        if (per.TryGetValue(MonitorIndeling.Maand, out var maanden) && per.TryGetValue(MonitorIndeling.Kwartaal, out var kwartalen))
        {
            foreach (var k in kwartalen)
            {
                var jaar = k.Sleutel[..4];
                var nummer = k.Sleutel[5] - '0';
                var delen = maanden.Where(m => m.Sleutel[..4] == jaar && ((int.Parse(m.Sleutel[5..], System.Globalization.CultureInfo.InvariantCulture) - 1) / 3) + 1 == nummer)
                    .Select(m => RijSleutel(MonitorIndeling.Maand, m.Sleutel)).ToList();
                relaties.Add((RijSleutel(MonitorIndeling.Kwartaal, k.Sleutel), delen));
            }
        }

        if (per.TryGetValue(MonitorIndeling.Product, out var producten))
        {
            foreach (var groep in producten.Where(p => productGroepen.ContainsKey(p.Sleutel)).GroupBy(p => productGroepen[p.Sleutel]))
            {
                var sleutel = GroepSleutel(groep.Key.Domein, groep.Key.Groep);
                if (exact.ContainsKey(sleutel))
                {
                    relaties.Add((sleutel, [.. groep.Select(p => RijSleutel(MonitorIndeling.Product, p.Sleutel))]));
                }
            }
        }

        var status = exact.ToDictionary(x => x.Key, x => x.Value.UniekeClienten < Drempel ? Celstatus.Klein : Celstatus.Getoond, StringComparer.Ordinal);
        Afschermen(exact, status, relaties);
        return new OpenbareMonitor(u, exact.ToDictionary(x => x.Key, x => new OpenbareCel(x.Value, status[x.Key]), StringComparer.Ordinal));
    }

    /// <summary>
    /// Complementary suppression: while some relation (a total and its parts) holds exactly one hidden figure, hide a
    /// second one in it: the smallest shown part, or the total when no other part is shown. Only ever adds hidden cells,
    /// so it ends.
    /// </summary>
    private static void Afschermen(Dictionary<string, MonitorCijfers> exact, Dictionary<string, Celstatus> status, List<(string Totaal, List<string> Delen)> relaties)
    {
        bool Verborgen(string s) => status[s] != Celstatus.Getoond;
        for (var gewijzigd = true; gewijzigd;)
        {
            gewijzigd = false;
            foreach (var (totaal, delen) in relaties)
            {
                var verborgen = delen.Count(Verborgen) + (Verborgen(totaal) ? 1 : 0);
                if (verborgen != 1)
                {
                    continue;
                }

                // A hidden total whose parts are all hidden (or that has none) gives nothing away: nothing to do.
                var kandidaat = delen.Where(d => !Verborgen(d))
                    .OrderBy(d => exact[d].UniekeClienten).ThenBy(d => Math.Abs(exact[d].KostenCent)).ThenBy(d => d, StringComparer.Ordinal)
                    .FirstOrDefault() ?? (Verborgen(totaal) ? null : totaal);
                if (kandidaat is null)
                {
                    continue;
                }

                status[kandidaat] = Celstatus.Afgeschermd;
                gewijzigd = true;
            }
        }
    }

    /// <summary>To the nearest multiple of five, halves up (CBS: "afgerond op vijftallen").</summary>
    public static int RondAantal(int n) => (int)Rond(n, AantalStap);

    /// <summary>To the nearest multiple of <paramref name="stap"/>, halves away from zero.</summary>
    public static long Rond(long waarde, long stap) => (long)Math.Round((decimal)waarde / stap, MidpointRounding.AwayFromZero) * stap;

    private const string TotaalSleutel = "totaal";

    private static string DomeinSleutel(Domein d) => "domein:" + d.Code();

    private static string GroepSleutel(Domein d, string groep) => $"groep:{d.Code()}:{groep}";

    private static string RijSleutel(MonitorIndeling indeling, string sleutel) => $"{indeling}:{sleutel}";
}
