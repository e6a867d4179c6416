using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;

namespace Zorginkoop.Vragen;

/// <summary>A word or number in a text about to be published that could tell who asked.</summary>
/// <param name="Volgnummer">The question's number in the procedure.</param>
/// <param name="Veld">Where it was found: onderwerp, vraag or antwoord.</param>
/// <param name="Gevonden">The text as it stands in the field.</param>
/// <param name="Waarom">What it matches, in Dutch ("naam van de vraagsteller", "KvK-nummer" ...).</param>
public sealed record Herkenning(int Volgnummer, string Veld, string Gevonden, string Waarom)
{
    public override string ToString() => $"vraag {Volgnummer}, {Veld}: '{Gevonden}' ({Waarom})";
}

/// <summary>
/// Before a Nota van Inlichtingen is published, every public text is checked against what identifies the providers
/// who asked its questions: the name and the words of the name, KvK number, vestigingsnummer, AGB code, address and
/// place, website, contact person, e-mail addresses and phone numbers, and the names and addresses of their accounts.
/// Questions are published without the asker (Aanbestedingswet 2.57, equal treatment: no provider learns what a
/// competitor asked), so a name in the wording undoes that. Any e-mail address or phone number in a question is a hit
/// too. Matching ignores case and accents and looks at whole words.
/// </summary>
public static partial class Vraagstellercontrole
{
    /// <summary>Words too common to point at one provider: legal forms, articles, and the words of the domain itself.</summary>
    private static readonly HashSet<string> Gewoon = new(StringComparer.Ordinal)
    {
        "stichting", "vereniging", "cooperatie", "holding", "groep", "group", "beheer", "nederland", "regio", "regionaal",
        "zorg", "zorggroep", "jeugd", "jeugdzorg", "jeugdhulp", "thuiszorg", "begeleiding", "behandeling", "wonen",
        "centrum", "praktijk", "instelling", "gezinshuis", "gezinshuizen", "welzijn", "voor", "van", "het", "een", "den",
        "der", "met", "aan", "en", "de", "in", "op", "bv", "nv", "vof", "ggz", "wmo",
    };

    public static async Task<IReadOnlyList<Herkenning>> ControleerAsync(ZorginkoopDbContext db, IReadOnlyList<Vraag> vragen, CancellationToken ct = default)
    {
        var ids = vragen.Where(v => v.ZorgaanbiederId is not null).Select(v => v.ZorgaanbiederId!.Value).Distinct().ToList();
        var aanbieders = await db.Zorgaanbieders.AsNoTracking().Where(z => ids.Contains(z.Id)).ToListAsync(ct);
        var accounts = await db.Users.AsNoTracking().Where(u => u.ZorgaanbiederId != null && ids.Contains(u.ZorgaanbiederId.Value))
            .Select(u => new { u.Naam, u.Email }).ToListAsync(ct);
        var vraagstellers = vragen.Where(v => v.ZorgaanbiederId is not null).Select(v => v.GesteldDoor).Distinct();

        var kenmerken = new List<(string Tekst, string Waarom)>();
        foreach (var z in aanbieders)
        {
            kenmerken.Add((z.Naam, "naam van de vraagsteller"));
            kenmerken.AddRange(Woorden(z.Naam).Select(w => (w, "woord uit de naam van de vraagsteller")));
            kenmerken.Add((z.KvkNummer, "KvK-nummer van de vraagsteller"));
            kenmerken.Add((z.AgbCode, "AGB-code van de vraagsteller"));
            kenmerken.Add((z.Vestigingsnummer ?? "", "vestigingsnummer van de vraagsteller"));
            kenmerken.Add((z.Straat ?? "", "adres van de vraagsteller"));
            kenmerken.Add((z.Postcode ?? "", "postcode van de vraagsteller"));
            kenmerken.Add((z.Plaats ?? "", "plaats van de vraagsteller"));
            kenmerken.Add((z.Contactpersoon ?? "", "contactpersoon van de vraagsteller"));
            kenmerken.Add((z.Email ?? "", "e-mailadres van de vraagsteller"));
            kenmerken.Add((z.Telefoon ?? "", "telefoonnummer van de vraagsteller"));
            kenmerken.Add((Domein(z.Website), "website van de vraagsteller"));
        }

        foreach (var a in accounts)
        {
            kenmerken.Add((a.Naam ?? "", "naam van een account van de vraagsteller"));
            kenmerken.AddRange(Woorden(a.Naam ?? "").Select(w => (w, "naam van een account van de vraagsteller")));
            kenmerken.Add((a.Email ?? "", "e-mailadres van een account van de vraagsteller"));
            kenmerken.Add((Domein(a.Email?.Split('@').LastOrDefault()), "domein van het e-mailadres van de vraagsteller"));
        }

        kenmerken.AddRange(vraagstellers.Select(g => (g, "account van de vraagsteller")));
        var zoeken = kenmerken.Where(k => k.Tekst.Trim().Length >= 3).DistinctBy(k => Normaal(k.Tekst)).ToList();

        var gevonden = new List<Herkenning>();
        foreach (var v in vragen)
        {
            foreach (var (veld, tekst) in new[] { ("onderwerp", v.Onderwerp), ("vraag", v.PubliekeVraag), ("antwoord", v.Antwoord) })
            {
                if (string.IsNullOrWhiteSpace(tekst))
                {
                    continue;
                }

                foreach (var (kenmerk, waarom) in zoeken)
                {
                    if (Zoek(tekst, kenmerk) is { } stuk)
                    {
                        gevonden.Add(new(v.Volgnummer, veld, stuk, waarom));
                    }
                }

                // An answer may give the purchasing office's own address; a question has no reason to hold any.
                if (veld != "antwoord")
                {
                    gevonden.AddRange(EmailAdres().Matches(tekst).Select(m => new Herkenning(v.Volgnummer, veld, m.Value, "e-mailadres")));
                    gevonden.AddRange(Telefoonnummer().Matches(tekst).Select(m => new Herkenning(v.Volgnummer, veld, m.Value.Trim(), "telefoonnummer")));
                }
            }
        }

        return [.. gevonden.DistinctBy(h => (h.Volgnummer, h.Veld, Normaal(h.Gevonden)))];
    }

