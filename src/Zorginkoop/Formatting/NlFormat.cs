using System.Globalization;

namespace Zorginkoop.Formatting;

/// <summary>
/// The one place where amounts and dates become Dutch text, for pages and exports alike (conventions.md B4).
/// The culture is passed explicitly; the thread's culture never decides. Instants are shown in Europe/Amsterdam.
/// </summary>
public static class NlFormat
{
    public static readonly CultureInfo Cultuur = CultureInfo.GetCultureInfo("nl-NL");
    public static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <summary>Whole euros from cents, rounded once, half away from zero: 118872300 → "€ 1.188.723".</summary>
    public static string Bedrag(long cent) =>
        Math.Round(cent / 100m, 0, MidpointRounding.AwayFromZero).ToString("C0", Cultuur);

    /// <summary>Euros and cents: 12550 → "€ 125,50".</summary>
    public static string BedragMetCenten(long cent) => (cent / 100m).ToString("C2", Cultuur);

    /// <summary>A count with thousands separator: 1218 → "1.218".</summary>
    public static string Aantal(long aantal) => aantal.ToString("N0", Cultuur);

    /// <summary>A count with its noun in the right number: "1 vraag", "2 vragen", "0 vragen" (issue 16: grammar of counts everywhere).</summary>
    public static string Aantal(long aantal, string enkelvoud, string meervoud) => $"{Aantal(aantal)} {(aantal == 1 ? enkelvoud : meervoud)}";

    /// <summary>
    /// Reads an amount as a Dutch user types it ("125,50", "1.250", "€ 98,5") as cents; null when it is not an amount
    /// or has more than two decimals. The one place where Dutch amounts are read, as <see cref="Bedrag"/> writes them.
    /// </summary>
    public static long? LeesBedragCent(string? tekst)
    {
        if (string.IsNullOrWhiteSpace(tekst))
        {
            return null;
        }

        var t = tekst.Replace("€", "", StringComparison.Ordinal).Trim();
        if (!decimal.TryParse(t, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, Cultuur, out var euro)
            || decimal.Round(euro, 2) != euro)
        {
            return null;
        }

        return (long)(euro * 100);
    }

    /// <summary>A duration as an officer reads it: "3,5 s", "2 min 5 s", "1 uur 4 min".</summary>
    public static string Duur(TimeSpan duur)
    {
        if (duur.TotalSeconds < 59.95)
        {
            return duur.TotalSeconds.ToString("0.0", Cultuur) + " s";
        }

        var seconden = (long)Math.Round(duur.TotalSeconds, MidpointRounding.AwayFromZero);
        return seconden < 3600 ? $"{seconden / 60} min {seconden % 60} s" : $"{seconden / 3600} uur {seconden % 3600 / 60} min";
    }

    /// <summary>"28 juni 2024".</summary>
    public static string Datum(DateOnly datum) => datum.ToString("d MMMM yyyy", Cultuur);

    public static string Datum(DateOnly? datum, string leeg = "") => datum is { } d ? Datum(d) : leeg;

    /// <summary>"28 juni 2024, 12:00 uur", in Dutch time whatever the offset of the instant.</summary>
    public static string DatumTijd(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, Amsterdam).ToString("d MMMM yyyy, HH:mm 'uur'", Cultuur);

    /// <summary>The instant as Dutch wall-clock time, e.g. to fill a date-and-time field of a form.</summary>
    public static DateTime InAmsterdam(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Amsterdam).DateTime;

    /// <summary>The day an instant falls on in the Netherlands.</summary>
    public static DateOnly DatumInAmsterdam(DateTimeOffset moment) => DateOnly.FromDateTime(InAmsterdam(moment));

    /// <summary>
    /// The Dutch local wall-clock time as an instant, e.g. a deadline entered as "28 juni 2024 12:00". A time that
    /// does not exist (the skipped hour when summer time starts) is refused rather than silently moved: check input
    /// with <see cref="OnbestaandeTijd"/> first.
    /// </summary>
    public static DateTimeOffset AlsAmsterdamseTijd(DateTime lokaal)
    {
        var tijd = DateTime.SpecifyKind(lokaal, DateTimeKind.Unspecified);
        if (OnbestaandeTijd(tijd, nameof(lokaal)) is { } weigering)
        {
            throw new ArgumentException(weigering.Tekst, nameof(lokaal));
        }

        return new DateTimeOffset(tijd, Amsterdam.GetUtcOffset(tijd));
    }

    /// <summary>The refusal for a wall-clock time that does not exist in the Netherlands (field <paramref name="veld"/>), or null.</summary>
    public static Weigering? OnbestaandeTijd(DateTime lokaal, string veld)
    {
        var tijd = DateTime.SpecifyKind(lokaal, DateTimeKind.Unspecified);
        return Amsterdam.IsInvalidTime(tijd)
            ? new Weigering("tijd.bestaat-niet", veld, $"{tijd.ToString("d MMMM yyyy, HH:mm", Cultuur)} uur bestaat niet in Nederland: de klok gaat dan een uur vooruit.")
            : null;
    }
}
