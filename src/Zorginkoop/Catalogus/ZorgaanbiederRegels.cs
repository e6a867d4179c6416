using System.Text.RegularExpressions;

namespace Zorginkoop.Catalogus;

/// <summary>Format rules for provider identifiers and contact data. Messages are Dutch and name the rule.</summary>
public static partial class ZorgaanbiederRegels
{
    public static string? KvkNummerFout(string? kvk) =>
        string.IsNullOrWhiteSpace(kvk) ? "Vul het KvK-nummer in."
        : !Cijfers(8).IsMatch(kvk) ? "Een KvK-nummer bestaat uit precies 8 cijfers."
        : null;

    public static string? VestigingsnummerFout(string? nummer) =>
        string.IsNullOrEmpty(nummer) || Cijfers(12).IsMatch(nummer) ? null
        : "Een vestigingsnummer bestaat uit precies 12 cijfers.";

    /// <summary>An AGB code (Vektis) is 8 digits; the first two give the kind of care provider.</summary>
    public static string? AgbCodeFout(string? agb) =>
        string.IsNullOrWhiteSpace(agb) ? "Vul de AGB-code in."
        : !Cijfers(8).IsMatch(agb) ? "Een AGB-code bestaat uit precies 8 cijfers."
        : null;

    /// <summary>Dutch postcode: 4 digits (not starting with 0), 2 letters; SA, SD and SS are not issued.</summary>
    public static string? PostcodeFout(string? postcode)
    {
        if (string.IsNullOrEmpty(postcode))
        {
            return null;
        }

        var m = PostcodePatroon().Match(postcode);
        return m.Success && m.Groups[2].Value.ToUpperInvariant() is not ("SA" or "SD" or "SS")
            ? null
            : "Een postcode bestaat uit 4 cijfers en 2 letters, zoals 3991 AB.";
    }

    public static string? NormaliseerPostcode(string? postcode)
    {
        if (string.IsNullOrWhiteSpace(postcode))
        {
            return null;
        }

        var m = PostcodePatroon().Match(postcode);
        return m.Success ? $"{m.Groups[1].Value} {m.Groups[2].Value.ToUpperInvariant()}" : postcode.Trim();
    }

    public static string? EmailFout(string? email) =>
        string.IsNullOrEmpty(email) || EmailPatroon().IsMatch(email) ? null
        : "Vul een geldig e-mailadres in, zoals naam@organisatie.nl.";

    public static string? WebsiteFout(string? website) =>
        string.IsNullOrEmpty(website)
        || (Uri.TryCreate(website, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
            ? null
            : "Vul een volledig webadres in dat begint met https://.";

    public static IReadOnlyList<Weigering> Valideer(Zorgaanbieder z)
    {
        var meldingen = new List<Weigering>();
        void Check(string code, string veld, string? fout)
        {
            if (fout is not null)
            {
                meldingen.Add(new Weigering(code, veld, fout));
            }
        }

        Check("zorgaanbieder.naam-ontbreekt", nameof(z.Naam), string.IsNullOrWhiteSpace(z.Naam) ? "Vul de naam van de zorgaanbieder in." : null);
        Check("zorgaanbieder.kvk-nummer", nameof(z.KvkNummer), KvkNummerFout(z.KvkNummer));
        Check("zorgaanbieder.vestigingsnummer", nameof(z.Vestigingsnummer), VestigingsnummerFout(z.Vestigingsnummer));
        Check("zorgaanbieder.agb-code", nameof(z.AgbCode), AgbCodeFout(z.AgbCode));
        Check("zorgaanbieder.postcode", nameof(z.Postcode), PostcodeFout(z.Postcode));
        Check("zorgaanbieder.email", nameof(z.Email), EmailFout(z.Email));
        Check("zorgaanbieder.website", nameof(z.Website), WebsiteFout(z.Website));
        return meldingen;
    }

    private static Regex Cijfers(int aantal) => aantal == 8 ? AchtCijfers() : TwaalfCijfers();

    [GeneratedRegex("^[0-9]{8}\\z")]
    private static partial Regex AchtCijfers();

    [GeneratedRegex("^[0-9]{12}\\z")]
    private static partial Regex TwaalfCijfers();

    [GeneratedRegex("^\\s*([1-9][0-9]{3})\\s?([A-Za-z]{2})\\s*\\z")]
    private static partial Regex PostcodePatroon();

    [GeneratedRegex("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+\\z")]
    private static partial Regex EmailPatroon();
}
