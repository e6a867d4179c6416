using Zorginkoop.Vragen;
using H = Zorginkoop.Vragen.VraagHandeling;
using S = Zorginkoop.Vragen.VraagStatus;

namespace Zorginkoop.Tests.Vragen;

/// <summary>The question's transition table: published is final, only an answered question goes into a round.</summary>
public class VraagLevenscyclusTests
{
    [Theory]
    [InlineData(S.Nieuw, H.Toewijzen, true, S.InBehandeling)]
    [InlineData(S.Beantwoord, H.Toewijzen, true, S.Beantwoord)]
    [InlineData(S.InBehandeling, H.Beantwoorden, true, S.Beantwoord)]
    [InlineData(S.Nieuw, H.Publiceren, false, S.Gepubliceerd)]
    [InlineData(S.Beantwoord, H.Publiceren, true, S.Gepubliceerd)]
    public void De_tabel_zegt_wat_mag_en_waarheen(S status, H handeling, bool mag, S daarna)
    {
        Assert.Equal(mag, VraagLevenscyclus.Mag(status, handeling));
        Assert.Equal(daarna, VraagLevenscyclus.Na(status, handeling));
    }

    [Fact]
    public void Een_gepubliceerde_vraag_verandert_niet_meer() =>
        Assert.All(Enum.GetValues<H>(), h => Assert.False(VraagLevenscyclus.Mag(S.Gepubliceerd, h)));
}
