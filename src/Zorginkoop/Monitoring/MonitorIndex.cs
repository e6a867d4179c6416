using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;
using Zorginkoop.Zorgdata;

namespace Zorginkoop.Monitoring;

/// <summary>
/// The accepted care lines of a database in memory, as the monitor, coverage and budget read them: per month the day,
/// product, municipality, provider, traject, client and amount of each line, in columns of small integers. A year of
/// ten million lines is counted in well under a second this way; the same distinct counts in SQL took seconds per
/// million (bench/README.md). The index follows the database: every query first asks for the last successful import
/// run; new claim imports are appended (lines are only ever added), and after a claim answer (JW325, which rejects
/// lines already loaded) the index is rebuilt. Several app instances on one PostgreSQL each keep their own.
/// </summary>
public sealed class MonitorIndex : IDisposable
{
    private const int MaxDatabases = 8;
    private static readonly ConcurrentDictionary<string, MonitorIndex> PerDatabase = new(StringComparer.Ordinal);

    private readonly SemaphoreSlim bijwerken = new(1, 1);
    private readonly Dictionary<string, short> gemeenteNummers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> agbNummers = new(StringComparer.Ordinal);

    // Trajecten and clients are 16-byte keys on the lines; the index numbers them densely (0, 1, 2 …) so that
    // distinct counts are bits in a bitset.
    private readonly Dictionary<UInt128, int> trajectNummers = [];
    private readonly Dictionary<UInt128, int> clientNummers = [];
    private volatile Stand stand = Stand.Leeg;

    /// <summary>The lines of one month: parallel columns, of which the first <see cref="Aantal"/> are filled.</summary>
    public sealed class Maand(int sleutel, int capaciteit)
    {
        /// <summary>Year × 12 + month − 1 (<see cref="Stand.MaandSleutel"/>).</summary>
        public int Sleutel { get; } = sleutel;

        public int Jaar => Sleutel / 12;

        public int Maandnummer => (Sleutel % 12) + 1;

        public int Aantal { get; private set; }
        public byte[] Dag { get; private set; } = new byte[capaciteit];
        public int[] Product { get; private set; } = new int[capaciteit];
        public short[] Gemeente { get; private set; } = new short[capaciteit];
        public int[] Agb { get; private set; } = new int[capaciteit];
        public int[] Traject { get; private set; } = new int[capaciteit];
        public int[] Client { get; private set; } = new int[capaciteit];
        public long[] Bedrag { get; private set; } = new long[capaciteit];

        /// <summary>A copy with room for more: readers of the old one keep a consistent view while lines are added.</summary>
        public Maand Groter(int extra)
        {
            var m = new Maand(Sleutel, Math.Max(Aantal + extra, Aantal * 2)) { Aantal = Aantal };
            Array.Copy(Dag, m.Dag, Aantal);
            Array.Copy(Product, m.Product, Aantal);
            Array.Copy(Gemeente, m.Gemeente, Aantal);
            Array.Copy(Agb, m.Agb, Aantal);
            Array.Copy(Traject, m.Traject, Aantal);
            Array.Copy(Client, m.Client, Aantal);
            Array.Copy(Bedrag, m.Bedrag, Aantal);
            return m;
        }

        public void Voeg(byte dag, int product, short gemeente, int agb, int traject, int client, long bedrag)
        {
            var i = Aantal;
            (Dag[i], Product[i], Gemeente[i], Agb[i], Traject[i], Client[i], Bedrag[i]) = (dag, product, gemeente, agb, traject, client, bedrag);
            Aantal = i + 1;
        }

        public int Capaciteit => Dag.Length;
    }

    /// <summary>An immutable view: the months (key year × 12 + month − 1) and the code tables, as of one import run.</summary>
    public sealed record Stand(
        int RunId,
        long LaatsteRegelId,
        IReadOnlyDictionary<int, Maand> Maanden,
        string[] Gemeenten,
        string[] Agbs,
        int MaxTraject,
        int MaxClient,
        long Regels)
    {
        public static readonly Stand Leeg = new(-1, 0, new Dictionary<int, Maand>(), [], [], 0, 0, 0);

        public static int MaandSleutel(DateOnly d) => (d.Year * 12) + d.Month - 1;

        /// <summary>Every line with its day in [van, tot], month by month: (month, index) pairs for the caller's loop.</summary>
        public IEnumerable<(Maand Maand, int Van, int Tot)> Bereik(DateOnly van, DateOnly tot)
        {
            for (var m = MaandSleutel(van); m <= MaandSleutel(tot); m++)
            {
                if (!Maanden.TryGetValue(m, out var maand) || maand.Aantal == 0)
                {
                    continue;
                }

                yield return (maand, m == MaandSleutel(van) ? van.Day : 1, m == MaandSleutel(tot) ? tot.Day : 31);
            }
        }

        public short? GemeenteNummer(string code) => Array.IndexOf(Gemeenten, code) is var i and >= 0 ? (short)i : null;

        public int? AgbNummer(string code) => Array.IndexOf(Agbs, code) is var i and >= 0 ? i : null;
    }

    /// <summary>The index of this database, brought up to date with its import runs.</summary>
    public static async Task<Stand> ActueelAsync(ZorginkoopDbContext db, CancellationToken ct = default)
    {
        var sleutel = db.Database.GetConnectionString() ?? "";
        if (!PerDatabase.TryGetValue(sleutel, out var index))
        {
            if (PerDatabase.Count >= MaxDatabases)
            {
                // Tests and tools open many databases; a server opens one. Keep memory bounded either way.
                PerDatabase.Clear();
            }

            index = PerDatabase.GetOrAdd(sleutel, _ => new MonitorIndex());
        }

        return await index.BijwerkenAsync(db, ct);
    }

