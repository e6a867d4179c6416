using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Data;

namespace Zorginkoop.Gunning;

/// <summary>
/// The criteria of a procedure. Set while it is a concept: bidders must know the criteria and their weights before
/// they bid (Aanbestedingswet 2.114–2.115), so a published procedure's criteria are fixed.
/// </summary>
public static class Criteria
{
    public const int MaxNaam = 300;

    /// <summary>The fields a refusal names: those of a new criterion, and the tie rule.</summary>
    public const string Soort = "Soort", Naam = "Naam", Weging = "Weging", SchaalMax = "SchaalMax", PerceelNummer = "PerceelNummer", Regel = "Regel";

    public static Task<List<Criterium>> VanAsync(ZorginkoopDbContext db, int aanbestedingId, CancellationToken ct = default) =>
        db.Criteria.AsNoTracking().Where(c => c.AanbestedingId == aanbestedingId).OrderBy(c => c.Volgorde).ThenBy(c => c.Id).ToListAsync(ct);

    /// <summary>The procedure's award file (tie rule, quality final); made on first use.</summary>
    public static async Task<Gunningsdossier> DossierAsync(ZorginkoopDbContext db, int aanbestedingId, CancellationToken ct = default)
    {
        var d = await db.Gunningsdossiers.SingleOrDefaultAsync(x => x.AanbestedingId == aanbestedingId, ct);
        if (d is null)
        {
            d = new Gunningsdossier { AanbestedingId = aanbestedingId };
            db.Gunningsdossiers.Add(d);
        }

        return d;
    }

    public static async Task<Weigering?> ToevoegenAsync(ZorginkoopDbContext db, Aanbesteding a, CriteriumSoort soort, string? naam, string? omschrijving,
        int weging, int schaalMax, int? perceelNummer, CancellationToken ct = default)
    {
        naam = naam?.Trim();
        var bestaand = await VanAsync(db, a.Id, ct);
        var weigering = Wijzigbaar(a)
            ?? (string.IsNullOrEmpty(naam) ? new Weigering("criteria.naam-ontbreekt", Naam, "Vul de naam van het criterium in.") : null)
            ?? (naam!.Length > MaxNaam ? new Weigering("criteria.naam-te-lang", Naam, $"De naam is ten hoogste {MaxNaam} tekens.") : null)
            ?? (!Enum.IsDefined(soort) ? new Weigering("criteria.soort-onbekend", Soort, "Kies de soort criterium.") : null)
            ?? (perceelNummer is { } p && a.Percelen.All(x => x.Nummer != p)
                ? new Weigering("criteria.perceel-onbekend", PerceelNummer, $"Perceel {p} bestaat niet in deze aanbesteding.") : null)
            // The Falk Pharma rule (HvJ EU C-410/14): an admission procedure does not choose among those who qualify.
            ?? (!a.Instellingen.Rangschikking && soort != CriteriumSoort.Eis
                ? new Weigering("criteria.open-house-alleen-eisen", Soort,
                    "Open House kent alleen toelatingseisen (voldoet / voldoet niet): wie voldoet wordt toegelaten, er is geen rangschikking.")
                : null)
            ?? (soort != CriteriumSoort.Eis && weging is < 1 or > 100 ? new Weigering("criteria.weging-buiten-bereik", Weging, "De weging is 1 tot en met 100 punten.") : null)
            ?? (soort == CriteriumSoort.Kwaliteit && schaalMax is < 1 or > 100
                ? new Weigering("criteria.schaal-buiten-bereik", SchaalMax, "De schaal loopt van 0 tot een maximum van 1 tot en met 100.") : null)
            // Both the kind and the lot make the clash, so it names neither.
            ?? (soort == CriteriumSoort.Prijs && bestaand.Any(c => c.Soort == CriteriumSoort.Prijs && Overlapt(c.PerceelNummer, perceelNummer))
                ? Weigering.Geheel("criteria.prijs-dubbel", "Er is al een prijscriterium voor dit perceel.") : null);
        if (weigering is null && soort != CriteriumSoort.Eis)
        {
            foreach (var perceel in a.Percelen.Where(x => perceelNummer is null || x.Nummer == perceelNummer))
            {
                var som = bestaand.Where(c => c.Soort != CriteriumSoort.Eis && c.GeldtVoor(perceel.Nummer)).Sum(c => c.Weging) + weging;
                if (som > 100)
                {
                    weigering = new Weigering("criteria.wegingen-boven-100", Weging, $"De wegingen van perceel {perceel.Nummer} zouden optellen tot {som} punten; het maximum is 100.");
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

    public static async Task<Weigering?> VerwijderenAsync(ZorginkoopDbContext db, Aanbesteding a, int criteriumId, CancellationToken ct = default)
    {
        var weigering = Wijzigbaar(a);
        if (weigering is not null)
        {
            return weigering;
        }

        var c = await db.Criteria.SingleOrDefaultAsync(x => x.Id == criteriumId && x.AanbestedingId == a.Id, ct);
        if (c is null)
        {
            return Weigering.Geheel("criteria.criterium-onbekend", "Dit criterium bestaat niet (meer).");
        }

        db.Criteria.Remove(c);
        await db.SaveChangesAsync(ct);
        return null;
    }

    public static async Task<Weigering?> GelijkspelregelZettenAsync(ZorginkoopDbContext db, Aanbesteding a, Gelijkspelregel regel, CancellationToken ct = default)
    {
        var weigering = Wijzigbaar(a) ?? (!Enum.IsDefined(regel) ? new Weigering("criteria.gelijkspelregel-onbekend", Regel, "Kies een regel voor een gelijke stand.") : null);
        if (weigering is not null)
        {
            return weigering;
        }

        (await DossierAsync(db, a.Id, ct)).Gelijkspelregel = regel;
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>
    /// What publishing needs of the criteria: where a lot has award criteria, their weights add up to 100. Null when
    /// fine (also when there are no criteria yet: a procedure may state them in its documents only). Its code is older
    /// than the other codes of this class: a refused publication returns it through the API, so it stays as it is.
    /// </summary>
    public static Weigering? Volledig(Aanbesteding a, IReadOnlyList<Criterium> criteria)
    {
        foreach (var p in a.Percelen.OrderBy(p => p.Nummer))
        {
            var gewogen = criteria.Where(c => c.Soort != CriteriumSoort.Eis && c.GeldtVoor(p.Nummer)).ToList();
            if (gewogen.Count > 0 && gewogen.Sum(c => c.Weging) != 100)
            {
                return Weigering.Geheel("gunning.criteria-onvolledig",
                    $"De wegingen van de gunningscriteria van perceel {p.Nummer} tellen op tot {gewogen.Sum(c => c.Weging)} punten; dat moet 100 zijn.");
            }
        }

        return null;
    }

    private static bool Overlapt(int? a, int? b) => a is null || b is null || a == b;

    private static Weigering? Wijzigbaar(Aanbesteding a) => a.Status == AanbestedingStatus.Concept
        ? null
        : Weigering.Geheel("criteria.vastgelegd", "De criteria liggen vast zodra de aanbesteding is gepubliceerd: inschrijvers moeten ze vooraf kennen (Aanbestedingswet 2.114).");
}
