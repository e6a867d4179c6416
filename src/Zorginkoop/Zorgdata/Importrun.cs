namespace Zorginkoop.Zorgdata;

/// <summary>One run of the care data import: which file, by whom, when, how many lines, and the result.</summary>
public class Importrun
{
    public int Id { get; set; }
    public required string Bestandsnaam { get; set; }

    /// <summary>SHA-256 of the file's bytes; the same file imported again is recognised and changes nothing.</summary>
    public required string Sha256 { get; set; }

    /// <summary><c>csv</c>, <c>jw323</c>, <c>wmo323</c>, ...</summary>
    public required string Formaat { get; set; }
    public required string Gebruiker { get; set; }
    public DateTimeOffset Gestart { get; set; }
    public DateTimeOffset? Beeindigd { get; set; }
    public int Regels { get; set; }
    public int Toegevoegd { get; set; }
    public int AlAanwezig { get; set; }

    /// <summary>
    /// <c>bezig</c> while it runs, then <c>gelukt</c>, <c>geweigerd</c> (bad lines; nothing stored),
    /// <c>al-geimporteerd</c>, or <c>afgebroken</c> (the process stopped halfway; nothing stored).
    /// </summary>
    public required string Resultaat { get; set; }

    /// <summary>
    /// The import's own id: the web's status page (/zorgdata/import/{id}) and the name of the slot its process holds
    /// (<see cref="ImportLock"/>), by which a start tells a running import from an interrupted one.
    /// </summary>
    public Guid? Opdracht { get; set; }

    /// <summary>The first problems (line and reason; never a BSN), one per line.</summary>
    public string? Meldingen { get; set; }

    /// <summary>
    /// The municipalities (CBS codes) the file's lines were of, as ",0321,0356," (commas around each, so a search for
    /// ",0321," finds exactly one); null when none was read. Who sees the run in the list: the one who started it and
    /// the importers of a region with one of these municipalities (decision record 0009).
    /// </summary>
    public string? Gemeenten { get; set; }

    /// <summary>
    /// How long the run took, from after the file's hash to just before the commit (both are recorded inside the run's
    /// own transaction); null while it runs, and when the clock did not move. The CLI times the whole call instead,
    /// hash and commit included, so its figure is a little longer.
    /// </summary>
    [System.ComponentModel.DataAnnotations.Schema.NotMapped]
    public TimeSpan? Duur => Beeindigd is { } eind && eind > Gestart ? eind - Gestart : null;
}

/// <summary>
/// One line of delivered care: a claim line (JW323/WMO323 prestatie or a CSV line), with the client pseudonymised.
/// Amounts are signed eurocents: a credit is negative, so a sum reverses the debet it corrects.
/// </summary>
public class Zorgregel
{
    public long Id { get; set; }
    public int ImportrunId { get; set; }

    /// <summary>
    /// Idempotency key: the first 16 bytes of the SHA-256 of the line's identity (<see cref="ZorgregelSleutel"/>); a
    /// line imported again (same file or another) is recognised and not stored twice.
    /// </summary>
    public required byte[] Sleutel { get; set; }
    public string? ToewijzingNummer { get; set; }

    /// <summary>
    /// The client: the first 16 bytes of the HMAC-SHA256 pseudonym of the BSN (<see cref="Pseudonimisering"/>), the same
    /// for every line of that client; the BSN itself is never stored.
    /// </summary>
    public required byte[] ClientSleutel { get; set; }

    /// <summary>
    /// The traject: the allocation itself (<see cref="ZorgregelSleutel.Toewijzing"/>) or, without an allocation number,
    /// 16 bytes of SHA-256 of client × provider × product (<c>k:pseudoniem:agb:product</c>). The monitor counts
    /// distinct ones.
    /// </summary>
    public required byte[] TrajectSleutel { get; set; }
    public required string GemeenteCode { get; set; }
    public required string AgbCode { get; set; }
    public int ProductId { get; set; }
    public DateOnly Begindatum { get; set; }
    public DateOnly Einddatum { get; set; }
    public long Volume { get; set; }
    public required string EenheidCode { get; set; }
    public long BedragCent { get; set; }
    public string? ReferentieNummer { get; set; }
    public string? VorigReferentieNummer { get; set; }

    /// <summary>Rejected by the municipality in a JW325/WMO325 answer: excluded from accepted costs.</summary>
    public bool Afgewezen { get; set; }
}

/// <summary>The idempotency key of a care line: 16 bytes of SHA-256, collision-free in practice for billions of lines.</summary>
public static class ZorgregelSleutel
{
    public const int Lengte = 16;

    public static byte[] Van(string identiteit)
    {
        // Called twice per care line: the UTF-8 goes through the stack, not the heap, for any ordinary identity.
        Span<byte> hash = stackalloc byte[32];
        var lengte = System.Text.Encoding.UTF8.GetMaxByteCount(identiteit.Length);
        var utf8 = lengte <= 512 ? stackalloc byte[lengte] : new byte[lengte];
        var n = System.Text.Encoding.UTF8.GetBytes(identiteit, utf8);
        System.Security.Cryptography.SHA256.HashData(utf8[..n], hash);
        return hash[..Lengte].ToArray();
    }

    /// <summary>
    /// The key of a list of parts (texts and numbers) without building a string first: each part goes into one buffer
    /// on the stack, a text as its UTF-8 with a 0 byte after it, a number as 8 bytes, and the buffer is hashed once.
    /// Called for every care line, so it avoids the heap.
    /// </summary>
    public ref struct Bouwer
    {
        private readonly Span<byte> buffer;
        private int lengte;

        public Bouwer(Span<byte> buffer) => this.buffer = buffer;

        public void Tekst(string? tekst)
        {
            lengte += System.Text.Encoding.UTF8.GetBytes(tekst ?? "", buffer[lengte..]);
            buffer[lengte++] = 0;
        }

        public void Getal(long getal)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(buffer[lengte..], getal);
            lengte += 8;
        }

        public readonly byte[] Sleutel()
        {
            Span<byte> hash = stackalloc byte[32];
            System.Security.Cryptography.SHA256.HashData(buffer[..lengte], hash);
            return hash[..Lengte].ToArray();
        }
    }

    /// <summary>
    /// The traject key of an allocation: "t", the municipality's 4-digit code and the allocation number with leading
    /// zeros to 11 digits, as 16 ASCII bytes (an allocation number is at most 999999999, LDT_Nummer). Not hashed: it
    /// holds nothing the line does not show in its own columns, it cannot collide, it saves a SHA-256 on nearly every
    /// line (bench/README.md), and a migration can compute it in SQL. A hashed key (of client × provider × product)
    /// is never 16 ASCII characters starting with "t" followed by digits.
    /// </summary>
    public static byte[] Toewijzing(string gemeente, string nummer)
    {
        if (gemeente.Length != 4 || nummer.Length is 0 or > 11)
        {
            throw new ArgumentException($"Geen gemeentecode en toewijzingnummer: {gemeente}, {nummer}.");
        }

        var sleutel = new byte[Lengte];
        sleutel[0] = (byte)'t';
        System.Text.Encoding.ASCII.GetBytes(gemeente, sleutel.AsSpan(1));
        sleutel.AsSpan(5, 11 - nummer.Length).Fill((byte)'0');
        System.Text.Encoding.ASCII.GetBytes(nummer, sleutel.AsSpan(Lengte - nummer.Length));
        return sleutel;
    }

    /// <summary>A claim line with a reference number is identified by provider and reference (what a JW325 refers to).</summary>
    public static byte[] Declaratie(string agb, string referentieNummer) => Van($"d:{agb}:{referentieNummer}");
}
