using Zorginkoop.Zorgdata;

namespace Zorginkoop.Tests.Zorgdata;

public class BsnTests
{
    [Theory]
    [InlineData("999900018")] // the test BSNs of the iStandaarden samples
    [InlineData("999900031")]
    [InlineData("999900043")]
    [InlineData("111222333")]
    [InlineData("123456782")]
    public void Een_bsn_dat_de_11_proef_doorstaat_is_geldig(string bsn) => Assert.True(Bsn.IsGeldig(bsn));

    [Theory]
    [InlineData("999900019")] // last digit off by one
    [InlineData("123456789")]
    [InlineData("000000000")] // weighted sum 0 is refused
    [InlineData("99990001")] // 8 digits
    [InlineData("9999000180")] // 10 digits
    [InlineData("99990001a")]
    [InlineData("")]
    public void Een_ongeldig_bsn_wordt_geweigerd(string bsn) => Assert.False(Bsn.IsGeldig(bsn));
}

public class PseudonimiseringTests
{
    private static readonly byte[] SleutelA = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();
    private static readonly byte[] SleutelB = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

    [Fact]
    public void Het_pseudoniem_is_de_hmac_sha256_van_het_bsn_met_de_sleutel()
    {
        var verwacht = Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(SleutelA, "999900018"u8));
        Assert.Equal(verwacht, new Pseudonimisering(SleutelA).Pseudoniem("999900018"));
    }

    [Fact]
    public void Een_andere_sleutel_geeft_een_ander_pseudoniem_en_het_bsn_staat_er_niet_in()
    {
        var a = new Pseudonimisering(SleutelA).Pseudoniem("999900018");
        var b = new Pseudonimisering(SleutelB).Pseudoniem("999900018");
        Assert.NotEqual(a, b);
        Assert.Equal(64, a.Length);
        Assert.DoesNotContain("999900018", a, StringComparison.Ordinal);
    }

    [Fact]
    public void Een_te_korte_sleutel_wordt_geweigerd() =>
        Assert.Throws<ArgumentException>(() => new Pseudonimisering(new byte[16]));
}
