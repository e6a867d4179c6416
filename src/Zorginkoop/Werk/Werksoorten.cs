using Zorginkoop.Accounts;

namespace Zorginkoop.Werk;

/// <summary>How a person hears of a new item of a kind besides the work list itself.</summary>
public enum Kanaal
{
    /// <summary>An e-mail at once.</summary>
    Direct = 1,

    /// <summary>One e-mail a day with everything new of the kinds so chosen.</summary>
    Dagelijks = 2,

    /// <summary>Only the inbox in the app.</summary>
    AlleenApp = 3,
}

/// <summary>A kind of work item: its name on the page and in the settings, and the channel of a person who chose none.</summary>
public sealed record Werksoort(string Code, string Naam, Kanaal Standaard, IReadOnlyList<string> Rollen);

/// <summary>Every kind of work item. The code is stored (preferences, inbox): never rename one.</summary>
public static class Werksoorten
{
    public static readonly Werksoort Termijn = new("termijn", "Termijnen binnen twee weken (vragen, inschrijving)", Kanaal.AlleenApp, [Rollen.Inkoper]);
    public static readonly Werksoort Vragen = new("vragen", "Vragen die op een antwoord wachten", Kanaal.Dagelijks, [Rollen.Inkoper]);
    public static readonly Werksoort NotaVanInlichtingen = new("nvi", "Beantwoorde vragen voor de volgende Nota van Inlichtingen", Kanaal.AlleenApp, [Rollen.Inkoper]);
    public static readonly Werksoort Kluis = new("kluis", "Kluisopeningen die op een tweede inkoper wachten", Kanaal.Direct, [Rollen.Inkoper]);
    public static readonly Werksoort Consensus = new("consensus", "Beoordelingen die op consensus wachten", Kanaal.Dagelijks, [Rollen.Inkoper]);
    public static readonly Werksoort Standstill = new("standstill", "Opschortingstermijnen die eindigen", Kanaal.Direct, [Rollen.Inkoper]);
    public static readonly Werksoort Bezwaar = new("bezwaar", "Bezwaren en kort gedingen die lopen", Kanaal.Direct, [Rollen.Inkoper]);
    public static readonly Werksoort Toelating = new("toelating", "Open House-aanmeldingen die op een besluit wachten", Kanaal.Dagelijks, [Rollen.Inkoper]);
    public static readonly Werksoort Concept = new("concept", "Concepten voorbij hun geplande publicatiedatum", Kanaal.Dagelijks, [Rollen.Inkoper]);
    public static readonly Werksoort Beoordelen = new("beoordelen", "Inschrijvingen die op mijn beoordeling wachten", Kanaal.Dagelijks, [Rollen.Beoordelaar]);
    public static readonly Werksoort Contractalarm = new("contractalarm", "Contractalarmen (besluit over verlengen of vervolg)", Kanaal.Direct, [Rollen.Contractmanager]);
    public static readonly Werksoort Contracteinde = new("contracteinde", "Contracten die binnen een jaar eindigen", Kanaal.AlleenApp, [Rollen.Contractmanager]);
    public static readonly Werksoort Import = new("import", "Geweigerde of afgebroken imports van zorggegevens", Kanaal.Direct, [Rollen.Analist]);
    public static readonly Werksoort Dekking = new("dekking", "Dekkingssignalen", Kanaal.Dagelijks, [Rollen.Analist]);
    public static readonly Werksoort Budget = new("budget", "Budgetoverschrijdingen", Kanaal.Dagelijks, [Rollen.Analist]);

    public static readonly IReadOnlyList<Werksoort> Alle =
        [Termijn, Vragen, NotaVanInlichtingen, Kluis, Consensus, Standstill, Bezwaar, Toelating, Concept, Beoordelen, Contractalarm, Contracteinde, Import, Dekking, Budget];

    public static Werksoort? Van(string code) => Alle.FirstOrDefault(s => s.Code == code);
}
