using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Zorginkoop.Inschrijvingen;

/// <summary>The quality part of a bid: the lots bid on (by number), the declarations and the text answers (by requirement).</summary>
public sealed record Kwaliteitsdeel(IReadOnlyList<int> Percelen, IReadOnlyDictionary<int, bool> Verklaringen, IReadOnlyDictionary<int, string> Antwoorden)
{
    public static readonly Kwaliteitsdeel Leeg = new([], new Dictionary<int, bool>(), new Dictionary<int, string>());
}

/// <summary>The price part of a bid: eurocents per unit per lot (by number).</summary>
public sealed record Prijsdeel(IReadOnlyDictionary<int, long> PrijsPerPerceel)
{
    public static readonly Prijsdeel Leeg = new(new Dictionary<int, long>());
}

/// <summary>Turns the parts into the bytes that are sealed and hashed: sorted, so the same content always gives the same receipt.</summary>
public static class InschrijvingJson
{
    public static byte[] Naar(Kwaliteitsdeel k) => JsonSerializer.SerializeToUtf8Bytes(new Kwaliteitsdeel(
        k.Percelen.Distinct().Order().ToList(),
        new SortedDictionary<int, bool>(k.Verklaringen.ToDictionary()),
        new SortedDictionary<int, string>(k.Antwoorden.ToDictionary())));

    public static byte[] Naar(Prijsdeel p) => JsonSerializer.SerializeToUtf8Bytes(new Prijsdeel(new SortedDictionary<int, long>(p.PrijsPerPerceel.ToDictionary())));

    public static Kwaliteitsdeel Kwaliteit(byte[] json) => JsonSerializer.Deserialize<Kwaliteitsdeel>(json) ?? Kwaliteitsdeel.Leeg;

    public static Prijsdeel Prijs(byte[] json) => JsonSerializer.Deserialize<Prijsdeel>(json) ?? Prijsdeel.Leeg;

    /// <summary>
    /// The receipt: SHA-256 over the procedure, the provider, the version and everything the bid holds (both parts and
    /// the SHA-256 of every file, in requirement order). The provider can recompute what it covers; nobody can
    /// recompute the bid from it.
    /// </summary>
    public static string Ontvangstbewijs(int aanbesteding, int zorgaanbieder, int versie, byte[] kwaliteit, byte[] prijs, IEnumerable<(int EisId, string Sha256)> bestanden)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"zorginkoop-inschrijving-v1\n{aanbesteding}\n{zorgaanbieder}\n{versie}\n"));
        hash.AppendData(SHA256.HashData(kwaliteit));
        hash.AppendData(SHA256.HashData(prijs));
        foreach (var (eis, sha) in bestanden.OrderBy(b => b.EisId).ThenBy(b => b.Sha256, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"{eis}:{sha}\n"));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
