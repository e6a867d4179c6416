using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Zorginkoop.Zorgdata;

/// <summary>
/// An upload waiting for its import, on disk only encrypted: AES-256-GCM in blocks of 64 KB, with a key that exists
/// only in the memory of the process that took the upload. The file of a care-data upload holds BSNs; whatever happens
/// to the process (a crash, a kill, a full disk), what stays behind in the data folder can never be read again
/// (issue 13: no file in the data folder holds a BSN in clear). Each block's nonce is its number, and the key is used
/// for this one file only, so nonces never repeat under a key.
/// </summary>
public static class EncryptedFile
{
    public const int Blok = 64 * 1024;
    private const int Tag = 16;

    public static byte[] NieuweSleutel() => RandomNumberGenerator.GetBytes(32);

    /// <summary>
    /// Streams <paramref name="bron"/> encrypted into a new file at <paramref name="pad"/>; the number of plain bytes, or
    /// null (and no file) when there are more than <paramref name="max"/>.
    /// </summary>
    public static async Task<long?> WriteAsync(Stream bron, string pad, byte[] sleutel, long max, CancellationToken ct = default)
    {
        using var aes = new AesGcm(sleutel, Tag);
        var plat = new byte[Blok];
        var volgende = new byte[Blok];
        var versleuteld = new byte[Blok + Tag];
        var nonce = new byte[12];
        long totaal = 0;
        long nummer = 0;
        try
        {
            await using var doel = new FileStream(pad, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous);
            var n = await bron.ReadAtLeastAsync(plat, Blok, throwOnEndOfStream: false, ct);
            while (true)
            {
                totaal += n;
                if (totaal > max)
                {
                    doel.Close();
                    File.Delete(pad);
                    return null;
                }

                // A short block is the last; after a full one comes at least an empty one, so a file of whole blocks
                // ends with an empty last block and the last block is always known when it is sealed.
                var laatste = n < Blok;
                var m = laatste ? 0 : await bron.ReadAtLeastAsync(volgende, Blok, throwOnEndOfStream: false, ct);
                Nonce(nonce, nummer++, laatste);
                aes.Encrypt(nonce, plat.AsSpan(0, n), versleuteld.AsSpan(0, n), versleuteld.AsSpan(n, Tag));
                await doel.WriteAsync(versleuteld.AsMemory(0, n + Tag), ct);
                if (laatste)
                {
                    break;
                }

                (plat, volgende, n) = (volgende, plat, m);
            }
        }
        catch
        {
            File.Delete(pad);
            throw;
        }

        return totaal;
    }

    /// <summary>
    /// The block's number, and whether it is the file's last block (the first byte): a file cut at a block boundary
    /// then ends with a block that was not sealed as the last, and does not open (the STREAM construction of
    /// Hoang, Reyhanitabar, Rogaway and Vizár).
    /// </summary>
    private static void Nonce(byte[] nonce, long blok, bool laatste)
    {
        nonce[0] = laatste ? (byte)1 : (byte)0;
        BinaryPrimitives.WriteInt64BigEndian(nonce.AsSpan(4), blok);
    }

    /// <summary>The plain content again, seekable (the import reads it twice: for its hash and for its lines).</summary>
    public static Stream Open(string pad, byte[] sleutel) => new Leesstroom(new FileStream(pad, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.RandomAccess), sleutel);

    private sealed class Leesstroom : Stream
    {
        private readonly FileStream bestand;
        private readonly AesGcm aes;
        private readonly byte[] versleuteld = new byte[Blok + Tag];
        private readonly byte[] plat = new byte[Blok];
        private readonly byte[] nonce = new byte[12];
        private readonly long laatsteBlok;
        private long geladen = -1;
        private int geladenLengte;
        private long positie;

        public Leesstroom(FileStream bestand, byte[] sleutel)
        {
            this.bestand = bestand;
            aes = new AesGcm(sleutel, Tag);
            // The last block is short (at least its tag): a file that ends on a whole block was cut.
            var blokken = bestand.Length / (Blok + Tag);
            var rest = bestand.Length % (Blok + Tag);
            if (rest < Tag)
            {
                throw new CryptographicException("Het versleutelde uploadbestand is ingekort.");
            }

            laatsteBlok = blokken;
            Length = (blokken * Blok) + rest - Tag;
        }

        public override bool CanRead => true;
        public override bool CanSeek => true;
        public override bool CanWrite => false;
        public override long Length { get; }

        public override long Position
        {
            get => positie;
            set => positie = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (positie >= Length || buffer.IsEmpty)
            {
                return 0;
            }

            var blok = positie / Blok;
            Laad(blok);
            var inBlok = (int)(positie - (blok * Blok));
            var n = Math.Min(buffer.Length, geladenLengte - inBlok);
            plat.AsSpan(inBlok, n).CopyTo(buffer);
            positie += n;
            return n;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromResult(Read(buffer, offset, count));

        /// <summary>Decrypts block <paramref name="blok"/>; a changed, cut, swapped or missing block does not decrypt (the tag, and the last block's mark).</summary>
        private void Laad(long blok)
        {
            if (blok == geladen)
            {
                return;
            }

            bestand.Position = blok * (Blok + Tag);
            var n = bestand.ReadAtLeast(versleuteld, versleuteld.Length, throwOnEndOfStream: false);
            if (n < Tag)
            {
                throw new CryptographicException("Het versleutelde uploadbestand is ingekort.");
            }

            Nonce(nonce, blok, blok == laatsteBlok);
            aes.Decrypt(nonce, versleuteld.AsSpan(0, n - Tag), versleuteld.AsSpan(n - Tag, Tag), plat.AsSpan(0, n - Tag));
            (geladen, geladenLengte) = (blok, n - Tag);
        }

        public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => positie + offset,
            _ => Length + offset,
        };

        public override void Flush()
        {
        }

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                bestand.Dispose();
                aes.Dispose();
                CryptographicOperations.ZeroMemory(plat);
            }

            base.Dispose(disposing);
        }
    }
}
