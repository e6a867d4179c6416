using System.Security.Cryptography;
using System.Text;

namespace Zorginkoop.Zorgdata;

/// <summary>
/// Replaces a BSN by HMAC-SHA256(key, BSN) before anything is stored or logged. The key lives outside the database
/// (configuration or a key file), so the database alone cannot be turned back into BSNs by trying all 10^9 numbers.
/// </summary>
public sealed class Pseudonimisering
{
    private readonly byte[] sleutel;

    public Pseudonimisering(byte[] sleutel)
    {
        if (sleutel.Length < 32)
        {
            throw new ArgumentException("De pseudonimiseringssleutel moet ten minste 32 bytes zijn.", nameof(sleutel));
        }

        this.sleutel = sleutel;
    }

    /// <summary>The pseudonym of a BSN as 64 lowercase hex characters. The BSN must have passed <see cref="Bsn.IsGeldig"/>.</summary>
    public string Pseudoniem(ReadOnlySpan<char> bsn)
    {
        Span<byte> hash = stackalloc byte[32];
        Bereken(bsn, hash);
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>The pseudonym as bytes (32), for keys made from it.</summary>
    public byte[] PseudoniemBytes(ReadOnlySpan<char> bsn)
    {
        var hash = new byte[32];
        Bereken(bsn, hash);
        return hash;
    }

    private void Bereken(ReadOnlySpan<char> bsn, Span<byte> hash)
    {
        Span<byte> invoer = stackalloc byte[9];
        Encoding.ASCII.GetBytes(bsn, invoer);
        HMACSHA256.HashData(sleutel, invoer, hash);
    }
}
