using Zorginkoop.Catalogus;

namespace Zorginkoop.Tests.Catalogus;

public class DomeinTests
{
    [Theory]
    [InlineData("jeugd", Domein.Jeugd)]
    [InlineData(" Jeugd ", Domein.Jeugd)]
    [InlineData("WMO", Domein.Wmo)]
    public void Domeinen_worden_zonder_hoofdlettergevoeligheid_gelezen(string tekst, Domein verwacht)
    {
        Assert.True(DomeinCodes.TryParse(tekst, out var domein));
        Assert.Equal(verwacht, domein);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("zorg")]
    [InlineData("1")] // the enum value is not an exchange code
    public void Onbekende_domeinen_worden_niet_gelezen(string? tekst) => Assert.False(DomeinCodes.TryParse(tekst, out _));

    [Fact]
    public void Code_en_naam_zijn_vast()
    {
        Assert.Equal(("jeugd", "Jeugdwet"), (Domein.Jeugd.Code(), Domein.Jeugd.Naam()));
        Assert.Equal(("wmo", "Wmo 2015"), (Domein.Wmo.Code(), Domein.Wmo.Naam()));
    }
}
