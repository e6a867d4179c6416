using Microsoft.EntityFrameworkCore;
using Zorginkoop.Catalogus;
using Zorginkoop.Data;

namespace Zorginkoop.Monitoring;

/// <param name="Gemeenten">A region's municipalities (codes): only their lines count; null for every municipality.</param>
public sealed record MonitorFilter(MonitorPeriode Periode, string? Gemeente = null, string? AgbCode = null, IReadOnlyCollection<string>? Gemeenten = null);

public sealed record MonitorCijfers(int Trajecten, int UniekeClienten, long KostenCent)
{
    /// <summary>Costs per unique client in cents, rounded half away from zero; null without clients.</summary>
    public long? KostenPerClientCent => UniekeClienten == 0 ? null : (long)Math.Round((decimal)KostenCent / UniekeClienten, MidpointRounding.AwayFromZero);
}

public sealed record MonitorGroep(Domein Domein, string Monitorgroep, MonitorCijfers Cijfers);

public sealed record MonitorDomein(Domein Domein, MonitorCijfers Cijfers);

public sealed record MonitorUitkomst(MonitorFilter Filter, IReadOnlyList<MonitorGroep> Groepen, IReadOnlyList<MonitorDomein> Domeinen, MonitorCijfers Totaal);

/// <summary>One row of another breakdown: per municipality, provider, product or month.</summary>
public sealed record MonitorRij(string Sleutel, MonitorCijfers Cijfers);

public enum MonitorIndeling
{
    Gemeente,
    Aanbieder,
    Product,
    Maand,
    Kwartaal,
}

/// <summary>
/// The monitor: per domain and monitor group the number of trajecten (distinct allocations; without an allocation
/// number, distinct client × provider × product), unique clients (distinct pseudonyms) and costs (eurocents of the
/// lines whose period starts in the period, credits subtracted, rejected lines excluded). Domain totals and the grand
/// total are counted from the lines themselves, never added up from rows: a client in two groups is one client.
/// The lines come from the <see cref="MonitorIndex"/>; groups come from the catalogue at the moment of the query, so a
/// product moved to another monitor group counts there at once.
/// </summary>
public static class Zorgmonitor
{
    /// <summary>What the monitor needs of a product.</summary>
    internal sealed record ProductInfo(Domein Domein, string Monitorgroep, string Code);

    /// <remarks>In SQL of its own, not LINQ, as <see cref="MonitorIndex.Versie.VanAsync"/>: EF Core's first compilation of
    /// this query cost every <c>zorginkoop monitor</c> call about 0.15 s (bench/README.md).</remarks>
    internal static async Task<ProductInfo?[]> ProductenAsync(ZorginkoopDbContext db, CancellationToken ct)
    {
        var producten = await RawSql.LeesAsync(db, "SELECT \"Id\", \"Domein\", \"Monitorgroep\", \"Code\" FROM \"Producten\"",
            r => (Id: r.GetInt32(0), Info: new ProductInfo(DomeinConverter.Uit(r.GetString(1)), r.GetString(2), r.GetString(3))), ct);
        var info = new ProductInfo?[(producten.Count == 0 ? 0 : producten.Max(p => p.Id)) + 1];
        foreach (var (id, p) in producten)
        {
            info[id] = p;
        }

        return info;
    }

    /// <summary>The most recent year that has care data, or null when there is none.</summary>
    public static Task<int?> LaatsteJaarAsync(ZorginkoopDbContext db, CancellationToken ct = default) => LaatsteJaarAsync(db, null, ct);

    /// <summary>
    /// The most recent year that has care data (of these municipalities, a region's, when given), or null when there is
    /// none: where the monitor opens. Months are looked at from the newest back, so a region opens on its own last year.
    /// </summary>
    public static async Task<int?> LaatsteJaarAsync(ZorginkoopDbContext db, IReadOnlyCollection<string>? gemeenten, CancellationToken ct = default)
    {
        var stand = await MonitorIndex.ActueelAsync(db, ct);
        if (gemeenten is null)
        {
            return stand.Maanden.Count == 0 ? null : stand.Maanden.Keys.Max() / 12;
        }

        var binnen = GemeenteMasker(stand, gemeenten);
        foreach (var sleutel in stand.Maanden.Keys.OrderDescending())
        {
            foreach (var g in stand.Maanden[sleutel].Gemeente)
            {
                if (binnen[g])
                {
                    return sleutel / 12;
                }
            }
        }

        return null;
    }

    /// <summary>Per municipality number of the index: whether it is one of these codes.</summary>
    private static bool[] GemeenteMasker(MonitorIndex.Stand stand, IReadOnlyCollection<string> codes)
    {
        var masker = new bool[stand.Gemeenten.Length];
        foreach (var code in codes)
        {
            if (stand.GemeenteNummer(code) is { } n)
            {
                masker[n] = true;
            }
        }

        return masker;
    }

    /// <summary>What is done with one line: its month's columns and its index in them.</summary>
    internal delegate void RegelActie(in MonitorIndex.Kolommen m, int i);

