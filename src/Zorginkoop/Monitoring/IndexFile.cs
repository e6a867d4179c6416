using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;

namespace Zorginkoop.Monitoring;

/// <summary>
/// The layout of the monitor index's file (<see cref="MonitorIndex"/>): little-endian numbers, texts as a length and
/// UTF-8, and every column starting on a multiple of 16 bytes, so that it is used where it lies in the mapped file.
/// Every read is checked against the file's length: a torn or foreign file is refused (InvalidDataException), never read
/// past its end.
/// </summary>
internal static class IndexFile
{
    private static ReadOnlySpan<byte> MerkBytes => "ZIMONIDX"u8;

    private const int Uitlijning = 16;

    public unsafe ref struct Lezer(byte* basis, long lengte)
    {
        private long positie;

        public bool Merk() => Bytes(MerkBytes.Length).SequenceEqual(MerkBytes);

        public int Int32() => BinaryPrimitives.ReadInt32LittleEndian(Bytes(4));

        public long Int64() => BinaryPrimitives.ReadInt64LittleEndian(Bytes(8));

        public string Tekst()
        {
            var n = Int32();
            return n < 0 ? throw new InvalidDataException("Negatieve lengte.") : Encoding.UTF8.GetString(Bytes(n));
        }

        public string[] Teksten()
        {
            var n = Int32();
            if (n < 0 || n > lengte)
            {
                throw new InvalidDataException("Ongeldig aantal.");
            }

            var teksten = new string[n];
            for (var i = 0; i < n; i++)
            {
                teksten[i] = Tekst();
            }

            return teksten;
        }

        /// <summary>A column of <paramref name="aantal"/> values where it lies in the file.</summary>
        public T* Column<T>(int aantal)
            where T : unmanaged
        {
            positie = (positie + Uitlijning - 1) / Uitlijning * Uitlijning;
            return (T*)Plek((long)aantal * sizeof(T));
        }

        private ReadOnlySpan<byte> Bytes(int n) => new(Plek(n), n);

        private byte* Plek(long n)
        {
            if (n < 0 || positie + n > lengte)
            {
                throw new InvalidDataException("Het indexbestand is korter dan zijn inhoud zegt.");
            }

            var plek = basis + positie;
            positie += n;
            return plek;
        }
    }

    public sealed class Writer(Stream stroom)
    {
        private long positie;

        public void Merk() => Schrijf(MerkBytes);

        public void Int32(int waarde)
        {
            Span<byte> b = stackalloc byte[4];
            BinaryPrimitives.WriteInt32LittleEndian(b, waarde);
            Schrijf(b);
        }

        public void Int64(long waarde)
        {
            Span<byte> b = stackalloc byte[8];
            BinaryPrimitives.WriteInt64LittleEndian(b, waarde);
            Schrijf(b);
        }

        public void Tekst(string tekst)
        {
            var bytes = Encoding.UTF8.GetBytes(tekst);
            Int32(bytes.Length);
            Schrijf(bytes);
        }

        public void Teksten(string[] teksten)
        {
            Int32(teksten.Length);
            foreach (var t in teksten)
            {
                Tekst(t);
            }
        }

        public void Column<T>(ReadOnlySpan<T> waarden)
            where T : unmanaged
        {
            Span<byte> opvulling = stackalloc byte[Uitlijning];
            opvulling.Clear();
            Schrijf(opvulling[..(int)((Uitlijning - (positie % Uitlijning)) % Uitlijning)]);
            Schrijf(MemoryMarshal.AsBytes(waarden));
        }

        private void Schrijf(ReadOnlySpan<byte> bytes)
        {
            stroom.Write(bytes);
            positie += bytes.Length;
        }
    }
}
