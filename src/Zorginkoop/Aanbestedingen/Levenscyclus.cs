using Zorginkoop.Formatting;

namespace Zorginkoop.Aanbestedingen;

public enum AanbestedingStatus
{
    Concept = 1,
    Gepubliceerd = 2,
    Geschorst = 3,
    InschrijvingGesloten = 4,
    InBeoordeling = 5,
    VoorlopigGegund = 6,
    DefinitiefGegund = 7,
    LopendContract = 8,
    Ingetrokken = 9,
}

public enum Gebeurtenis
{
    Publiceren = 1,
    Schorsen = 2,
    Hervatten = 3,
    InschrijvingSluiten = 4,
    BeoordelingStarten = 5,
    VoorlopigGunnen = 6,
    DefinitiefGunnen = 7,
    ContractStarten = 8,
    Intrekken = 9,
    DeadlineUitstellen = 10,
    ContractstartUitstellen = 11,
}

/// <summary>What the lifecycle needs to know of a procedure. Instants are UTC; dates are whole days in Dutch time.</summary>
/// <param name="Instellingen">The procedure's own settings; the kind's bundle when null.</param>
/// <param name="AantalPercelen">Lots defined; a procedure is published with at least one.</param>
/// <param name="BlokkerendeBezwaren">Objections pending or upheld: the final award waits for them.</param>
public sealed record AanbestedingStand(
    AanbestedingStatus Status,
    Procedurevorm Vorm,
    DateTimeOffset? Sluitingsmoment,
    DateOnly? ContractStart,
    DateTimeOffset? StandstillEinde = null,
    ProcedureInstellingen? Instellingen = null,
    int AantalPercelen = 1,
    int BlokkerendeBezwaren = 0);

/// <summary>An event with what it needs: a reason, or the new deadline or contract start of a postponement.</summary>
public sealed record Verzoek(Gebeurtenis Gebeurtenis, string? Reden = null, DateTimeOffset? NieuwSluitingsmoment = null, DateOnly? NieuweContractStart = null);

/// <summary>The outcome: the new state, or the rule that refused (its code, the field of the <see cref="Verzoek"/> it is about, the Dutch text).</summary>
public sealed record Uitkomst(AanbestedingStand? Stand, Weigering? Weigering)
{
    public bool Toegestaan => Weigering is null;
}

/// <summary>
/// The lifecycle of a procedure: one table of allowed transitions and one method that applies an event. Pages, API,
/// CLI and background jobs all call <see cref="Pas"/>; a refusal says in Dutch which rule refused.
/// </summary>
public static class Levenscyclus
{
    private static readonly AanbestedingStatus[] VoorDefinitieveGunning =
    [
        AanbestedingStatus.Concept, AanbestedingStatus.Gepubliceerd, AanbestedingStatus.Geschorst, AanbestedingStatus.InschrijvingGesloten,
        AanbestedingStatus.InBeoordeling, AanbestedingStatus.VoorlopigGegund,
    ];

    /// <summary>
    /// Published and not yet closed, suspended included: the phase in which the terms may be rectified, documents
    /// added or withdrawn as a rectification, and the deadline or the contract start postponed.
    /// </summary>
    private static readonly AanbestedingStatus[] Publicatiefase = [AanbestedingStatus.Gepubliceerd, AanbestedingStatus.Geschorst];

    /// <summary>The transition table: from which states an event may come, and where it leads (null: stays).</summary>
    public static readonly IReadOnlyDictionary<Gebeurtenis, (AanbestedingStatus[] Van, AanbestedingStatus? Naar)> Overgangen =
        new Dictionary<Gebeurtenis, (AanbestedingStatus[], AanbestedingStatus?)>
        {
            [Gebeurtenis.Publiceren] = ([AanbestedingStatus.Concept], AanbestedingStatus.Gepubliceerd),
            [Gebeurtenis.Schorsen] = ([AanbestedingStatus.Gepubliceerd], AanbestedingStatus.Geschorst),
            [Gebeurtenis.Hervatten] = ([AanbestedingStatus.Geschorst], AanbestedingStatus.Gepubliceerd),
            [Gebeurtenis.InschrijvingSluiten] = ([AanbestedingStatus.Gepubliceerd], AanbestedingStatus.InschrijvingGesloten),
            [Gebeurtenis.BeoordelingStarten] = ([AanbestedingStatus.InschrijvingGesloten], AanbestedingStatus.InBeoordeling),
            [Gebeurtenis.VoorlopigGunnen] = ([AanbestedingStatus.InBeoordeling], AanbestedingStatus.VoorlopigGegund),
            [Gebeurtenis.DefinitiefGunnen] = ([AanbestedingStatus.VoorlopigGegund], AanbestedingStatus.DefinitiefGegund),
            [Gebeurtenis.ContractStarten] = ([AanbestedingStatus.DefinitiefGegund, AanbestedingStatus.Gepubliceerd], AanbestedingStatus.LopendContract),
            [Gebeurtenis.Intrekken] = (VoorDefinitieveGunning, AanbestedingStatus.Ingetrokken),
            [Gebeurtenis.DeadlineUitstellen] = (Publicatiefase, null),
            [Gebeurtenis.ContractstartUitstellen] = (Publicatiefase, null),
        };