    /// <summary>The lines of the filter, as (month, index) with the product known: the one loop every figure is made in.</summary>

    internal static void VoorElkeRegel(MonitorIndex.Stand stand, MonitorFilter filter, RegelActie actie)
    {
        short? gemeente = null;
        int? agb = null;
        if (filter.Gemeente is { } g && (gemeente = stand.GemeenteNummer(g)) is null)
        {
            return;
        }

        if (filter.AgbCode is { } a && (agb = stand.AgbNummer(a)) is null)
        {
            return;
        }

        // A municipality outside the region's is no line of the filter: none at all.
        var binnen = filter.Gemeenten is { } codes ? GemeenteMasker(stand, codes) : null;
        if (gemeente is { } eerst && binnen is not null && !binnen[eerst])
        {
            return;
        }

        foreach (var (maand, van, tot) in stand.Bereik(filter.Periode.Van, filter.Periode.TotEnMet))
        {
            var m = new MonitorIndex.Kolommen(maand);
            var heleMaand = van == 1 && tot == 31 && gemeente is null && agb is null && binnen is null;
            for (var i = 0; i < m.Aantal; i++)
            {
                if (!heleMaand && (m.Dag[i] < van || m.Dag[i] > tot || (gemeente is { } gg && m.Gemeente[i] != gg) || (agb is { } aa && m.Agb[i] != aa)
                    || (binnen is not null && !binnen[m.Gemeente[i]])))
                {
                    continue;
                }

                actie(in m, i);
            }
        }
    }

    /// <remarks>
    /// One pass over the lines: each line sets its traject's and client's bit in its group's bitsets; a domain's and
    /// the total's bitsets are the union of their groups', so distinct counts come out exact with a popcount.
    /// </remarks>
    public static async Task<MonitorUitkomst> BerekenAsync(ZorginkoopDbContext db, MonitorFilter filter, CancellationToken ct = default)
    {
        var stand = await MonitorIndex.ActueelAsync(db, ct);
        var producten = await ProductenAsync(db, ct);
        var groepNummers = new Dictionary<(Domein, string), int>();
        var productGroep = new int[producten.Length];
        for (var p = 0; p < producten.Length; p++)
        {
            productGroep[p] = producten[p] is { } info
                ? groepNummers.TryGetValue((info.Domein, info.Monitorgroep), out var n) ? n : groepNummers[(info.Domein, info.Monitorgroep)] = groepNummers.Count
                : -1;
        }

        var trajecten = new Bitset?[groepNummers.Count];
        var clienten = new Bitset?[groepNummers.Count];
        var kosten = new long[groepNummers.Count];
        VoorElkeRegel(stand, filter, (in MonitorIndex.Kolommen m, int i) =>
        {
            var p = m.Product[i];
            var g = p < productGroep.Length ? productGroep[p] : -1;
            if (g < 0)
            {
                return;
            }

            (trajecten[g] ??= new Bitset(stand.MaxTraject)).Zet(m.Traject[i]);
            (clienten[g] ??= new Bitset(stand.MaxClient)).Zet(m.Client[i]);
            kosten[g] += m.Bedrag[i];
        });

        var groepen = groepNummers.Where(x => trajecten[x.Value] is not null)
            .Select(x => (x.Key.Item1, x.Key.Item2, x.Value)).OrderBy(x => x.Item1).ThenBy(x => x.Item2, StringComparer.Ordinal).ToList();
        MonitorCijfers Samen(IEnumerable<int> nummers)
        {
            var lijst = nummers.ToList();
            return new(Bitset.AantalInVereniging(lijst.Select(n => trajecten[n]!)), Bitset.AantalInVereniging(lijst.Select(n => clienten[n]!)), lijst.Sum(n => kosten[n]));
        }

        return new MonitorUitkomst(
            filter,
            groepen.Select(x => new MonitorGroep(x.Item1, x.Item2, Samen([x.Value]))).ToList(),
            groepen.GroupBy(x => x.Item1).OrderBy(x => x.Key).Select(x => new MonitorDomein(x.Key, Samen(x.Select(y => y.Value)))).ToList(),
            Samen(groepen.Select(x => x.Value)));
    }

    /// <summary>
    /// The figures the public may see of this filter: the table and every breakdown, with small numbers hidden, a
    /// second figure hidden wherever a hidden one could be computed, and the rest rounded (<see cref="OpenbareMonitor"/>).
    /// </summary>
    public static async Task<OpenbareMonitor> BerekenOpenbaarAsync(ZorginkoopDbContext db, MonitorFilter filter, CancellationToken ct = default)
    {
        var uitkomst = await BerekenAsync(db, filter, ct);
        var per = new Dictionary<MonitorIndeling, IReadOnlyList<MonitorRij>>();
        foreach (var indeling in Enum.GetValues<MonitorIndeling>())
        {
            per[indeling] = await BerekenPerAsync(db, filter, indeling, ct);
        }

        var groepen = (await ProductenAsync(db, ct)).OfType<ProductInfo>().GroupBy(p => p.Code, StringComparer.Ordinal)
            .Where(g => g.Select(p => (p.Domein, p.Monitorgroep)).Distinct().Count() == 1)
            .ToDictionary(g => g.Key, g => (g.First().Domein, g.First().Monitorgroep), StringComparer.Ordinal);
        return OpenbareMonitor.Maak(uitkomst, per, groepen);
    }

