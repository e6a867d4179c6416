using System.Collections.Concurrent;
using System.IO.MemoryMappedFiles;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;
using Zorginkoop.Zorgdata;

namespace Zorginkoop.Monitoring;

/// <summary>
/// The index's file: every state the index loads is written beside the care data, so the first monitor query after a
/// start (and every <c>zorginkoop monitor</c> call) reads its columns back instead of ten million lines (issue 13,
/// point 10; bench/README.md). The file is a cache: it says which state of the care data it holds (<see cref="Versie"/>),
/// a newer state is added to it from the lines, and a file that does not fit (another database, a claim answer since,
/// a torn write) is ignored and written anew. It holds what the care data holds, pseudonymised keys and no BSN.
/// </summary>
public sealed partial class MonitorIndex
{
    private const int Formaat = 2;

    // Files mapped by this process stay mapped until it ends: a reader may still count over a month of an older state
    // while a newer one is made, and the columns point into the mapping (Column). A process maps one file per database
    // when it starts (and tests, which forget their indexes, a few more).
    private static readonly ConcurrentBag<IDisposable> Kaarten = [];

    // PostgreSQL's care data has no file to sit beside: the app and the CLI name their data folder for it at start
    // (BewaarIn); without one the index is not kept in a file.
    private static readonly ConcurrentDictionary<string, string> MappenPostgres = new(StringComparer.Ordinal);

    /// <summary>Keeps the index of this PostgreSQL care data in <paramref name="map"/> (<c>Zorginkoop:DataMap</c>).</summary>
    public static void BewaarIn(ZorgdataDbContext db, string map)
    {
        if (db.Database.IsNpgsql())
        {
            MappenPostgres[db.Database.GetConnectionString() ?? ""] = map;
        }
    }

    /// <summary>
    /// At start: half-written files of a process that stopped while writing (a national year's is some 300 MB) go.
    /// One of a process still writing goes too; that process then keeps the older file, which costs only time.
    /// </summary>
    public static void RuimOp(ZorgdataDbContext db)
    {
        if (Bestand(db) is not { } pad || Path.GetDirectoryName(pad) is not { Length: > 0 } map || !Directory.Exists(map))
        {
            return;
        }

        foreach (var half in Directory.EnumerateFiles(map, Path.GetFileName(pad) + ".*.tmp"))
        {
            try
            {
                File.Delete(half);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Tried again at the next start.
            }
        }
    }

    /// <summary>For tests: forget every index, as a process that starts has none.</summary>
    internal static void VergeetAlles() => PerDatabase.Clear();

    // Keys of trajecten and clients in the mapped file, numbered by their position: made into the dictionaries only
    // when lines are added, since a query never needs them.
    private (nint Trajecten, int AantalTrajecten, nint Clienten, int AantalClienten)? teNummeren;

    /// <summary>
    /// Which care data a state of the index holds: the successful runs (their number, the newest and its file's hash)
    /// and the claim answers among them, whose rejections change lines already loaded.
    /// </summary>
    public sealed record Versie(int Gelukt, int MaxId, int Antwoorden, string Laatste)
    {
        public static readonly Versie Geen = new(-1, -1, -1, "");

        /// <remarks>In SQL of its own, not LINQ: EF Core's first compilation of these queries took a quarter of a
        /// second, on every start and every CLI call.</remarks>
        public static async Task<Versie> VanAsync(ZorgdataDbContext db, CancellationToken ct) =>
            (await RawSql.LeesAsync(db,
                "SELECT COUNT(*), COALESCE(MAX(\"Id\"), 0), " +
                "COALESCE(SUM(CASE WHEN \"Formaat\" IN ('jw325', 'wmo325', 'zip+jw325') THEN 1 ELSE 0 END), 0), " +
                "(SELECT \"Sha256\" FROM \"Importruns\" WHERE \"Resultaat\" = 'gelukt' ORDER BY \"Id\" DESC LIMIT 1) " +
                "FROM \"Importruns\" WHERE \"Resultaat\" = 'gelukt'",
                r => new Versie(Convert.ToInt32(r.GetValue(0), System.Globalization.CultureInfo.InvariantCulture),
                    Convert.ToInt32(r.GetValue(1), System.Globalization.CultureInfo.InvariantCulture),
                    Convert.ToInt32(r.GetValue(2), System.Globalization.CultureInfo.InvariantCulture),
                    r.IsDBNull(3) ? "" : r.GetString(3)), ct))[0];
    }

