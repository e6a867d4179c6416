using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Data;

namespace Zorginkoop.Inschrijvingen;

/// <summary>
/// What a procedure asks of a bid. Set while the procedure is a concept: once published, providers bid on the
/// published requirements, and a change would need a rectification and re-confirmation of every bid.
/// </summary>
public static class EisenBeheer
{
    /// <summary>Longest requirement text.</summary>
    public const int MaxTekst = 1000;

    /// <summary>The usual set of a Dutch social-domain tender: the UEA, the eigen verklaring, a quality plan, a certificate, the price.</summary>
    public static IReadOnlyList<(EisSoort Soort, string Tekst)> Standaard { get; } =
    [
        (EisSoort.Verklaring, "Uniform Europees Aanbestedingsdocument (UEA): op onze organisatie zijn geen uitsluitingsgronden van toepassing"),
        (EisSoort.Verklaring, "Eigen verklaring: wij voldoen aan de geschiktheidseisen en leveren de bewijsstukken op verzoek binnen tien werkdagen"),
        (EisSoort.Vraag, "Kwaliteitsplan: beschrijf hoe u de hulp dicht bij huis, integraal en in samenwerking met het sociaal team uitvoert"),
        (EisSoort.Bestand, "Kwaliteitscertificaat (bijvoorbeeld HKZ of ISO 9001) of gelijkwaardig bewijs"),
        (EisSoort.Prijs, "Prijs per eenheid"),
    ];

    public static Task<List<Inschrijvingseis>> VanAsync(ZorginkoopDbContext db, int aanbestedingId, CancellationToken ct = default) =>
        db.Inschrijvingseisen.Where(e => e.AanbestedingId == aanbestedingId).OrderBy(e => e.Volgorde).ThenBy(e => e.Id).ToListAsync(ct);

    public static async Task<Weigering?> ToevoegenAsync(ZorginkoopDbContext db, Aanbesteding a, EisSoort soort, string? tekst, bool verplicht, CancellationToken ct = default)
    {
        var weigering = Wijzigbaar(a);
        tekst = tekst?.Trim();
        if (weigering is null && string.IsNullOrEmpty(tekst))
        {
            weigering = new Weigering("eis.tekst-ontbreekt", "Tekst", "Vul de tekst van de eis in.");
        }

        if (weigering is null && tekst!.Length > MaxTekst)
        {
            weigering = new Weigering("eis.tekst-te-lang", "Tekst", $"De tekst van de eis is ten hoogste {MaxTekst} tekens.");
        }

        if (weigering is null && !Enum.IsDefined(soort))
        {
            weigering = new Weigering("eis.soort-onbekend", "Soort", "Kies de soort eis.");
        }

        if (weigering is null && soort == EisSoort.Prijs && await db.Inschrijvingseisen.AnyAsync(e => e.AanbestedingId == a.Id && e.Soort == EisSoort.Prijs, ct))
        {
            weigering = new Weigering("eis.prijseis-bestaat", "Soort", "Er is al een prijseis: een inschrijving heeft één prijsdeel, met een prijs per perceel.");
        }

        if (weigering is not null)
        {
            return weigering;
        }

        var volgorde = await db.Inschrijvingseisen.Where(e => e.AanbestedingId == a.Id).MaxAsync(e => (int?)e.Volgorde, ct) ?? 0;
        db.Inschrijvingseisen.Add(new Inschrijvingseis { AanbestedingId = a.Id, Soort = soort, Tekst = tekst!, Verplicht = verplicht, Volgorde = volgorde + 1 });
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Adds the usual set, leaving out what the procedure already asks (by text) and the price when there is one.</summary>
    public static async Task<Weigering?> StandaardToevoegenAsync(ZorginkoopDbContext db, Aanbesteding a, CancellationToken ct = default)
    {
        var weigering = Wijzigbaar(a);
        if (weigering is not null)
        {
            return weigering;
        }

        var bestaand = await VanAsync(db, a.Id, ct);
        var volgorde = bestaand.Count == 0 ? 0 : bestaand.Max(e => e.Volgorde);
        foreach (var (soort, tekst) in Standaard)
        {
            if (bestaand.Any(e => e.Tekst == tekst || (soort == EisSoort.Prijs && e.IsPrijs)))
            {
                continue;
            }

            db.Inschrijvingseisen.Add(new Inschrijvingseis { AanbestedingId = a.Id, Soort = soort, Tekst = tekst, Volgorde = ++volgorde });
        }

        await db.SaveChangesAsync(ct);
        return null;
    }

    public static async Task<Weigering?> VerwijderenAsync(ZorginkoopDbContext db, Aanbesteding a, int eisId, CancellationToken ct = default)
    {
        var weigering = Wijzigbaar(a);
        if (weigering is not null)
        {
            return weigering;
        }

        var eis = await db.Inschrijvingseisen.SingleOrDefaultAsync(e => e.Id == eisId && e.AanbestedingId == a.Id, ct);
        if (eis is null)
        {
            return Weigering.Geheel("eis.niet-gevonden", "Deze eis bestaat niet (meer).");
        }

        db.Inschrijvingseisen.Remove(eis);
        await db.SaveChangesAsync(ct);
        return null;
    }

    private static Weigering? Wijzigbaar(Aanbesteding a) => a.Vorm == Procedurevorm.OpenHouse
        ? Weigering.Geheel("eis.open-house", "Een Open House-procedure kent geen inschrijvingen; toelating komt met de gunning en contracten.")
        : a.Status == AanbestedingStatus.Concept ? null
        : Weigering.Geheel("eis.vast-na-publicatie", "De eisen aan een inschrijving liggen vast zodra de aanbesteding is gepubliceerd.");
}
