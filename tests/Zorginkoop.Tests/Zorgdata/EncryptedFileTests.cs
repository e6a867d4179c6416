using System.Security.Cryptography;
using System.Text;
using Zorginkoop.Tests.Shared;
using Zorginkoop.Zorgdata;

namespace Zorginkoop.Tests.Zorgdata;

/// <summary>An upload waits for its import only encrypted, with a key that lives in memory (issue 13, point 4).</summary>
public sealed class EncryptedFileTests : IDisposable
{
    private readonly TempFolder map = new();

    public void Dispose() => map.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(EncryptedFile.Blok)]
    [InlineData(EncryptedFile.Blok + 1)]
    [InlineData((3 * EncryptedFile.Blok) + 12_345)]
    public async Task Wat_erin_gaat_komt_er_gelijk_uit_ook_na_heen_en_weer_springen(int lengte)
    {
        var inhoud = RandomNumberGenerator.GetBytes(lengte);
        var sleutel = EncryptedFile.NieuweSleutel();
        var pad = map.Bestand("a.upload");

        Assert.Equal(lengte, await EncryptedFile.WriteAsync(new MemoryStream(inhoud), pad, sleutel, long.MaxValue, Ct));

        await using var stroom = EncryptedFile.Open(pad, sleutel);
        Assert.Equal(lengte, stroom.Length);
        using var kopie = new MemoryStream();
        await stroom.CopyToAsync(kopie, Ct);
        Assert.Equal(inhoud, kopie.ToArray());
        foreach (var positie in new[] { lengte / 2, 0, Math.Max(0, lengte - 3) })
        {
            stroom.Position = positie;
            var buffer = new byte[Math.Min(10, lengte - positie)];
            stroom.ReadExactly(buffer);
            Assert.Equal(inhoud.AsSpan(positie, buffer.Length).ToArray(), buffer);
        }
    }

    [Fact]
    public async Task Op_schijf_staat_geen_bsn_en_zonder_de_sleutel_is_er_niets_te_lezen()
    {
        var csv = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("1;999900018;0632;98000001;45A51;2018-01-01;2018-01-31;10;uur;110000\n", 5000)));
        var pad = map.Bestand("b.upload");

        await EncryptedFile.WriteAsync(new MemoryStream(csv), pad, EncryptedFile.NieuweSleutel(), long.MaxValue, Ct);

        var opSchijf = Encoding.ASCII.GetString(await File.ReadAllBytesAsync(pad, Ct));
        Assert.DoesNotContain("999900018", opSchijf, StringComparison.Ordinal);
        Assert.DoesNotContain("45A51", opSchijf, StringComparison.Ordinal);
        await using var verkeerd = EncryptedFile.Open(pad, EncryptedFile.NieuweSleutel());
        Assert.ThrowsAny<CryptographicException>(() => verkeerd.ReadByte());
    }

    [Fact]
    public async Task Een_te_groot_bestand_laat_niets_achter()
    {
        var pad = map.Bestand("c.upload");

        Assert.Null(await EncryptedFile.WriteAsync(new MemoryStream(new byte[200_000]), pad, EncryptedFile.NieuweSleutel(), 100_000, Ct));

        Assert.False(File.Exists(pad));
    }

    [Fact]
    public async Task Een_gewijzigd_blok_gaat_niet_open()
    {
        var sleutel = EncryptedFile.NieuweSleutel();
        var pad = map.Bestand("d.upload");
        await EncryptedFile.WriteAsync(new MemoryStream(new byte[100_000]), pad, sleutel, long.MaxValue, Ct);
        var bytes = await File.ReadAllBytesAsync(pad, Ct);
        bytes[EncryptedFile.Blok + 100] ^= 1;
        await File.WriteAllBytesAsync(pad, bytes, Ct);

        await using var stroom = EncryptedFile.Open(pad, sleutel);
        stroom.Position = EncryptedFile.Blok;
        Assert.ThrowsAny<CryptographicException>(() => stroom.ReadByte());
    }

    [Theory]
    [InlineData(2 * EncryptedFile.Blok, 1)]
    [InlineData(2 * EncryptedFile.Blok, 2)]
    [InlineData((2 * EncryptedFile.Blok) + 500, 1)]
    [InlineData((2 * EncryptedFile.Blok) + 500, 2)]
    public async Task Een_op_een_blokgrens_ingekort_bestand_gaat_niet_open(int lengte, int blokken)
    {
        var sleutel = EncryptedFile.NieuweSleutel();
        var pad = map.Bestand("e.upload");
        await EncryptedFile.WriteAsync(new MemoryStream(RandomNumberGenerator.GetBytes(lengte)), pad, sleutel, long.MaxValue, Ct);

        // Whole blocks are kept, the rest is gone: as a disk that filled up, or a copy that stopped, would leave it.
        await using (var f = new FileStream(pad, FileMode.Open))
        {
            f.SetLength(blokken * (EncryptedFile.Blok + 16));
        }

        Assert.ThrowsAny<CryptographicException>(() =>
        {
            using var stroom = EncryptedFile.Open(pad, sleutel);
            stroom.CopyTo(Stream.Null);
        });
    }
}
