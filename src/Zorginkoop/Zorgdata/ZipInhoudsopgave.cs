using System.Buffers.Binary;

namespace Zorginkoop.Zorgdata;

/// <summary>
/// The size of a ZIP's table of contents (its central directory), read from the archive's last record before the table
/// itself is read: .NET reads every entry of the table into memory before it compares their number, so a hostile upload
/// of 512 MB that is nothing but table would take gigabytes. A table larger than <see cref="MaxBytes"/> is refused.
/// APPNOTE.TXT (PKWARE) 4.3.14-4.3.16: the end of central directory record, and its ZIP64 forms.
/// </summary>
internal static class ZipInhoudsopgave
{
    /// <summary>Room for <see cref="Berichtenbundel.MaxDelen"/> entries with long names (46 bytes and the name each).</summary>
    public const long MaxBytes = Berichtenbundel.MaxDelen * 640L;

    private const uint Einde = 0x06054b50;
    private const uint Zip64Wijzer = 0x07064b50;
    private const uint Zip64Einde = 0x06064b50;

    /// <summary>The table's size in bytes, or null when the file has no readable end record.</summary>
    public static long? Grootte(Stream zip)
    {
        // The end record is 22 bytes and may carry a comment of up to 65,535 bytes after it.
        var n = (int)Math.Min(zip.Length, 22 + 65_535);
        var staart = new byte[n];
        zip.Position = zip.Length - n;
        zip.ReadExactly(staart);
        zip.Position = 0;
        for (var i = n - 22; i >= 0; i--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(staart.AsSpan(i)) != Einde)
            {
                continue;
            }

            var grootte = BinaryPrimitives.ReadUInt32LittleEndian(staart.AsSpan(i + 12));
            if (grootte != uint.MaxValue)
            {
                return grootte;
            }

            // ZIP64: a locator of 20 bytes just before the end record points to the ZIP64 end record.
            if (i < 20 || BinaryPrimitives.ReadUInt32LittleEndian(staart.AsSpan(i - 20)) != Zip64Wijzer)
            {
                return null;
            }

            var positie = BinaryPrimitives.ReadInt64LittleEndian(staart.AsSpan(i - 20 + 8));
            if (positie < 0 || positie > zip.Length - 56)
            {
                return null;
            }

            var record = new byte[56];
            zip.Position = positie;
            zip.ReadExactly(record);
            zip.Position = 0;
            return BinaryPrimitives.ReadUInt32LittleEndian(record) == Zip64Einde ? BinaryPrimitives.ReadInt64LittleEndian(record.AsSpan(40)) : null;
        }

        return null;
    }
}
