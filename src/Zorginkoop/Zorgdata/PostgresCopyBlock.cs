using System.Buffers.Binary;
using System.Text;

namespace Zorginkoop.Zorgdata;

/// <summary>
/// A block of care lines in PostgreSQL's binary COPY format (PostgreSQL documentation, COPY, "Binary File Format"):
/// a header, per row the number of fields, per field its length in bytes (-1 for NULL) and its value in network byte
/// order, and a trailer. The lines are encoded as they come and sent sorted by key (<see cref="Sorteer"/>).
/// <para>
/// Written here rather than through Npgsql's <c>NpgsqlBinaryImporter</c>, which resolves a converter and runs an async
/// state machine for every field: sixteen fields a line cost about 2.5 µs, on a machine where the reading stage, the
/// writing stage and the server's insert share two cores (bench/README.md). Npgsql's raw binary COPY stream carries the
/// bytes. The round trip through a real server is tested field by field (PostgresWriterTests).
/// </para>
/// </summary>
internal sealed class PostgresCopyBlock
{
    // The signature "PGCOPY\n\xFF\r\n\0", 4 bytes of flags (none) and 4 of header extension length (none).
    private static readonly byte[] Kop = [.. "PGCOPY\n"u8, 0xFF, (byte)'\r', (byte)'\n', 0, 0, 0, 0, 0, 0, 0, 0, 0];
    private static readonly int Dag2000 = new DateOnly(2000, 1, 1).DayNumber;

    // The lines as they come, and where each starts; the sorted COPY data is built from them in a second buffer, so
    // that this one can take the next block while the sorted one is still being sent.
    private byte[] regels = new byte[1 << 20];
    private int lengte;
    private Regel[] index = new Regel[1024];
    private byte[] uit = [];

    public int Aantal { get; private set; }

    public void Voeg(Zorgregel r)
    {
        if (Aantal == index.Length)
        {
            Array.Resize(ref index, index.Length * 2);
        }

        // The fields in the order of ZorgregelWriter.Kolommen, which names them in the COPY command.
        var begin = lengte;
        BinaryPrimitives.WriteInt16BigEndian(Ruimte(2), (short)ZorgregelWriter.Kolommen.Length);
        Getal(r.ImportrunId);
        Bytes(r.Sleutel);
        Tekst(r.ToewijzingNummer);
        Bytes(r.ClientSleutel);
        Bytes(r.TrajectSleutel);
        Tekst(r.GemeenteCode);
        Tekst(r.AgbCode);
        Getal(r.ProductId);
        Datum(r.Begindatum);
        Datum(r.Einddatum);
        Getal(r.Volume);
        Tekst(r.EenheidCode);
        Getal(r.BedragCent);
        Tekst(r.ReferentieNummer);
        Tekst(r.VorigReferentieNummer);
        Waarheid(r.Afgewezen);
        // A key is 16 bytes (ZorgregelSleutel.Lengte); as a big-endian number it sorts as PostgreSQL compares bytea.
        index[Aantal] = new Regel(BinaryPrimitives.ReadUInt128BigEndian(r.Sleutel), Aantal, begin, lengte - begin);
        Aantal++;
    }

    /// <summary>
    /// Orders the lines by key, equal keys in the order they came. The unique key index then takes them in one pass
    /// from left to right instead of a random page each; that made the insert of ten million lines about a third
    /// faster (bench/README.md). Touches only the block's index, not the COPY data of the block before.
    /// </summary>
    public void Sorteer() => Array.Sort(index, 0, Aantal);

    /// <summary>
    /// The block as COPY data, in the order <see cref="Sorteer"/> made, and empty for the next lines. The data stays
    /// valid until the next call.
    /// </summary>
    public ReadOnlyMemory<byte> Copydata()
    {
        var nodig = Kop.Length + lengte + 2;
        if (uit.Length < nodig)
        {
            uit = new byte[Math.Max(nodig, uit.Length * 2)];
        }

        Kop.CopyTo(uit, 0);
        var n = Kop.Length;
        foreach (var regel in index.AsSpan(0, Aantal))
        {
            regels.AsSpan(regel.Begin, regel.Lengte).CopyTo(uit.AsSpan(n));
            n += regel.Lengte;
        }

        // The trailer: a field count of -1.
        BinaryPrimitives.WriteInt16BigEndian(uit.AsSpan(n), -1);
        (lengte, Aantal) = (0, 0);
        return uit.AsMemory(0, n + 2);
    }

    private void Getal(int waarde)
    {
        var s = Ruimte(8);
        BinaryPrimitives.WriteInt32BigEndian(s, 4);
        BinaryPrimitives.WriteInt32BigEndian(s[4..], waarde);
    }

    private void Getal(long waarde)
    {
        var s = Ruimte(12);
        BinaryPrimitives.WriteInt32BigEndian(s, 8);
        BinaryPrimitives.WriteInt64BigEndian(s[4..], waarde);
    }

    private void Bytes(byte[] waarde)
    {
        var s = Ruimte(4 + waarde.Length);
        BinaryPrimitives.WriteInt32BigEndian(s, waarde.Length);
        waarde.CopyTo(s[4..]);
    }

    private void Tekst(string? waarde)
    {
        if (waarde is null)
        {
            BinaryPrimitives.WriteInt32BigEndian(Ruimte(4), -1);
            return;
        }

        var s = Ruimte(4 + Encoding.UTF8.GetMaxByteCount(waarde.Length));
        var n = Encoding.UTF8.GetBytes(waarde, s[4..]);
        BinaryPrimitives.WriteInt32BigEndian(s, n);
        lengte -= s.Length - 4 - n;
    }

    /// <summary>A date is a 4-byte count of days since 1 January 2000.</summary>
    private void Datum(DateOnly d) => Getal(d.DayNumber - Dag2000);

    private void Waarheid(bool waarde)
    {
        var s = Ruimte(5);
        BinaryPrimitives.WriteInt32BigEndian(s, 1);
        s[4] = waarde ? (byte)1 : (byte)0;
    }

    private Span<byte> Ruimte(int n)
    {
        if (lengte + n > regels.Length)
        {
            Array.Resize(ref regels, Math.Max(regels.Length * 2, lengte + n));
        }

        var s = regels.AsSpan(lengte, n);
        lengte += n;
        return s;
    }

    private readonly record struct Regel(UInt128 Sleutel, int Nummer, int Begin, int Lengte) : IComparable<Regel>
    {
        public int CompareTo(Regel ander)
        {
            var c = Sleutel.CompareTo(ander.Sleutel);
            return c != 0 ? c : Nummer.CompareTo(ander.Nummer);
        }
    }
}