    private async Task<Stand> BijwerkenAsync(ZorginkoopDbContext db, CancellationToken ct)
    {
        var runId = await db.Importruns.Where(r => r.Resultaat == Resultaten.Gelukt).MaxAsync(r => (int?)r.Id, ct) ?? 0;
        var huidig = stand;
        if (huidig.RunId == runId)
        {
            return huidig;
        }

        await bijwerken.WaitAsync(ct);
        try
        {
            huidig = stand;
            if (huidig.RunId == runId)
            {
                return huidig;
            }

            // Claim answers change lines already loaded (rejected ones leave); anything else only adds lines.
            var herbouwen = huidig.RunId < 0 || await db.Importruns.AnyAsync(r => r.Id > huidig.RunId && r.Resultaat == Resultaten.Gelukt
                && (r.Formaat == "jw325" || r.Formaat == "wmo325"), ct);
            if (herbouwen)
            {
                gemeenteNummers.Clear();
                agbNummers.Clear();
                trajectNummers.Clear();
                clientNummers.Clear();
                huidig = Stand.Leeg;
            }

            stand = await LaadAsync(db, huidig, runId, ct);
            return stand;
        }
        finally
        {
            bijwerken.Release();
        }
    }

    private async Task<Stand> LaadAsync(ZorginkoopDbContext db, Stand vorige, int runId, CancellationToken ct)
    {
        var maanden = new Dictionary<int, Maand>(vorige.Maanden);
        var gemeenten = vorige.Gemeenten.ToList();
        var agbs = vorige.Agbs.ToList();
        var (laatste, maxTraject, maxClient, regels) = (vorige.LaatsteRegelId, vorige.MaxTraject, vorige.MaxClient, vorige.Regels);
        var gekopieerd = new HashSet<int>();

        var verbinding = db.Database.GetDbConnection();
        var eigen = verbinding.State != System.Data.ConnectionState.Open;
        if (eigen)
        {
            await verbinding.OpenAsync(ct);
        }

        try
        {
            await using var command = verbinding.CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = "SELECT \"Id\", \"Begindatum\", \"ProductId\", \"GemeenteCode\", \"AgbCode\", \"TrajectSleutel\", \"ClientSleutel\", \"BedragCent\" " +
                "FROM \"Zorgregels\" WHERE \"Id\" > @laatste AND NOT \"Afgewezen\" ORDER BY \"Id\"";
            var p = command.CreateParameter();
            p.ParameterName = "@laatste";
            p.Value = laatste;
            command.Parameters.Add(p);
            await using var lezer = await command.ExecuteReaderAsync(ct);
            var buffer = new byte[16];
            while (await lezer.ReadAsync(ct))
            {
                laatste = lezer.GetInt64(0);
                var dag = lezer.GetFieldValue<DateOnly>(1);
                var sleutel = Stand.MaandSleutel(dag);
                if (!maanden.TryGetValue(sleutel, out var maand))
                {
                    maanden[sleutel] = maand = new Maand(sleutel, 4096);
                    gekopieerd.Add(sleutel);
                }
                else if (!gekopieerd.Contains(sleutel) || maand.Aantal == maand.Capaciteit)
                {
                    // Never write into a month a reader may be looking at: copy it first (once per load).
                    maanden[sleutel] = maand = maand.Groter(4096);
                    gekopieerd.Add(sleutel);
                }

                var traject = Nummer(trajectNummers, lezer, 5, buffer);
                var client = Nummer(clientNummers, lezer, 6, buffer);
                maand.Voeg((byte)dag.Day, lezer.GetInt32(2), Nummer(gemeenteNummers, gemeenten, lezer.GetString(3), n => (short)n),
                    Nummer(agbNummers, agbs, lezer.GetString(4), n => n), traject, client, lezer.GetInt64(7));
                maxTraject = Math.Max(maxTraject, traject);
                maxClient = Math.Max(maxClient, client);
                regels++;
            }
        }
        finally
        {
            if (eigen)
            {
                await verbinding.CloseAsync();
            }
        }

        return new Stand(runId, laatste, maanden, [.. gemeenten], [.. agbs], maxTraject, maxClient, regels);
    }

    public void Dispose() => bijwerken.Dispose();

    private static int Nummer(Dictionary<UInt128, int> nummers, DbDataReader lezer, int kolom, byte[] buffer)
    {
        lezer.GetBytes(kolom, 0, buffer, 0, 16);
        var sleutel = System.Buffers.Binary.BinaryPrimitives.ReadUInt128LittleEndian(buffer);
        if (!nummers.TryGetValue(sleutel, out var n))
        {
            n = nummers.Count;
            nummers[sleutel] = n;
        }

        return n;
    }

    private static T Nummer<T>(Dictionary<string, T> nummers, List<string> codes, string code, Func<int, T> maak)
        where T : struct
    {
        if (!nummers.TryGetValue(code, out var n))
        {
            n = maak(codes.Count);
            nummers[code] = n;
            codes.Add(code);
        }

        return n;
    }
}

internal static class DbTransactionExtensies
{
    public static DbTransaction? GetDbTransaction(this Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transactie) =>
        Microsoft.EntityFrameworkCore.Storage.DbContextTransactionExtensions.GetDbTransaction(transactie);
}
