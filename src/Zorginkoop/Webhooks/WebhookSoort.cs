namespace Zorginkoop.Webhooks;

/// <summary>
/// The kinds of event a webhook can ask for (issue 17). The names are part of the interface: receivers switch on them
/// (header <c>Zorginkoop-Gebeurtenis</c> and the body's <c>soort</c>), so they never change.
/// </summary>
public static class WebhookSoort
{
    public const string AanbestedingGepubliceerd = "aanbesteding.gepubliceerd";
    public const string AanbestedingGerectificeerd = "aanbesteding.gerectificeerd";
    public const string NviGepubliceerd = "nvi.gepubliceerd";
    public const string AanbestedingGegund = "aanbesteding.gegund";
    public const string ContractGestart = "contract.gestart";
    public const string ContractBeeindigd = "contract.beeindigd";
    public const string ImportAfgerond = "import.afgerond";

    /// <summary>The test message an officer sends by hand (<see cref="WebhookTesten"/>); not a kind to ask for.</summary>
    public const string Test = "webhook.test";

    /// <summary>Every kind with what it means, in the order the pages list them.</summary>
    public static readonly IReadOnlyList<(string Soort, string Omschrijving)> Alle =
    [
        (AanbestedingGepubliceerd, "Een aanbesteding is gepubliceerd"),
        (AanbestedingGerectificeerd, "Een gepubliceerde aanbesteding is gerectificeerd"),
        (NviGepubliceerd, "Een nota van inlichtingen is gepubliceerd"),
        (AanbestedingGegund, "Een aanbesteding is definitief gegund"),
        (ContractGestart, "Een raamovereenkomst is ingegaan"),
        (ContractBeeindigd, "Een raamovereenkomst is afgelopen of beëindigd"),
        (ImportAfgerond, "Een import van zorgdata is klaar (gelukt, geweigerd of afgebroken)"),
    ];

    public static bool IsBekend(string soort) => Alle.Any(s => s.Soort == soort);

    public static string Omschrijving(string soort) => Alle.FirstOrDefault(s => s.Soort == soort).Omschrijving ?? soort;
}
