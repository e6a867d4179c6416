using System.Globalization;
using System.Text.RegularExpressions;

namespace Zorginkoop.Monitoring;

/// <summary>A monitor period: whole days, both bounds inclusive (<c>van</c> .. <c>totEnMet</c>).</summary>
public sealed partial record MonitorPeriode(DateOnly Van, DateOnly TotEnMet)
{
    /// <summary>Reads <c>2018</c>, <c>2018Q4</c>, <c>2018-10</c> or <c>2018-01-01..2018-06-30</c>.</summary>
    public static bool TryParse(string? tekst, out MonitorPeriode periode)
    {
        periode = null!;
        var t = tekst?.Trim() ?? "";
        Match m;
        if ((m = Jaar().Match(t)).Success)
        {
            var j = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            periode = new(new DateOnly(j, 1, 1), new DateOnly(j, 12, 31));
        }
        else if ((m = Kwartaal().Match(t)).Success)
        {
            var j = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            var k = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            var van = new DateOnly(j, (k * 3) - 2, 1);
            periode = new(van, van.AddMonths(3).AddDays(-1));
        }
        else if ((m = Maand().Match(t)).Success)
        {
            var van = new DateOnly(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), 1);
            periode = new(van, van.AddMonths(1).AddDays(-1));
        }
        else if ((m = VanTot().Match(t)).Success
            && DateOnly.TryParseExact(m.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var van)
            && DateOnly.TryParseExact(m.Groups[2].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var tot)
            && van <= tot)
        {
            periode = new(van, tot);
        }
        else
        {
            return false;
        }

        return true;
    }

    public const string Uitleg = "Gebruik een jaar (2018), kwartaal (2018Q4), maand (2018-10) of van..tot (2018-01-01..2018-06-30).";

    [GeneratedRegex("^([0-9]{4})\\z")]
    private static partial Regex Jaar();

    [GeneratedRegex("^([0-9]{4})-?[Qq]([1-4])\\z")]
    private static partial Regex Kwartaal();

    [GeneratedRegex("^([0-9]{4})-(0[1-9]|1[0-2])\\z")]
    private static partial Regex Maand();

    [GeneratedRegex("^([0-9]{4}-[0-9]{2}-[0-9]{2})\\s*(?:\\.\\.|/|t/m)\\s*([0-9]{4}-[0-9]{2}-[0-9]{2})\\z")]
    private static partial Regex VanTot();
}