    /// <summary>The same figures per municipality, provider (AGB), product code, month (yyyy-MM) or quarter (yyyyQn).</summary>
    public static async Task<IReadOnlyList<MonitorRij>> BerekenPerAsync(ZorginkoopDbContext db, MonitorFilter filter, MonitorIndeling indeling, CancellationToken ct = default)
    {
        var stand = await MonitorIndex.ActueelAsync(db, ct);
        var producten = await ProductenAsync(db, ct);
        // Months and quarters are few: a bitset per key counts fastest. Municipalities, providers and products can be
        // hundreds, so they count in hash sets (a bitset per key would cost too much memory there).
        var weinig = indeling is MonitorIndeling.Maand or MonitorIndeling.Kwartaal;
        var perSleutel = new Dictionary<string, ITeller>(StringComparer.Ordinal);
        // The lines come month by month: the key and counter of a month are looked up once, not per line.
        MonitorIndex.Maand? vorigeMaand = null;
        ITeller? vorigeTeller = null;
        string MaandSleutel(MonitorIndex.Maand m) => ReferenceEquals(m, vorigeMaand) ? "" : indeling == MonitorIndeling.Maand
            ? $"{m.Jaar:0000}-{m.Maandnummer:00}"
            : $"{m.Jaar:0000}Q{((m.Maandnummer - 1) / 3) + 1}";
        VoorElkeRegel(stand, filter, (in MonitorIndex.Kolommen m, int i) =>
        {
            var p = m.Product[i];
            if (p >= producten.Length || producten[p] is not { } info)
            {
                return;
            }

            var sleutel = indeling switch
            {
                MonitorIndeling.Gemeente => stand.Gemeenten[m.Gemeente[i]],
                MonitorIndeling.Aanbieder => stand.Agbs[m.Agb[i]],
                MonitorIndeling.Product => info.Code,
                _ => MaandSleutel(m.Maand),
            };
            ITeller? teller;
            if (weinig && ReferenceEquals(m.Maand, vorigeMaand))
            {
                teller = vorigeTeller!;
            }
            else if (!perSleutel.TryGetValue(sleutel, out teller))
            {
                perSleutel[sleutel] = teller = weinig ? new BitsetTeller(stand.MaxTraject, stand.MaxClient) : new Teller();
            }

            (vorigeMaand, vorigeTeller) = (m.Maand, teller);

            teller.Tel(m.Traject[i], m.Client[i], m.Bedrag[i]);
        });

        return perSleutel.OrderBy(x => x.Key, StringComparer.Ordinal).Select(x => new MonitorRij(x.Key, x.Value.Cijfers)).ToList();
    }

    private interface ITeller
    {
        MonitorCijfers Cijfers { get; }

        void Tel(int traject, int client, long bedragCent);
    }

    private sealed class BitsetTeller(int maxTraject, int maxClient) : ITeller
    {
        private readonly Bitset trajecten = new(maxTraject);
        private readonly Bitset clienten = new(maxClient);
        private long kosten;

        public void Tel(int traject, int client, long bedragCent)
        {
            trajecten.Zet(traject);
            clienten.Zet(client);
            kosten += bedragCent;
        }

        public MonitorCijfers Cijfers => new(Bitset.AantalInVereniging([trajecten]), Bitset.AantalInVereniging([clienten]), kosten);
    }

    private sealed class Teller : ITeller
    {
        private readonly HashSet<int> trajecten = [];
        private readonly HashSet<int> clienten = [];
        private long kosten;

        public void Tel(int traject, int client, long bedragCent)
        {
            trajecten.Add(traject);
            clienten.Add(client);
            kosten += bedragCent;
        }

        public MonitorCijfers Cijfers => new(trajecten.Count, clienten.Count, kosten);
    }
}

/// <summary>A set of small non-negative integers (traject and client numbers) as bits: a million members in 125 kB.</summary>
internal sealed class Bitset(int max)
{
    private readonly ulong[] woorden = new ulong[(max >> 6) + 1];

    public void Zet(int n) => woorden[n >> 6] |= 1UL << (n & 63);

    public static int AantalInVereniging(IEnumerable<Bitset> sets)
    {
        var lijst = sets.ToList();
        if (lijst.Count == 0)
        {
            return 0;
        }

        if (lijst.Count == 1)
        {
            return lijst[0].woorden.Sum(w => System.Numerics.BitOperations.PopCount(w));
        }

        var aantal = 0;
        for (var i = 0; i < lijst[0].woorden.Length; i++)
        {
            ulong w = 0;
            foreach (var s in lijst)
            {
                w |= s.woorden[i];
            }

            aantal += System.Numerics.BitOperations.PopCount(w);
        }

        return aantal;
    }
}
