using Zorginkoop.Inschrijvingen;
using H = Zorginkoop.Inschrijvingen.InschrijvingHandeling;
using S = Zorginkoop.Inschrijvingen.InschrijvingStatus;

namespace Zorginkoop.Tests.Inschrijvingen;

/// <summary>The bid's transition table: a submitted bid is withdrawn before it changes, and only a submitted one counts.</summary>
public class InschrijvingLevenscyclusTests
{
    [Theory]
    [InlineData(S.Concept, H.Bewaren, true)]
    [InlineData(S.Ingetrokken, H.Bewaren, true)]
    [InlineData(S.Ingediend, H.Bewaren, false)]
    [InlineData(S.Concept, H.Indienen, true)]
    [InlineData(S.Ingediend, H.Indienen, false)]
    [InlineData(S.Concept, H.Intrekken, false)]
    [InlineData(S.Ingediend, H.Intrekken, true)]
    [InlineData(S.Ingetrokken, H.Herbevestigen, false)]
    [InlineData(S.Ingediend, H.Herbevestigen, true)]
    public void De_tabel_zegt_wat_mag(S status, H handeling, bool mag) =>
        Assert.Equal(mag, InschrijvingLevenscyclus.Mag(status, handeling));

    [Fact]
    public void Elke_handeling_leidt_naar_een_status_waarin_de_inschrijving_verder_kan()
    {
        // From wherever an action leads, the provider can still act: nothing is a dead end before the deadline.
        Assert.All(Enum.GetValues<H>(), h =>
            Assert.Contains(Enum.GetValues<H>(), volgende => InschrijvingLevenscyclus.Mag(InschrijvingLevenscyclus.Na(h), volgende)));
        Assert.Equal([S.Ingediend], Enum.GetValues<S>().Where(InschrijvingLevenscyclus.Telt));
    }
}
