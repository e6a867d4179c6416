using Zorginkoop.Catalogus;

namespace Zorginkoop.Tests.Catalogus;

public class PeriodeTests
{
    private static DateOnly? D(string? iso) => iso is null ? null : DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static Periode P(string? van, string? tot) => new(D(van), D(tot));

    [Theory]
    [InlineData(null, null, true)]
    [InlineData("2024-01-01", null, true)]
    [InlineData(null, "2024-12-31", true)]
    [InlineData("2024-01-01", "2024-12-31", true)]
    [InlineData("2024-01-01", "2024-01-01", true)] // one day
    [InlineData("2024-01-02", "2024-01-01", false)]
    public void Een_periode_is_geldig_als_het_einde_niet_voor_het_begin_ligt(string? van, string? tot, bool geldig) =>
        Assert.Equal(geldig, P(van, tot).IsGeldig);

    [Theory]
    [InlineData("2024-01-01", "2024-12-31", "2024-01-01", true)] // start day is included
    [InlineData("2024-01-01", "2024-12-31", "2024-12-31", true)] // last day is included ("tot en met")
    [InlineData("2024-01-01", "2024-12-31", "2023-12-31", false)]
    [InlineData("2024-01-01", "2024-12-31", "2025-01-01", false)]
    [InlineData(null, "2024-12-31", "1900-01-01", true)]
    [InlineData("2024-01-01", null, "2999-12-31", true)]
    [InlineData(null, null, "2024-06-28", true)]
    public void Bevat_telt_beide_grenzen_mee(string? van, string? tot, string dag, bool bevat) =>
        Assert.Equal(bevat, P(van, tot).Bevat(D(dag)!.Value));

    [Theory]
    [InlineData("2024-01-01", "2024-12-31", "2025-01-01", "2025-12-31", false)] // adjacent years
    [InlineData("2024-01-01", "2024-12-31", "2024-12-31", "2025-12-31", true)] // share the last day
    [InlineData("2024-01-01", "2024-12-31", "2024-06-01", "2024-06-30", true)] // inside
    [InlineData("2024-01-01", null, "2030-01-01", "2030-12-31", true)] // open end reaches everything later
    [InlineData("2024-01-01", null, "2020-01-01", "2023-12-31", false)]
    [InlineData(null, "2023-12-31", "2024-01-01", null, false)]
    [InlineData(null, "2024-01-01", "2024-01-01", null, true)]
    [InlineData(null, null, "2024-01-01", "2024-01-01", true)] // unlimited overlaps any day
    [InlineData(null, null, null, null, true)]
    public void Overlapt_geldt_in_beide_richtingen(string? van1, string? tot1, string? van2, string? tot2, bool overlapt)
    {
        Assert.Equal(overlapt, P(van1, tot1).Overlapt(P(van2, tot2)));
        Assert.Equal(overlapt, P(van2, tot2).Overlapt(P(van1, tot1)));
    }
}
