using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Audit;
using Zorginkoop.Formatting;

namespace Zorginkoop.Web.Infrastructure;

/// <summary>One field of an audit entry in words: "Uiterste inschrijfdatum: 1 juni 2024 12:00 → 28 juni 2024 12:00".</summary>
public sealed record Veldwijziging(string Veld, string? Voor, string? Na);

/// <summary>
/// The history tables in words (issue 16): an audit entry's before and after (JSON, as the chain stores them) turned
/// into the fields that changed, with the names and the Dutch formats of the pages. Keys and ids are left out: a
/// reader cannot do anything with "RegioId: 1". The chain itself (JSON) is what `zorginkoop audit` verifies and exports.
/// </summary>
public static partial class Wijzigingstekst
{
    private const int MaxLengte = 200;

    private static readonly Dictionary<string, string> Namen = new(StringComparer.Ordinal)
    {
        ["Sluitingsmoment"] = "Uiterste inschrijfdatum",
        ["VragenDeadline"] = "Vragen stellen tot",
        ["Publicatiedatum"] = "Publicatiedatum",
        ["GeplandeGunning"] = "Geplande gunning",
        ["ContractStart"] = "Ingangsdatum contract",
        ["ContractEinde"] = "Einddatum contract",
        ["StandstillEinde"] = "Einde opschortingstermijn",
        ["StandstillDagen"] = "Opschortingstermijn (dagen)",
        ["TenderNedKenmerk"] = "TenderNed-kenmerk",
        ["Vorm"] = "Procedurevorm",
        ["MaxGunningenPerPerceel"] = "Ten hoogste gunningen per perceel",
        ["Start"] = "Begindatum",
        ["Einde"] = "Einddatum",
        ["BeeindigdPer"] = "Beëindigd per",
        ["BeeindigingsReden"] = "Reden van beëindiging",
        ["Agb"] = "AGB-code",
        ["AgbCode"] = "AGB-code",
        ["Kvk"] = "KvK-nummer",
        ["KvkNummer"] = "KvK-nummer",
        ["GeldigVan"] = "Geldig vanaf",
        ["GeldigTot"] = "Geldig tot en met",
        ["Openbaar"] = "Openbaar",
        ["Email"] = "E-mailadres",
    };

    public static IReadOnlyList<Veldwijziging> Van(AuditRegel r)
    {
        var voor = Lees(r.Voor);
        var na = Lees(r.Na);
        var velden = voor.Keys.Union(na.Keys).Where(Zichtbaar).ToList();
        var lijst = new List<Veldwijziging>();
        foreach (var veld in velden)
        {
            var v = voor.TryGetValue(veld, out var a) ? Waarde(r.Entiteit, veld, a) : null;
            var n = na.TryGetValue(veld, out var b) ? Waarde(r.Entiteit, veld, b) : null;
            // An entry made or removed lists what it held, not its empty fields.
            if (r.Actie != "gewijzigd" && (v ?? n) is null)
            {
                continue;
            }

            lijst.Add(new Veldwijziging(Naam(veld), v, n));
        }

        return lijst;
    }

    /// <summary>"Aanbesteding gewijzigd", "Voortgangsbericht toegevoegd".</summary>
    public static string Wat(AuditRegel r) => $"{Woorden(r.Entiteit, hoofdletter: true)} {r.Actie}";

    /// <summary>A field's name as the pages say it; an amount in cents is named without its unit (its value shows euros).</summary>
    public static string Naam(string veld) => Namen.GetValueOrDefault(veld)
        ?? Woorden(veld.EndsWith("Cent", StringComparison.Ordinal) && veld.Length > 4 ? veld[..^4] : veld, hoofdletter: true);

    private static bool Zichtbaar(string veld) => veld != "Id" && !veld.EndsWith("Id", StringComparison.Ordinal) && veld != "Versie";

    private static Dictionary<string, JsonElement> Lees(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        try
        {
            using var doc = JsonDocument.Parse(json);
            return doc.RootElement.ValueKind == JsonValueKind.Object
                ? doc.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal)
                : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static string? Waarde(string entiteit, string veld, JsonElement e)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Null or JsonValueKind.Undefined:
                return null;
            case JsonValueKind.True:
                return "ja";
            case JsonValueKind.False:
                return "nee";
            case JsonValueKind.Number:
                return veld.EndsWith("Cent", StringComparison.Ordinal) && e.TryGetInt64(out var cent) ? NlFormat.BedragMetCenten(cent)
                    : e.TryGetInt64(out var getal) ? NlFormat.Aantal(getal) : e.GetRawText();
            case JsonValueKind.String:
                var s = e.GetString()!;
                if (DatumPatroon().IsMatch(s) && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                {
                    return NlFormat.Datum(d);
                }

                if (s.Length > 10 && s[10] == 'T' && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var m))
                {
                    return NlFormat.DatumTijd(m);
                }

                if (entiteit == "Aanbesteding" && veld == "Status" && Enum.TryParse<AanbestedingStatus>(s, ignoreCase: true, out var status))
                {
                    return status.Naam();
                }

                if (entiteit == "Aanbesteding" && veld == "Vorm" && Enum.TryParse<Procedurevorm>(s, ignoreCase: true, out var vorm))
                {
                    return vorm.Naam();
                }

                // An enum's camelCase name ("inschrijvingGesloten") in words.
                s = CamelPatroon().IsMatch(s) ? Woorden(s, hoofdletter: false) : s;
                return s.Length <= MaxLengte ? s : s[..MaxLengte] + "…";
            default:
                var ruw = e.GetRawText();
                return ruw.Length <= MaxLengte ? ruw : ruw[..MaxLengte] + "…";
        }
    }

    /// <summary>"MaxGunningenPerPerceel" → "Max gunningen per perceel".</summary>
    private static string Woorden(string naam, bool hoofdletter)
    {
        var woorden = HoofdletterPatroon().Replace(naam, " $1").Trim().ToLower(NlFormat.Cultuur);
        return hoofdletter && woorden.Length > 0 ? char.ToUpper(woorden[0], NlFormat.Cultuur) + woorden[1..] : woorden;
    }

    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    private static partial Regex DatumPatroon();

    [GeneratedRegex("^[a-z]+(?:[A-Z][a-z]+)+$")]
    private static partial Regex CamelPatroon();

    [GeneratedRegex("(?<=[a-z])([A-Z])")]
    private static partial Regex HoofdletterPatroon();
}
