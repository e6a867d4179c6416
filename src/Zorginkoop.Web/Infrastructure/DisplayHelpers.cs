using Zorginkoop.Catalogus;
using Zorginkoop.Formatting;

namespace Zorginkoop.Web.Infrastructure;

/// <summary>Small display helpers on top of <see cref="NlFormat"/> shared by the pages.</summary>
public static class DisplayHelpers
{
    /// <summary>Today's date in the Netherlands, from the injected clock.</summary>
    public static DateOnly Vandaag(TimeProvider tijd) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(tijd.GetUtcNow(), NlFormat.Amsterdam).DateTime);

    public static string Periode(Periode p) => (p.Van, p.Tot) switch
    {
        (null, null) => "onbeperkt",
        ({ } van, null) => $"vanaf {NlFormat.Datum(van)}",
        (null, { } tot) => $"tot en met {NlFormat.Datum(tot)}",
        ({ } van, { } tot) => $"{NlFormat.Datum(van)} tot en met {NlFormat.Datum(tot)}",
    };
}
