using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;

namespace Zorginkoop.Inschrijvingen;

/// <summary>
/// The vault's cryptography. Every bid has its own 256-bit data key, kept only in protected form (ASP.NET Core Data
/// Protection, whose keys live in the database, so several app instances share them). Content is sealed with AES-GCM:
/// a tampered ciphertext does not open, and the associated data binds each ciphertext to its bid and part, so parts
/// cannot be swapped between bids. Files are sealed in 64 KB chunks as they stream in, never whole in memory.
/// </summary>
public sealed class Kluis(IDataProtectionProvider dataProtection, string dataMap)
{
    private const int NonceLengte = 12;
    private const int TagLengte = 16;
    private const int Blok = 64 * 1024;
    private static readonly byte[] Kop = "ZIK1"u8.ToArray();

    private readonly IDataProtector beschermer = dataProtection.CreateProtector("Zorginkoop.Kluis.v1");

    /// <summary>The folder of the sealed files: outside the web root, next to the database.</summary>
    public string Map { get; } = Path.Combine(dataMap, "kluis");

    /// <summary>A new data key, protected: the only form in which it is stored.</summary>
    public byte[] NieuweSleutel()
    {
        var sleutel = RandomNumberGenerator.GetBytes(32);
        try
        {
            return beschermer.Protect(sleutel);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(sleutel);
        }
    }

    /// <summary>nonce (12) | tag (16) | ciphertext.</summary>
    public byte[] Versleutel(byte[] beschermdeSleutel, byte[] inhoud, string context)
    {
        var uit = new byte[NonceLengte + TagLengte + inhoud.Length];
        RandomNumberGenerator.Fill(uit.AsSpan(0, NonceLengte));
        MetSleutel(beschermdeSleutel, aes => aes.Encrypt(uit.AsSpan(0, NonceLengte), inhoud, uit.AsSpan(NonceLengte + TagLengte),
            uit.AsSpan(NonceLengte, TagLengte), Encoding.UTF8.GetBytes(context)));
        return uit;
    }

    /// <summary>The content; a <see cref="CryptographicException"/> when the ciphertext, its context or the key does not match.</summary>
    public byte[] Ontsleutel(byte[] beschermdeSleutel, byte[] versleuteld, string context)
    {
        var inhoud = new byte[versleuteld.Length - NonceLengte - TagLengte];
        MetSleutel(beschermdeSleutel, aes => aes.Decrypt(versleuteld.AsSpan(0, NonceLengte), versleuteld.AsSpan(NonceLengte + TagLengte),
            versleuteld.AsSpan(NonceLengte, TagLengte), inhoud, Encoding.UTF8.GetBytes(context)));
        return inhoud;
    }

    /// <summary>
    /// Seals a stream into the vault folder under <paramref name="opslagnaam"/> while computing the SHA-256 of the
    /// plain content; refuses (and removes the partial file) beyond <paramref name="maxBytes"/>. Returns the size, or
    /// null when the file was too large.
    /// </summary>
    public async Task<(long Grootte, string Sha256)?> BewaarAsync(byte[] beschermdeSleutel, Stream bron, string opslagnaam, string context, long maxBytes, CancellationToken ct)
    {
        Directory.CreateDirectory(Map);
        var pad = Pad(opslagnaam);
        var voorvoegsel = RandomNumberGenerator.GetBytes(8);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var sleutel = beschermer.Unprotect(beschermdeSleutel);
        var gelukt = false;
        try
        {
            using var aes = new AesGcm(sleutel, TagLengte);
            await using var doel = new FileStream(pad, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous);
            await doel.WriteAsync(Kop, ct);
            await doel.WriteAsync(voorvoegsel, ct);
            var buffer = new byte[Blok];
            var versleuteld = new byte[Blok];
            var tag = new byte[TagLengte];
            long grootte = 0;
            uint nummer = 0;
            while (true)
            {
                var n = await bron.ReadAtLeastAsync(buffer, Blok, throwOnEndOfStream: false, ct);
                grootte += n;
                if (grootte > maxBytes)
                {
                    return null;
                }

                hash.AppendData(buffer, 0, n);
                var laatste = n < Blok;
                aes.Encrypt(Nonce(voorvoegsel, nummer), buffer.AsSpan(0, n), versleuteld.AsSpan(0, n), tag, BlokContext(context, nummer, laatste));
                var lengte = new byte[4];
                BinaryPrimitives.WriteInt32BigEndian(lengte, n);
                await doel.WriteAsync(lengte, ct);
                await doel.WriteAsync(tag, ct);
                await doel.WriteAsync(versleuteld.AsMemory(0, n), ct);
                nummer++;
                if (laatste)
                {
                    break;
                }
            }

            // Durable before the bid that refers to it is committed.
            await doel.FlushAsync(ct);
            doel.Flush(flushToDisk: true);
            gelukt = true;
            return (grootte, Convert.ToHexStringLower(hash.GetHashAndReset()));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(sleutel);
            if (!gelukt && File.Exists(pad))
            {
                File.Delete(pad);
            }
        }
    }

