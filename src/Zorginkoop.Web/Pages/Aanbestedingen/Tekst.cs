using Zorginkoop.Aanbestedingen;
using Zorginkoop.Formatting;

namespace Zorginkoop.Web.Pages.Aanbestedingen;

/// <summary>How a procedure reads on its public page.</summary>
public static class Tekst
{
    /// <summary>A sentence after the status: what it means for a provider now.</summary>
    public static string StatusUitleg(Aanbesteding a) => a.Status switch
    {
        AanbestedingStatus.Concept => " Alleen medewerkers zien haar; aanbieders en publiek nog niet.",
        AanbestedingStatus.Gepubliceerd when a.Vorm == Procedurevorm.OpenHouse && a.Sluitingsmoment is { } s =>
            $" Aanbieders die aan de eisen voldoen, kunnen toetreden tot {NlFormat.DatumTijd(s)}.",
        AanbestedingStatus.Gepubliceerd when a.Sluitingsmoment is { } s => $" Inschrijven kan tot {NlFormat.DatumTijd(s)}.",
        AanbestedingStatus.Geschorst => " Inschrijven is tijdelijk niet mogelijk; zie het verloop voor de reden.",
        AanbestedingStatus.InschrijvingGesloten => " De uiterste inschrijfdatum is verstreken; inschrijven kan niet meer.",
        AanbestedingStatus.InBeoordeling => " De inschrijvingen worden beoordeeld.",
        AanbestedingStatus.VoorlopigGegund when a.StandstillEinde is { } e => $" De opschortingstermijn loopt tot {NlFormat.DatumTijd(e)}.",
        AanbestedingStatus.DefinitiefGegund => " De gunning is definitief.",
        AanbestedingStatus.LopendContract => " Het contract loopt.",
        AanbestedingStatus.Ingetrokken => " De aanbesteding gaat niet door; zie het verloop voor de reden.",
        _ => "",
    };

    /// <summary>The conditions as label, value and (for links) address, in the order of the page.</summary>
    public static IEnumerable<(string Sleutel, string Waarde, string? Link)> Gegevens(Aanbesteding a)
    {
        var i = a.Instellingen;
        yield return ("Regio", a.Regio?.Naam ?? "", null);
        if (a.Deelnames.Count > 0)
        {
            // A joint procedure names every participant: the agreement is concluded for their municipalities too.
            yield return ("Samen met", string.Join(", ", a.Deelnames.Select(d => d.Regio?.Naam).OfType<string>().Order(StringComparer.Ordinal)), null);
        }

        yield return ("Procedure", a.Vorm.Naam(), null);
        if (a.Inkooptraject is { } t)
        {
            yield return ("Inkooptraject", t.Naam, $"/inkooptrajecten/{t.Id}");
        }

        if (a.HeropeningVan is { } v)
        {
            yield return ("Heropening van", v.Naam, $"/aanbestedingen/{v.Id}");
        }

        yield return ("TenderNed", a.TenderNedKenmerk ?? "niet op TenderNed", null);
        yield return ("Tussentijds toetreden", i.TussentijdsToetreden ? "mogelijk" : "niet mogelijk", null);
        yield return ("Beoordeling", i.Rangschikking ? "rangschikking en gunning" : "toelating van iedereen die aan de eisen voldoet, zonder rangschikking", null);
        if (i.Rangschikking)
        {
            yield return ("Maximum aantal gunningen per perceel", i.MaxGunningenPerPerceel?.ToString(NlFormat.Cultuur) ?? "geen maximum", null);
            yield return ("Opschortingstermijn", $"{i.StandstillDagen} kalenderdagen", null);
        }

        yield return ("Gepubliceerd", NlFormat.Datum(a.Publicatiedatum, "nog niet"), null);
        yield return ("Uiterste datum voor vragen", a.VragenDeadline is { } vr ? NlFormat.DatumTijd(vr) : "niet bekend", null);
        yield return (a.Vorm == Procedurevorm.OpenHouse ? "Toelating sluit" : "Uiterste inschrijfdatum", a.Sluitingsmoment is { } s ? NlFormat.DatumTijd(s) : "nog niet bekend", null);
        if (a.GeplandeGunning is { } g)
        {
            yield return ("Geplande gunning", NlFormat.Datum(g), null);
        }

        yield return ("Contract vanaf", NlFormat.Datum(a.ContractStart, "nog niet bekend"), null);
        yield return ("Contract tot en met", NlFormat.Datum(a.ContractEinde, "nog niet bekend"), null);
        if (a.Verlengingsopties is { } o)
        {
            yield return ("Verlengingsopties", o, null);
        }
    }
}