    /// <summary>Where this care data's index is kept: beside the SQLite file, or in the folder named by <see cref="BewaarIn"/>.</summary>
    private static string? Bestand(ZorgdataDbContext db)
    {
        var cs = db.Database.GetConnectionString() ?? "";
        if (db.Database.IsSqlite())
        {
            var bron = new SqliteConnectionStringBuilder(cs).DataSource;
            return string.IsNullOrEmpty(bron) || bron == ":memory:" ? null : Path.ChangeExtension(bron, ".monitorindex");
        }

        if (!MappenPostgres.TryGetValue(cs, out var map))
        {
            return null;
        }

        var pg = new Npgsql.NpgsqlConnectionStringBuilder(cs);
        var naam = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{pg.Host}:{pg.Port}/{pg.Database}")))[..16];
        return Path.Combine(map, $"monitorindex-{naam}.bin");
    }

    /// <summary>
    /// Reads the index's file and touches the pages of its columns on another thread, while the caller does other
    /// start-up work (<c>zorginkoop monitor</c> checks its databases meanwhile); the next <see cref="ActueelAsync(ZorgdataDbContext, CancellationToken)"/>
    /// takes this read and checks its version as it would its own. The count's first touch of the mapped columns cost
    /// 0.2 s of page faults on the benchmark machine (bench/README.md); on a second core it costs the caller nothing.
    /// </summary>
    public static Task VoorladenAsync(ZorgdataDbContext db, CancellationToken ct = default)
    {
        var index = Van(db);
        return Bestand(db) is { } pad ? Task.Run(() => index.VoorlezenAsync(pad, ct), ct) : Task.CompletedTask;
    }

    private async Task VoorlezenAsync(string pad, CancellationToken ct)
    {
        Stand? gelezen;
        await bijwerken.WaitAsync(ct);
        try
        {
            if (stand != Stand.Leeg || voorgelezen is not null)
            {
                return;
            }

            voorgelezen = gelezen = Lees(pad);
        }
        finally
        {
            bijwerken.Release();
        }

        if (gelezen is not null)
        {
            long som = 0;
            foreach (var m in gelezen.Maanden.Values)
            {
                som += Aanraken(m.Dag) + Aanraken(m.Product) + Aanraken(m.Gemeente) + Aanraken(m.Agb) + Aanraken(m.Traject)
                    + Aanraken(m.Client) + Aanraken(m.Bedrag);
            }

            Volatile.Write(ref aangeraakt, som);
        }
    }

    // Kept, so the reads of the touch are not optimised away.
    private static long aangeraakt;

    /// <summary>Reads one byte of every page of a column, which maps the page into the process.</summary>
    private static long Aanraken<T>(ReadOnlySpan<T> kolom)
        where T : unmanaged
    {
        var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(kolom);
        long som = 0;
        for (var i = 0; i < bytes.Length; i += 4096)
        {
            som += bytes[i];
        }

        return som;
    }