    /// <summary>Whether the table lets <paramref name="gebeurtenis"/> happen from this state (Pas adds the rules of time and reason).</summary>
    public static bool Mag(this AanbestedingStatus status, Gebeurtenis gebeurtenis) => Overgangen[gebeurtenis].Van.Contains(status);

    /// <summary>Published and not yet closed, suspended included (see <see cref="Publicatiefase"/>).</summary>
    public static bool InPublicatiefase(this AanbestedingStatus status) => Publicatiefase.Contains(status);

    /// <summary>Whether the terms may change: freely as a concept, as a numbered rectification in the publication phase.</summary>
    public static bool VoorwaardenWijzigbaar(this AanbestedingStatus status) => status == AanbestedingStatus.Concept || status.InPublicatiefase();

    public static string Naam(this AanbestedingStatus s) => s switch
    {
        AanbestedingStatus.Concept => "concept",
        AanbestedingStatus.Gepubliceerd => "gepubliceerd",
        AanbestedingStatus.Geschorst => "geschorst",
        AanbestedingStatus.InschrijvingGesloten => "inschrijving gesloten",
        AanbestedingStatus.InBeoordeling => "in beoordeling",
        AanbestedingStatus.VoorlopigGegund => "voorlopig gegund",
        AanbestedingStatus.DefinitiefGegund => "definitief gegund",
        AanbestedingStatus.LopendContract => "lopend contract",
        AanbestedingStatus.Ingetrokken => "ingetrokken",
        _ => s.ToString(),
    };

