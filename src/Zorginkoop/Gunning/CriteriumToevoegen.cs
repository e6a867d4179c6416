using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Data;

namespace Zorginkoop.Gunning;

/// <summary>Adds an award criterion to a concept procedure: an admission requirement, a quality criterion or the price, for all lots or one; the weights of a lot add up to at most 100.</summary>
public static class CriteriumToevoegen
{
    public sealed record Gegevens(CriteriumSoort Soort, string? Naam, string? Omschrijving, int Weging, int SchaalMax, int? PerceelNummer);

    public static async Task<Weigering?> HandleAsync(ZorginkoopDbContext db, Aanbesteding a, Gegevens g, CancellationToken ct = default)
    {
        var (soort, naam, omschrijving, weging, schaalMax, perceelNummer) = g;
        naam = naam?.Trim();
        var bestaand = await Criteria.VanAsync(db, a.Id, ct);
        var weigering = Criteria.Wijzigbaar(a)
            ?? (string.IsNullOrEmpty(naam) ? new Weigering("criteria.naam-ontbreekt", Criteria.Naam, "Vul de naam van het criterium in.") : null)
            ?? (naam!.Length > Criteria.MaxNaam ? new Weigering("criteria.naam-te-lang", Criteria.Naam, $"De naam is ten hoogste {Criteria.MaxNaam} tekens.") : null)
            ?? (!Enum.IsDefined(soort) ? new Weigering("criteria.soort-onbekend", Criteria.Soort, "Kies de soort criterium.") : null)
            ?? (perceelNummer is { } p && a.Percelen.All(x => x.Nummer != p)
                ? new Weigering("criteria.perceel-onbekend", Criteria.PerceelNummer, $"Perceel {p} bestaat niet in deze aanbesteding.") : null)
            // The Falk Pharma rule (HvJ EU C-410/14): an admission procedure does not choose among those who qualify.
            ?? (!a.Instellingen.Rangschikking && soort != CriteriumSoort.Eis
                ? new Weigering("criteria.open-house-alleen-eisen", Criteria.Soort,
                    "Open House kent alleen toelatingseisen (voldoet / voldoet niet): wie voldoet wordt toegelaten, er is geen rangschikking.")
                : null)
            ?? (soort != CriteriumSoort.Eis && weging is < 1 or > 100 ? new Weigering("criteria.weging-buiten-bereik", Criteria.Weging, "De weging is 1 tot en met 100 punten.") : null)
            ?? (soort == CriteriumSoort.Kwaliteit && schaalMax is < 1 or > 100
                ? new Weigering("criteria.schaal-buiten-bereik", Criteria.SchaalMax, "De schaal loopt van 0 tot een maximum van 1 tot en met 100.") : null)
            // Both the kind and the lot make the clash, so it names neither.
            ?? (soort == CriteriumSoort.Prijs && bestaand.Any(c => c.Soort == CriteriumSoort.Prijs && Criteria.Overlapt(c.PerceelNummer, perceelNummer))
                ? Weigering.Geheel("criteria.prijs-dubbel", "Er is al een prijscriterium voor dit perceel.") : null);
        if (weigering is null && soort != CriteriumSoort.Eis)
        {
            foreach (var perceel in a.Percelen.Where(x => perceelNummer is null || x.Nummer == perceelNummer))
            {
                var som = bestaand.Where(c => c.Soort != CriteriumSoort.Eis && c.GeldtVoor(perceel.Nummer)).Sum(c => c.Weging) + weging;
                if (som > 100)
                {
                    weigering = new Weigering("criteria.wegingen-boven-100", Criteria.Weging, $"De wegingen van perceel {perceel.Nummer} zouden optellen tot {som} punten; het maximum is 100.");
                    break;
                }
            }
        }

        if (weigering is not null)
        {
            return weigering;
        }

        db.Criteria.Add(new Criterium
        {
            AanbestedingId = a.Id,
            Soort = soort,
            Naam = naam!,
            Omschrijving = string.IsNullOrWhiteSpace(omschrijving) ? null : omschrijving.Trim(),
            Weging = soort == CriteriumSoort.Eis ? 0 : weging,
            SchaalMax = soort == CriteriumSoort.Kwaliteit ? schaalMax : 1,
            PerceelNummer = perceelNummer,
            Volgorde = bestaand.Select(c => c.Volgorde).DefaultIfEmpty(0).Max() + 1,
        });
        await db.SaveChangesAsync(ct);
        return null;
    }
}
