using Zorginkoop.Formatting;

namespace Zorginkoop.Tests.Formatting;

/// <summary>
/// Pins the exact Dutch strings (conventions.md B4). They depend on ICU's nl-NL data: with invariant globalization
/// or a slim image without ICU these fail, which is the point.
/// </summary>
public class NlFormatTests
{
    [Theory]
    [InlineData(118872300, "€ 1.188.723")]
    [InlineData(297971550, "€ 2.979.716")] // 2.979.715,50 rounds up
    [InlineData(0, "€ 0")]
    [InlineData(49, "€ 0")]
    [InlineData(150, "€ 2")]
    [InlineData(250, "€ 3")] // banker's rounding would give € 2
    [InlineData(-50, "€ -1")]
    [InlineData(-150, "€ -2")]
    public void Bedrag_rondt_eenmaal_af_op_hele_euros(long cent, string verwacht) => Assert.Equal(verwacht, NlFormat.Bedrag(cent));

    [Theory]
    [InlineData(3_500, "3,5 s")]
    [InlineData(59_940, "59,9 s")]
    [InlineData(59_960, "1 min 0 s")]
    [InlineData(125_000, "2 min 5 s")]
    [InlineData(3_599_000, "59 min 59 s")]
    [InlineData(3_840_000, "1 uur 4 min")]
    public void Een_duur_in_seconden_minuten_of_uren(int milliseconden, string verwacht) =>
        Assert.Equal(verwacht, NlFormat.Duur(TimeSpan.FromMilliseconds(milliseconden)));

    [Fact]
    public void Na_het_eurosteken_staat_een_gewone_spatie()
    {
        // .NET/ICU give U+0020, not a no-break space (dotnet/runtime#61002); pages must not rely on it to keep € with the number.
        Assert.Equal("€\u00201.188.723", NlFormat.Bedrag(118872300));
    }

    [Fact]
    public void Eerst_optellen_dan_afronden()
    {
        // Two amounts of € 1,50 are € 3 together, while rounding each first would show € 2 + € 2.
        long[] centen = [150, 150];

        Assert.Equal("€ 3", NlFormat.Bedrag(centen.Sum()));
        Assert.Equal("€ 2", NlFormat.Bedrag(centen[0]));
    }

    [Theory]
    [InlineData(12550, "€ 125,50")]
    [InlineData(5, "€ 0,05")]
    [InlineData(-118872350, "€ -1.188.723,50")]
    public void BedragMetCenten_toont_euros_en_centen(long cent, string verwacht) => Assert.Equal(verwacht, NlFormat.BedragMetCenten(cent));

    [Theory]
    [InlineData(1218, "1.218")]
    [InlineData(0, "0")]
    [InlineData(-1234567, "-1.234.567")]
    public void Aantal_heeft_een_punt_als_duizendtalscheiding(long aantal, string verwacht) => Assert.Equal(verwacht, NlFormat.Aantal(aantal));

    [Fact]
    public void Datum_schrijft_de_maand_voluit_zonder_hoofdletter()
    {
        Assert.Equal("28 juni 2024", NlFormat.Datum(new DateOnly(2024, 6, 28)));
        Assert.Equal("1 maart 2024", NlFormat.Datum(new DateOnly(2024, 3, 1)));
    }

    [Fact]
    public void Een_lege_datum_toont_de_opgegeven_tekst()
    {
        Assert.Equal("—", NlFormat.Datum(null, "—"));
        Assert.Equal("", NlFormat.Datum((DateOnly?)null));
        Assert.Equal("2 december 2024", NlFormat.Datum((DateOnly?)new DateOnly(2024, 12, 2), "—"));
    }

    [Theory]
    [InlineData("2024-06-28T10:00:00Z", "28 juni 2024, 12:00 uur")] // summer time: UTC+2
    [InlineData("2024-12-02T11:00:00Z", "2 december 2024, 12:00 uur")] // winter time: UTC+1
    [InlineData("2024-06-28T12:00:00+02:00", "28 juni 2024, 12:00 uur")]
    [InlineData("2024-06-28T15:00:00+05:00", "28 juni 2024, 12:00 uur")] // any offset shows as Dutch time
    [InlineData("2024-12-31T23:30:00Z", "1 januari 2025, 00:30 uur")] // the Dutch date, not the UTC date
    [InlineData("2024-03-31T00:59:00Z", "31 maart 2024, 01:59 uur")] // last minute before the clock moves forward
    [InlineData("2024-03-31T01:00:00Z", "31 maart 2024, 03:00 uur")]
    public void DatumTijd_toont_Nederlandse_tijd(string moment, string verwacht) =>
        Assert.Equal(verwacht, NlFormat.DatumTijd(DateTimeOffset.Parse(moment, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(6, 28, 2)]
    [InlineData(12, 2, 1)]
    public void AlsAmsterdamseTijd_kiest_de_offset_van_die_dag(int maand, int dag, int uren)
    {
        var moment = NlFormat.AlsAmsterdamseTijd(new DateTime(2024, maand, dag, 12, 0, 0, DateTimeKind.Unspecified));

        Assert.Equal(TimeSpan.FromHours(uren), moment.Offset);
        Assert.Equal(new DateTime(2024, maand, dag, 12, 0, 0, DateTimeKind.Unspecified), moment.DateTime);
    }

    [Fact]
    public void AlsAmsterdamseTijd_en_DatumTijd_zijn_elkaars_omgekeerde()
    {
        var moment = NlFormat.AlsAmsterdamseTijd(new DateTime(2024, 6, 28, 12, 0, 0, DateTimeKind.Utc)); // Kind is ignored

        Assert.Equal(new DateTimeOffset(2024, 6, 28, 10, 0, 0, TimeSpan.Zero), moment.ToUniversalTime());
        Assert.Equal("28 juni 2024, 12:00 uur", NlFormat.DatumTijd(moment));
    }
}
