using System.IO.Compression;
using Zorginkoop.Catalogus.Import;

namespace Zorginkoop.Zorgdata;

/// <summary>One message (or CSV file) of an import: the file itself, or an entry of a ZIP (<see cref="Berichtenbundel"/>).</summary>
/// <param name="Naam">The entry's name inside the ZIP, for the messages; null for a file imported on its own.</param>
internal sealed record Berichtdeel(string? Naam, string Formaat, long Lengte, Func<Stream> Open)
{
    /// <summary>The order in which a ZIP's messages go in: allocations before the starts and stops that refer to them,
    /// claims after those, and claim answers (JW325, which reject claim lines already stored) last.</summary>
    public int Volgorde => Formaat switch
    {
        "jw301" or "wmo301" => 0,
        "jw305" or "wmo305" => 1,
        "jw307" or "wmo307" => 2,
        "jw325" => 4,
        _ => 3,
    };

    public bool IsAfwijzing => Volgorde == 4;

    public bool IsToewijzing => Volgorde == 0;

    public bool IsStartStop => Volgorde is 1 or 2;

    /// <summary>Claim lines (JW323, WMO323, CSV), or a part of a kind that cannot be imported, reported while reading.</summary>
    public bool IsDeclaratie => Volgorde == 3;

    /// <summary>Reports a problem of this part with its name, so a message in a ZIP of two thousand can be found.</summary>
    public Action<ImportMelding> Meld(Action<ImportMelding> meld) => Naam is null ? meld : m => meld(m with { Bestand = Naam });
}

/// <summary>
/// A ZIP of messages, imported as one unit (issue 20): a region receives its claims as thousands of small messages, one
/// per provider, municipality and month, and one import of all of them costs one transaction instead of thousands.
/// Entries are read in place, never extracted to disk (a name such as <c>../../x</c> is only a label), a ZIP inside
/// the ZIP is not opened, and what the entries unpack to is counted while they are read, whatever their headers claim,
/// so a small hostile file cannot unpack to terabytes.
/// </summary>
internal sealed class Berichtenbundel : IDisposable
{
    /// <summary>At most this many entries: a region's year is a few thousand messages.</summary>
    public const int MaxDelen = 100_000;

    /// <summary>At most this much unpacked: several national years of CSV (about 700 MB for ten million lines).</summary>
    public const long MaxUitgepakt = 4L * 1024 * 1024 * 1024;

    private readonly ZipArchive zip;
    private readonly long maxUitgepakt;
    private long uitgepakt;

    public IReadOnlyList<Berichtdeel> Delen { get; private set; } = [];

    private Berichtenbundel(ZipArchive zip, long maxUitgepakt) => (this.zip, this.maxUitgepakt) = (zip, maxUitgepakt);

    /// <summary>
    /// Opens the ZIP and recognises each entry's kind from its first bytes; null, with the problem reported, when the
    /// file is no readable ZIP or holds nothing to import.
    /// </summary>
    /// <param name="maxUitgepakt">For tests: a lower limit than <see cref="MaxUitgepakt"/>.</param>
    public static Berichtenbundel? Open(Stream bestand, Action<ImportMelding> meld, long maxUitgepakt = MaxUitgepakt)
    {
        if (ZipInhoudsopgave.Grootte(bestand) is > ZipInhoudsopgave.MaxBytes)
        {
            meld(new(1, null, $"De inhoudsopgave van het ZIP-bestand is groter dan {Documenten.Documentbeheer.Grootte(ZipInhoudsopgave.MaxBytes)}; " +
                $"Zorginkoop importeert hoogstens {MaxDelen:N0} bestanden tegelijk. Splits het bestand."));
            return null;
        }

        ZipArchive zip;
        try
        {
            zip = new ZipArchive(bestand, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException)
        {
            meld(new(1, null, "Het ZIP-bestand is beschadigd of onvolledig en kan niet worden gelezen; er is niets opgeslagen."));
            return null;
        }

        var bundel = new Berichtenbundel(zip, maxUitgepakt);
        var delen = new List<Berichtdeel>();
        try
        {
            var bestanden = zip.Entries.Where(e => !e.FullName.EndsWith('/')).ToList();
            if (bestanden.Count > MaxDelen)
            {
                meld(new(1, null, $"Het ZIP-bestand bevat {bestanden.Count:N0} bestanden; Zorginkoop importeert er hoogstens {MaxDelen:N0} tegelijk. Splits het bestand."));
                zip.Dispose();
                return null;
            }

            foreach (var entry in bestanden)
            {
                // Only the last part of the name, as for an upload: the name is shown, never used as a path.
                var naam = Path.GetFileName(entry.FullName.Replace('\\', '/'));
                naam = naam.Length > 200 ? naam[..200] : naam;
                var kop = new byte[4096];
                int n;
                try
                {
                    using var s = bundel.OpenDeel(entry);
                    n = s.ReadAtLeast(kop, kop.Length, throwOnEndOfStream: false);
                }
                catch (InvalidDataException e)
                {
                    meld(new(1, null, OnleesbaarDeel(e)) { Bestand = naam });
                    continue;
                }

                var formaat = ZorgdataImport.HerkenFormaat(kop.AsSpan(0, n));
                delen.Add(new Berichtdeel(naam, formaat, entry.Length, () => bundel.OpenDeel(entry)));
            }
        }
        catch (InvalidDataException)
        {
            meld(new(1, null, "Het ZIP-bestand is beschadigd of onvolledig en kan niet worden gelezen; er is niets opgeslagen."));
            zip.Dispose();
            return null;
        }

        if (delen.Count == 0)
        {
            meld(new(1, null, "Het ZIP-bestand bevat geen berichten of CSV-bestanden om te importeren."));
            zip.Dispose();
            return null;
        }

        // Within a kind in name order, so the same ZIP goes in the same way every time.
        bundel.Delen = [.. delen.OrderBy(d => d.Volgorde).ThenBy(d => d.Naam, StringComparer.Ordinal)];
        return bundel;
    }

    public static string OnleesbaarDeel(InvalidDataException e) =>
        e.Data.Contains(TeVeelUitgepakt) ? e.Message : "Dit bestand in het ZIP-bestand kan niet worden uitgepakt (beschadigd, versleuteld of met een onbekende compressie).";

    // A ZIP inside the ZIP is recognised by its content like any entry, and refused as a kind that cannot be imported.
    private TellendeStream OpenDeel(ZipArchiveEntry entry) => new(entry.Open(), this);

    public void Dispose() => zip.Dispose();

    private const string TeVeelUitgepakt = nameof(TeVeelUitgepakt);

    /// <summary>Counts what every entry unpacks to, across the whole ZIP and each time an entry is opened.</summary>
    internal sealed class TellendeStream(Stream inner, Berichtenbundel bundel) : Stream
    {
        public override int Read(byte[] buffer, int offset, int count) => Tel(inner.Read(buffer, offset, count));

        public override int Read(Span<byte> buffer) => Tel(inner.Read(buffer));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Tel(await inner.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        private int Tel(int n)
        {
            bundel.uitgepakt += n;
            if (bundel.uitgepakt <= bundel.maxUitgepakt)
            {
                return n;
            }

            var e = new InvalidDataException(
                $"Het ZIP-bestand pakt uit tot meer dan {Documenten.Documentbeheer.Grootte(bundel.maxUitgepakt)}; zo'n bestand importeert Zorginkoop niet. Er is niets opgeslagen.");
            e.Data[TeVeelUitgepakt] = true;
            throw e;
        }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() { }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
