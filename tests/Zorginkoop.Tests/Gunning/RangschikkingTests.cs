using Zorginkoop.Gunning;

namespace Zorginkoop.Tests.Gunning;

/// <summary>The ranking per lot: points, exclusions, the maximum number of awards and ties.</summary>
public class RangschikkingTests
{
    private static readonly Criterium Uea = new() { Id = 1, Soort = CriteriumSoort.Eis, Naam = "UEA" };
    private static readonly Criterium Plan = new() { Id = 2, Soort = CriteriumSoort.Kwaliteit, Naam = "Plan", Weging = 60, SchaalMax = 10 };
    private static readonly Criterium Prijs = new() { Id = 3, Soort = CriteriumSoort.Prijs, Naam = "Prijs", Weging = 40 };
    private static readonly Criterium[] Criteria = [Uea, Plan, Prijs];

    private static Kandidaat K(int id, string naam, int plan, long? prijs, bool uea = true) =>
        new(id, 100 + id, naam, new Dictionary<int, int> { [Uea.Id] = uea ? 1 : 0, [Plan.Id] = plan }, prijs);

    [Fact]
    public void Kwaliteit_en_prijs_geven_punten_naar_weging_en_de_hoogste_totaalscore_staat_eerst()
    {
        // A: plan 8/10 of 60 = 48; price 5000 is the lowest: 40. B: plan 10/10 = 60; price 8000: 40 × 5000/8000 = 25.
        var u = Rangschikking.Bereken(1, Criteria, [K(1, "Aanbieder A", 8, 5000), K(2, "Aanbieder B", 10, 8000)], max: null, Gelijkspelregel.HoogsteKwaliteit, null);

        // A: 48 + 40 = 88; B: 60 + 25 = 85. The cheaper bid wins despite the lower quality.
        Assert.Equal(["Aanbieder A", "Aanbieder B"], u.Plaatsen.Select(p => p.Kandidaat.Naam));
        Assert.Equal([8800, 8500], u.Plaatsen.Select(p => p.Totaal));
        var b = u.Plaatsen[1];
        Assert.Equal((6000, 2500, 2), (b.Kwaliteit, b.PrijsPunten, b.Positie));
        Assert.All(u.Plaatsen, p => Assert.Equal(BesluitUitkomst.Gegund, p.Uitkomst));
        Assert.Empty(u.LotingNodig);
    }

    [Fact]
    public void Punten_worden_per_onderdeel_op_twee_decimalen_afgerond()
    {
        var plan = new Criterium { Id = 2, Soort = CriteriumSoort.Kwaliteit, Naam = "Plan", Weging = 70, SchaalMax = 3 };
        // 70 × 2/3 = 46,666… → 46,67; 30 × 6000/7000 = 25,714… → 25,71.
        var u = Rangschikking.Bereken(1, [plan, new Criterium { Id = 3, Soort = CriteriumSoort.Prijs, Naam = "Prijs", Weging = 30 }], [K(1, "A", 2, 7000), K(2, "B", 0, 6000)], null, Gelijkspelregel.HoogsteKwaliteit, null);

        var a = u.Plaatsen.Single(p => p.Kandidaat.Naam == "A");
        Assert.Equal((4667, 2571, 7238), (a.Kwaliteit, a.PrijsPunten, a.Totaal));
        Assert.Equal("72,38", GunningTekst.Punten(a.Totaal));
    }

    [Fact]
    public void Wie_niet_aan_een_eis_voldoet_of_geen_prijs_geeft_wordt_uitgesloten_en_telt_niet_mee_voor_de_laagste_prijs()
    {
        var u = Rangschikking.Bereken(1, Criteria, [K(1, "A", 10, 1000, uea: false), K(2, "B", 5, 4000), K(3, "C", 5, null)], null, Gelijkspelregel.HoogsteKwaliteit, null);

        var a = u.Plaatsen.Single(p => p.Kandidaat.Naam == "A");
        Assert.Equal(BesluitUitkomst.Uitgesloten, a.Uitkomst);
        Assert.Contains("voldoet niet aan: UEA", a.Reden, StringComparison.Ordinal);
        Assert.Null(a.Positie);
        Assert.Equal(BesluitUitkomst.Uitgesloten, u.Plaatsen.Single(p => p.Kandidaat.Naam == "C").Uitkomst);
        // B is the only valid price, so the lowest: the full 40 points, not 40 × 1000/4000.
        Assert.Equal(4000, u.Plaatsen.Single(p => p.Kandidaat.Naam == "B").PrijsPunten);
    }