    /// <summary>Applies one event at instant <paramref name="nu"/>: the new state, or the rule that refused it.</summary>
    public static Uitkomst Pas(AanbestedingStand stand, Verzoek verzoek, DateTimeOffset nu)
    {
        var (van, naar) = Overgangen[verzoek.Gebeurtenis];
        if (!van.Contains(stand.Status))
        {
            return Weiger("levenscyclus.niet-in-deze-status", "", verzoek.Gebeurtenis switch
            {
                Gebeurtenis.Intrekken => $"Een aanbesteding die {stand.Status.Naam()} is, kan niet meer worden ingetrokken: dat kan alleen vóór de definitieve gunning.",
                Gebeurtenis.DeadlineUitstellen or Gebeurtenis.ContractstartUitstellen =>
                    $"Uitstellen kan alleen zolang de aanbesteding gepubliceerd of geschorst is; deze is {stand.Status.Naam()}.",
                Gebeurtenis.DefinitiefGunnen when stand.Status == AanbestedingStatus.InBeoordeling =>
                    "Deze aanbesteding is in beoordeling: eerst voorlopig gunnen, dan de opschortingstermijn van ten minste 20 kalenderdagen (Aanbestedingswet 2.127) afwachten.",
                _ => $"'{Omschrijving(verzoek.Gebeurtenis)}' kan niet bij een aanbesteding die {stand.Status.Naam()} is.",
            });
        }

        var instellingen = stand.Instellingen ?? ProcedureInstellingen.Voor(stand.Vorm);
        var vandaag = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(nu, NlFormat.Amsterdam).DateTime);
        switch (verzoek.Gebeurtenis)
        {
            case Gebeurtenis.Publiceren or Gebeurtenis.Hervatten:
                if (stand.Sluitingsmoment is not { } sluiting)
                {
                    return Weiger("levenscyclus.sluitingsmoment-ontbreekt", "", "Publiceren kan pas als de uiterste inschrijfdatum (of voor Open House de sluitingsdatum van de toelating) is ingevuld.");
                }

                if (sluiting <= nu)
                {
                    return Weiger("levenscyclus.sluitingsmoment-voorbij", "", $"De uiterste inschrijfdatum ({NlFormat.DatumTijd(sluiting)}) is al voorbij; stel eerst een nieuwe in.");
                }

                if (stand.AantalPercelen == 0)
                {
                    return Weiger("levenscyclus.perceel-ontbreekt", "", "Publiceren kan pas als de aanbesteding ten minste één perceel heeft (een segment of een product).");
                }

                break;
            case Gebeurtenis.Schorsen or Gebeurtenis.Intrekken when string.IsNullOrWhiteSpace(verzoek.Reden):
                return Weiger("levenscyclus.reden-ontbreekt", nameof(Verzoek.Reden), $"{(verzoek.Gebeurtenis == Gebeurtenis.Schorsen ? "Schorsen" : "Intrekken")} kan alleen met een reden; die wordt gepubliceerd.");
            case Gebeurtenis.InschrijvingSluiten:
                if (stand.Vorm == Procedurevorm.OpenHouse)
                {
                    return Weiger("levenscyclus.open-house-sluit-niet", "", "Bij Open House blijft de toelating open tot de sluitingsdatum; er is geen inschrijvingstermijn om te sluiten.");
                }

                if (stand.Sluitingsmoment is { } s && nu < s)
                {
                    return Weiger("levenscyclus.nog-niet-gesloten", "", $"De inschrijving sluit pas op {NlFormat.DatumTijd(s)}.");
                }

                break;
            case Gebeurtenis.VoorlopigGunnen when !instellingen.Rangschikking:
            case Gebeurtenis.DefinitiefGunnen when !instellingen.Rangschikking:
                return Weiger("levenscyclus.open-house-gunt-niet", "", "Open House kent geen rangschikking en gunning: wie voldoet wordt toegelaten.");
            case Gebeurtenis.VoorlopigGunnen:
                return new(stand with { Status = naar!.Value, StandstillEinde = nu.AddDays(instellingen.StandstillDagen) }, null);
            case Gebeurtenis.DefinitiefGunnen:
                if (stand.StandstillEinde is { } einde && nu < einde)
                {
                    return Weiger("levenscyclus.opschortingstermijn-loopt", "", $"De opschortingstermijn loopt tot {NlFormat.DatumTijd(einde)}; pas daarna kan definitief worden gegund.");
                }

                if (stand.BlokkerendeBezwaren > 0)
                {
                    return Weiger("levenscyclus.bezwaren-open", "", $"Er {(stand.BlokkerendeBezwaren == 1 ? "is 1 bezwaar" : $"zijn {stand.BlokkerendeBezwaren} bezwaren")} tegen de gunning niet (of gegrond) afgehandeld; " +
                        "definitief gunnen wacht tot elk bezwaar ongegrond of ingetrokken is (Aanbestedingswet 2.127).");
                }

                break;
            case Gebeurtenis.ContractStarten:
                if (stand.Status == AanbestedingStatus.Gepubliceerd && stand.Vorm != Procedurevorm.OpenHouse)
                {
                    return Weiger("levenscyclus.contract-voor-gunning", "", $"Deze aanbesteding is {stand.Status.Naam()}: een contract start pas na de definitieve gunning. Alleen bij Open House loopt het contract terwijl de toelating open is.");
                }

                if (stand.ContractStart is { } start && vandaag < start)
                {
                    return Weiger("levenscyclus.contract-nog-niet", "", $"Het contract gaat pas in op {NlFormat.Datum(start)}.");
                }

                break;
            case Gebeurtenis.DeadlineUitstellen:
                if (stand.Sluitingsmoment is { } oud && oud <= nu)
                {
                    return Weiger("levenscyclus.sluitingsmoment-verstreken", nameof(Verzoek.NieuwSluitingsmoment), $"De uiterste inschrijfdatum ({NlFormat.DatumTijd(oud)}) is verstreken en kan niet meer worden gewijzigd.");
                }

                if (verzoek.NieuwSluitingsmoment is not { } nieuw || nieuw <= nu || (stand.Sluitingsmoment is { } huidig && nieuw <= huidig))
                {
                    return Weiger("levenscyclus.uitstel-niet-later", nameof(Verzoek.NieuwSluitingsmoment), "Een nieuwe uiterste inschrijfdatum moet in de toekomst liggen en later zijn dan de huidige.");
                }

                if (string.IsNullOrWhiteSpace(verzoek.Reden))
                {
                    return Weiger("levenscyclus.reden-ontbreekt", nameof(Verzoek.Reden), "Uitstel kan alleen met een reden; die wordt gepubliceerd.");
                }

                return new(stand with { Sluitingsmoment = nieuw }, null);
            case Gebeurtenis.ContractstartUitstellen:
                if (verzoek.NieuweContractStart is not { } nieuweStart || nieuweStart <= vandaag || (stand.ContractStart is { } oudeStart && nieuweStart <= oudeStart))
                {
                    return Weiger("levenscyclus.uitstel-niet-later", nameof(Verzoek.NieuweContractStart), "Een nieuwe ingangsdatum van het contract moet in de toekomst liggen en later zijn dan de huidige.");
                }

                if (string.IsNullOrWhiteSpace(verzoek.Reden))
                {
                    return Weiger("levenscyclus.reden-ontbreekt", nameof(Verzoek.Reden), "Uitstel kan alleen met een reden; die wordt gepubliceerd.");
                }

                return new(stand with { ContractStart = nieuweStart }, null);
        }