    /// <summary>Where <paramref name="kenmerk"/> stands in <paramref name="tekst"/> as whole words (numbers also with spaces or dots between the digits), or null.</summary>
    public static string? Zoek(string tekst, string kenmerk)
    {
        // A phone number given as +31 6 … is written 06 … in a text.
        var nummer = kenmerk.TrimStart();
        nummer = nummer.StartsWith("+31", StringComparison.Ordinal) ? "0" + nummer[3..] : nummer.StartsWith("0031", StringComparison.Ordinal) ? "0" + nummer[4..] : nummer;
        var cijfers = new string([.. nummer.Where(char.IsAsciiDigit)]);
        if (cijfers.Length >= 6 && cijfers.Length == nummer.Count(c => !char.IsWhiteSpace(c) && c is not ('.' or '-' or '(' or ')')))
        {
            // 0612345678 also as 06-12 34 56 78: any separators between the digits, none around them.
            var patroon = "(?<![0-9])" + string.Join("[ .-]?", cijfers.Select(c => c.ToString())) + "(?![0-9])";
            var m = Regex.Match(tekst, patroon, RegexOptions.None, TimeSpan.FromSeconds(1));
            return m.Success ? m.Value : null;
        }

        var (normaal, posities) = NormaalMetPosities(tekst);
        var zoek = Normaal(kenmerk);
        if (zoek.Length == 0)
        {
            return null;
        }

        for (var i = normaal.IndexOf(zoek, StringComparison.Ordinal); i >= 0; i = normaal.IndexOf(zoek, i + 1, StringComparison.Ordinal))
        {
            var einde = i + zoek.Length;
            if ((i == 0 || !char.IsLetterOrDigit(normaal[i - 1])) && (einde == normaal.Length || !char.IsLetterOrDigit(normaal[einde])))
            {
                return tekst[posities[i]..(posities[einde - 1] + 1)];
            }
        }

        return null;
    }

    private static IEnumerable<string> Woorden(string naam) =>
        WoordPatroon().Matches(naam).Select(m => m.Value).Where(w => w.Length >= 4 && !Gewoon.Contains(Normaal(w)));

    private static string Domein(string? adres)
    {
        if (string.IsNullOrWhiteSpace(adres))
        {
            return "";
        }

        var host = Uri.TryCreate(adres.Contains("://", StringComparison.Ordinal) ? adres : "https://" + adres, UriKind.Absolute, out var uri) ? uri.Host : adres;
        return host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
    }

    /// <summary>Lower case without accents: "Youké" and "youke" are the same word.</summary>
    private static string Normaal(string s) => NormaalMetPosities(s).Tekst;

    /// <summary>The normalised text, and for each of its characters the index of the character in the original it came from.</summary>
    private static (string Tekst, int[] Posities) NormaalMetPosities(string s)
    {
        var uit = new StringBuilder(s.Length);
        var posities = new List<int>(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            foreach (var c in s[i].ToString().Normalize(NormalizationForm.FormD))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                {
                    uit.Append(char.ToLowerInvariant(c));
                    posities.Add(i);
                }
            }
        }

        return (uit.ToString(), [.. posities]);
    }

    [GeneratedRegex(@"\p{L}[\p{L}\p{Nd}'-]*")]
    private static partial Regex WoordPatroon();

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    private static partial Regex EmailAdres();

    /// <summary>Dutch numbers: 0 or +31/0031, then nine digits, with spaces or hyphens anywhere between them.</summary>
    [GeneratedRegex(@"(?<![0-9])(?:\+31|0031|0)[ -]?(?:\(0\))?[ -]?[1-9](?:[ -]?[0-9]){8}(?![0-9])")]
    private static partial Regex Telefoonnummer();
}