    [Fact]
    public void Het_maximum_aantal_gunningen_wijst_de_rest_af_met_de_score_van_de_laatste_gegunde()
    {
        var u = Rangschikking.Bereken(1, Criteria, [K(1, "A", 10, 5000), K(2, "B", 9, 5000), K(3, "C", 5, 5000)], max: 2, Gelijkspelregel.HoogsteKwaliteit, null);

        Assert.Equal([BesluitUitkomst.Gegund, BesluitUitkomst.Gegund, BesluitUitkomst.Afgewezen], u.Plaatsen.Select(p => p.Uitkomst));
        var c = u.Plaatsen[2];
        Assert.Equal(3, c.Positie);
        Assert.Contains("ten hoogste 2", c.Reden, StringComparison.Ordinal);
        Assert.Contains("94,00 punten", c.Reden, StringComparison.Ordinal);
    }

    [Fact]
    public void Bij_gelijke_totaalscore_gaat_de_hoogste_kwaliteit_voor()
    {
        var plan = new Criterium { Id = 2, Soort = CriteriumSoort.Kwaliteit, Naam = "Plan", Weging = 50, SchaalMax = 10 };
        var prijs = new Criterium { Id = 3, Soort = CriteriumSoort.Prijs, Naam = "Prijs", Weging = 50 };
        // A: 50 × 10/10 = 50 + 50 × 5000/10000 = 25 → 75. B: 50 × 5/10 = 25 + 50 × 5000/5000 = 50 → 75.
        var u = Rangschikking.Bereken(1, [Uea, plan, prijs], [K(1, "B", 5, 5000), K(2, "A", 10, 10000)], max: 1, Gelijkspelregel.HoogsteKwaliteit, null);

        Assert.Equal(7500, u.Plaatsen[0].Totaal);
        Assert.Equal(7500, u.Plaatsen[1].Totaal);
        Assert.Equal("A", u.Plaatsen[0].Kandidaat.Naam);
        Assert.Equal(BesluitUitkomst.Gegund, u.Plaatsen[0].Uitkomst);
        Assert.Equal(BesluitUitkomst.Afgewezen, u.Plaatsen[1].Uitkomst);
        Assert.Contains("hogere kwaliteitsscore", u.Plaatsen[1].Gelijkspel, StringComparison.Ordinal);
        Assert.Empty(u.LotingNodig);
    }

    [Fact]
    public void Een_gelijke_stand_over_de_grens_van_het_maximum_vraagt_een_loting_en_de_loting_beslist()
    {
        var kandidaten = new[] { K(1, "A", 10, 5000), K(2, "B", 7, 5000), K(3, "C", 7, 5000) };

        var zonder = Rangschikking.Bereken(1, Criteria, kandidaten, max: 2, Gelijkspelregel.HoogsteKwaliteit, null);
        var loting = new Loting { AanbestedingId = 1, PerceelNummer = 1, Volgorde = "3,2", Door = "inkoper", Getuige = "notaris Jansen", Moment = DateTimeOffset.UnixEpoch };
        var met = Rangschikking.Bereken(1, Criteria, kandidaten, max: 2, Gelijkspelregel.HoogsteKwaliteit, loting);

        Assert.Equal([2, 3], zonder.LotingNodig.Order());
        Assert.Equal([1, 2, 2], zonder.Plaatsen.Select(p => p.Positie));
        Assert.Empty(met.LotingNodig);
        Assert.Equal(["A", "C", "B"], met.Plaatsen.Select(p => p.Kandidaat.Naam));
        Assert.Equal(BesluitUitkomst.Gegund, met.Plaatsen[1].Uitkomst);
        Assert.Equal(BesluitUitkomst.Afgewezen, met.Plaatsen[2].Uitkomst);
        Assert.Contains("loting", met.Plaatsen[2].Gelijkspel, StringComparison.Ordinal);
        Assert.Contains("notaris Jansen", met.Plaatsen[2].Gelijkspel, StringComparison.Ordinal);
    }

    [Fact]
    public void Zonder_maximum_is_een_gelijke_stand_geen_reden_voor_loting()
    {
        var u = Rangschikking.Bereken(1, Criteria, [K(1, "A", 7, 5000), K(2, "B", 7, 5000)], max: null, Gelijkspelregel.Loting, null);

        Assert.Empty(u.LotingNodig);
        Assert.All(u.Plaatsen, p => Assert.Equal((BesluitUitkomst.Gegund, 1), (p.Uitkomst, p.Positie!.Value)));
    }

    [Fact]
    public void Criteria_van_een_ander_perceel_tellen_niet_mee()
    {
        var alleenPerceel2 = new Criterium { Id = 4, Soort = CriteriumSoort.Eis, Naam = "Alleen perceel 2", PerceelNummer = 2 };

        var u = Rangschikking.Bereken(1, [.. Criteria, alleenPerceel2], [K(1, "A", 7, 5000)], null, Gelijkspelregel.HoogsteKwaliteit, null);

        Assert.Equal(BesluitUitkomst.Gegund, u.Plaatsen.Single().Uitkomst);
    }
}