        return new(stand with { Status = naar ?? stand.Status }, null);
    }

    /// <summary>
    /// Closes submission once the deadline has passed: the background job and every read call this, whichever
    /// comes first, so a procedure is never shown open after its deadline.
    /// </summary>
    public static AanbestedingStand BijwerkenNaarTijd(AanbestedingStand stand, DateTimeOffset nu) =>
        stand.Status == AanbestedingStatus.Gepubliceerd && stand.Vorm != Procedurevorm.OpenHouse
        && stand.Sluitingsmoment is { } s && nu >= s
            ? stand with { Status = AanbestedingStatus.InschrijvingGesloten }
            : stand;

    /// <summary>
    /// One row per event, the one place its names live: the code (kebab case) that the CLI takes
    /// (<c>zorginkoop aanbesteding stap 12 inschrijving-sluiten</c>) and the API's operations carry
    /// (<c>POST /api/v1/aanbestedingen/12/_voorlopig-gunnen</c>), a public promise that must not change, and the words
    /// of a Dutch sentence ("Gelukt: voorlopig gunnen").
    /// </summary>
    private static readonly Dictionary<Gebeurtenis, (string Code, string Omschrijving)> Namen = new()
    {
        [Gebeurtenis.Publiceren] = ("publiceren", "publiceren"),
        [Gebeurtenis.Schorsen] = ("schorsen", "schorsen"),
        [Gebeurtenis.Hervatten] = ("hervatten", "hervatten"),
        [Gebeurtenis.InschrijvingSluiten] = ("inschrijving-sluiten", "inschrijving sluiten"),
        [Gebeurtenis.BeoordelingStarten] = ("beoordeling-starten", "beoordeling starten"),
        [Gebeurtenis.VoorlopigGunnen] = ("voorlopig-gunnen", "voorlopig gunnen"),
        [Gebeurtenis.DefinitiefGunnen] = ("definitief-gunnen", "definitief gunnen"),
        [Gebeurtenis.ContractStarten] = ("contract-starten", "contract starten"),
        [Gebeurtenis.Intrekken] = ("intrekken", "intrekken"),
        [Gebeurtenis.DeadlineUitstellen] = ("deadline-uitstellen", "uiterste inschrijfdatum uitstellen"),
        [Gebeurtenis.ContractstartUitstellen] = ("contractstart-uitstellen", "ingangsdatum contract uitstellen"),
    };

    public static string Omschrijving(Gebeurtenis g) => Namen.TryGetValue(g, out var n) ? n.Omschrijving : g.ToString();

    /// <summary>The event's code in the CLI and the API, e.g. <c>voorlopig-gunnen</c>.</summary>
    public static string Code(Gebeurtenis g) => Namen[g].Code;

    /// <summary>Every event by its code, in lifecycle order: what the CLI accepts.</summary>
    public static IReadOnlyDictionary<string, Gebeurtenis> Codes { get; } = Namen.OrderBy(n => n.Key).ToDictionary(n => n.Value.Code, n => n.Key);

    private static Uitkomst Weiger(string code, string veld, string tekst) => new(null, new Weigering(code, veld, tekst));
}