    /// <summary>Opens a sealed file into <paramref name="doel"/>; a changed or truncated file throws a <see cref="CryptographicException"/>.</summary>
    public async Task OpenAsync(byte[] beschermdeSleutel, string opslagnaam, string context, Stream doel, CancellationToken ct)
    {
        var sleutel = beschermer.Unprotect(beschermdeSleutel);
        try
        {
            using var aes = new AesGcm(sleutel, TagLengte);
            await using var bron = new FileStream(Pad(opslagnaam), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous);
            var kop = new byte[Kop.Length + 8];
            await bron.ReadExactlyAsync(kop, ct);
            if (!kop.AsSpan(0, Kop.Length).SequenceEqual(Kop))
            {
                throw new CryptographicException("Geen kluisbestand.");
            }

            var voorvoegsel = kop[Kop.Length..];
            var lengte = new byte[4];
            var tag = new byte[TagLengte];
            var versleuteld = new byte[Blok];
            var inhoud = new byte[Blok];
            uint nummer = 0;
            while (true)
            {
                if (await bron.ReadAtLeastAsync(lengte, 4, throwOnEndOfStream: false, ct) < 4)
                {
                    throw new CryptographicException("Het kluisbestand is ingekort.");
                }

                var n = BinaryPrimitives.ReadInt32BigEndian(lengte);
                if (n is < 0 or > Blok)
                {
                    throw new CryptographicException("Het kluisbestand is beschadigd.");
                }

                await bron.ReadExactlyAsync(tag, ct);
                await bron.ReadExactlyAsync(versleuteld.AsMemory(0, n), ct);
                var laatste = n < Blok;
                aes.Decrypt(Nonce(voorvoegsel, nummer), versleuteld.AsSpan(0, n), tag, inhoud.AsSpan(0, n), BlokContext(context, nummer, laatste));
                await doel.WriteAsync(inhoud.AsMemory(0, n), ct);
                nummer++;
                if (laatste)
                {
                    return;
                }
            }
        }
        finally
        {
            CryptographicOperations.ZeroMemory(sleutel);
        }
    }

    public void Verwijder(string opslagnaam)
    {
        var pad = Pad(opslagnaam);
        if (File.Exists(pad))
        {
            File.Delete(pad);
        }
    }

    private void MetSleutel(byte[] beschermdeSleutel, Action<AesGcm> actie)
    {
        var sleutel = beschermer.Unprotect(beschermdeSleutel);
        try
        {
            using var aes = new AesGcm(sleutel, TagLengte);
            actie(aes);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(sleutel);
        }
    }

    private static byte[] Nonce(byte[] voorvoegsel, uint nummer)
    {
        var nonce = new byte[NonceLengte];
        voorvoegsel.CopyTo(nonce, 0);
        BinaryPrimitives.WriteUInt32BigEndian(nonce.AsSpan(8), nummer);
        return nonce;
    }

    /// <summary>The chunk's number and whether it is the last: chunks cannot be reordered, dropped or the file cut short.</summary>
    private static byte[] BlokContext(string context, uint nummer, bool laatste) =>
        Encoding.UTF8.GetBytes($"{context}:{nummer}:{(laatste ? "laatste" : "meer")}");

    private string Pad(string opslagnaam) => Guid.TryParseExact(opslagnaam, "D", out var g) && g.ToString("D") == opslagnaam
        ? Path.Combine(Map, opslagnaam)
        : throw new ArgumentException("Ongeldige opslagnaam.", nameof(opslagnaam));
}