    /// <summary>The state in the file, mapped into memory, or null when there is none or it does not hold a whole state.</summary>
    private unsafe Stand? Lees(string pad)
    {
        if (!BitConverter.IsLittleEndian || !File.Exists(pad))
        {
            return null;
        }

        MemoryMappedFile? kaart = null;
        MemoryMappedViewAccessor? zicht = null;
        try
        {
            long lengte;
            using (var f = new FileStream(pad, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete))
            {
                lengte = f.Length;
                if (lengte < 64)
                {
                    return null;
                }

                kaart = MemoryMappedFile.CreateFromFile(f, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
            }

            zicht = kaart.CreateViewAccessor(0, lengte, MemoryMappedFileAccess.Read);
            byte* basis = null;
            zicht.SafeMemoryMappedViewHandle.AcquirePointer(ref basis);
            var lezer = new IndexFile.Lezer(basis, lengte);
            if (!lezer.Merk() || lezer.Int32() != Formaat)
            {
                return Weg(kaart, zicht);
            }

            var versie = new Versie(lezer.Int32(), lezer.Int32(), lezer.Int32(), lezer.Tekst());
            var (laatste, maxTraject, maxClient, regels) = (lezer.Int64(), lezer.Int32(), lezer.Int32(), lezer.Int64());
            var gemeenten = lezer.Teksten();
            var agbs = lezer.Teksten();
            var maanden = new Dictionary<int, Maand>();
            for (var n = lezer.Int32(); n > 0; n--)
            {
                var (sleutel, aantal) = (lezer.Int32(), lezer.Int32());
                maanden[sleutel] = Maand.Uit(ref lezer, sleutel, aantal);
            }

            var aantalTrajecten = lezer.Int32();
            var trajecten = lezer.Column<UInt128>(aantalTrajecten);
            var aantalClienten = lezer.Int32();
            var clienten = lezer.Column<UInt128>(aantalClienten);
            if (!lezer.Merk())
            {
                return Weg(kaart, zicht);
            }

            Kaarten.Add(zicht);
            Kaarten.Add(kaart);
            teNummeren = ((nint)trajecten, aantalTrajecten, (nint)clienten, aantalClienten);
            return new Stand(versie, laatste, maanden, gemeenten, agbs, maxTraject, maxClient, regels);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or InvalidDataException)
        {
            return Weg(kaart, zicht);
        }
    }

    private Stand? Weg(MemoryMappedFile? kaart, MemoryMappedViewAccessor? zicht)
    {
        zicht?.Dispose();
        kaart?.Dispose();
        teNummeren = null;
        return null;
    }

    /// <summary>Writes the state beside the old file and swaps it in, so a reader never sees half a file; failing to write only costs the next start time.</summary>
    private void Bewaar(string pad, Stand s)
    {
        if (!BitConverter.IsLittleEndian)
        {
            return;
        }

        var tijdelijk = $"{pad}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var stroom = new FileStream(tijdelijk, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20))
            {
                var schrijver = new IndexFile.Writer(stroom);
                schrijver.Merk();
                schrijver.Int32(Formaat);
                schrijver.Int32(s.Versie.Gelukt);
                schrijver.Int32(s.Versie.MaxId);
                schrijver.Int32(s.Versie.Antwoorden);
                schrijver.Tekst(s.Versie.Laatste);
                schrijver.Int64(s.LaatsteRegelId);
                schrijver.Int32(s.MaxTraject);
                schrijver.Int32(s.MaxClient);
                schrijver.Int64(s.Regels);
                schrijver.Teksten(s.Gemeenten);
                schrijver.Teksten(s.Agbs);
                schrijver.Int32(s.Maanden.Count);
                foreach (var maand in s.Maanden.Values)
                {
                    schrijver.Int32(maand.Sleutel);
                    schrijver.Int32(maand.Aantal);
                    maand.Schrijf(schrijver);
                }

                foreach (var nummers in new[] { trajectNummers, clientNummers })
                {
                    var sleutels = new UInt128[nummers.Count];
                    foreach (var (sleutel, nummer) in nummers)
                    {
                        sleutels[nummer] = sleutel;
                    }

                    schrijver.Int32(sleutels.Length);
                    schrijver.Column<UInt128>(sleutels);
                }

                schrijver.Merk();
            }

            File.Move(tijdelijk, pad, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The folder may be gone or full, or (Windows) the old file still mapped: the next start reads more lines.
            if (File.Exists(tijdelijk))
            {
                File.Delete(tijdelijk);
            }
        }
    }

    /// <summary>Before lines are added to a state read from the file: its numbering back into the dictionaries.</summary>
    private unsafe void NummersTerug(Stand s)
    {
        if (teNummeren is not { } sleutels)
        {
            return;
        }

        teNummeren = null;
        var trajecten = new ReadOnlySpan<UInt128>((void*)sleutels.Trajecten, sleutels.AantalTrajecten);
        for (var i = 0; i < trajecten.Length; i++)
        {
            trajectNummers[trajecten[i]] = i;
        }

        var clienten = new ReadOnlySpan<UInt128>((void*)sleutels.Clienten, sleutels.AantalClienten);
        for (var i = 0; i < clienten.Length; i++)
        {
            clientNummers[clienten[i]] = i;
        }

        for (var i = 0; i < s.Gemeenten.Length; i++)
        {
            gemeenteNummers[int.Parse(s.Gemeenten[i], System.Globalization.CultureInfo.InvariantCulture)] = i;
        }

        for (var i = 0; i < s.Agbs.Length; i++)
        {
            agbNummers[int.Parse(s.Agbs[i], System.Globalization.CultureInfo.InvariantCulture)] = i;
        }
    }

    public sealed partial class Maand
    {
        /// <summary>A month of the mapped file: its columns point into the mapping; the first line added copies it (<see cref="Groter"/>).</summary>
        internal static unsafe Maand Uit(ref IndexFile.Lezer lezer, int sleutel, int aantal) =>
            new(sleutel, aantal, new(lezer.Column<byte>(aantal)), new(lezer.Column<int>(aantal)), new(lezer.Column<short>(aantal)),
                new(lezer.Column<int>(aantal)), new(lezer.Column<int>(aantal)), new(lezer.Column<int>(aantal)), new(lezer.Column<long>(aantal)));

        internal void Schrijf(IndexFile.Writer schrijver)
        {
            schrijver.Column(Dag);
            schrijver.Column(Product);
            schrijver.Column(Gemeente);
            schrijver.Column(Agb);
            schrijver.Column(Traject);
            schrijver.Column(Client);
            schrijver.Column(Bedrag);
        }
    }
}
