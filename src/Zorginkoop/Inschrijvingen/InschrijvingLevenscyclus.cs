namespace Zorginkoop.Inschrijvingen;

/// <summary>What a provider does with a bid.</summary>
public enum InschrijvingHandeling
{
    Bewaren = 1,
    Indienen = 2,
    Intrekken = 3,
    Herbevestigen = 4,
}

/// <summary>
/// The lifecycle of a bid as one table: in which statuses an action is allowed and the status it leads to. A submitted
/// bid is never changed by accident: it is withdrawn first (it becomes a draft again), then changed and submitted
/// anew. <see cref="Inschrijven"/> applies the actions (with the deadline, read at the request's arrival); pages ask
/// <see cref="Mag"/> which actions to offer.
/// </summary>
public static class InschrijvingLevenscyclus
{
    private static readonly Dictionary<InschrijvingHandeling, (InschrijvingStatus[] Van, InschrijvingStatus Naar)> Overgangen = new()
    {
        [InschrijvingHandeling.Bewaren] = ([InschrijvingStatus.Concept, InschrijvingStatus.Ingetrokken], InschrijvingStatus.Concept),
        [InschrijvingHandeling.Indienen] = ([InschrijvingStatus.Concept, InschrijvingStatus.Ingetrokken], InschrijvingStatus.Ingediend),
        [InschrijvingHandeling.Intrekken] = ([InschrijvingStatus.Ingediend], InschrijvingStatus.Ingetrokken),
        [InschrijvingHandeling.Herbevestigen] = ([InschrijvingStatus.Ingediend], InschrijvingStatus.Ingediend),
    };

    /// <summary>May a bid in status <paramref name="status"/> take <paramref name="handeling"/> (the deadline aside)?</summary>
    public static bool Mag(InschrijvingStatus status, InschrijvingHandeling handeling) => Overgangen[handeling].Van.Contains(status);

    /// <summary>The status a bid has after <paramref name="handeling"/>.</summary>
    public static InschrijvingStatus Na(InschrijvingHandeling handeling) => Overgangen[handeling].Naar;

    /// <summary>Does the bid count: is it the provider's standing offer (in the vault, assessed, with a valid receipt)?</summary>
    public static bool Telt(InschrijvingStatus status) => status == InschrijvingStatus.Ingediend;

    /// <summary>The status as the provider reads it on the bid page.</summary>
    public static string Naam(this InschrijvingStatus status) => status switch
    {
        InschrijvingStatus.Ingediend => "Ingediend",
        InschrijvingStatus.Ingetrokken => "Ingetrokken (niet ingediend)",
        _ => "Concept (niet ingediend)",
    };
}
