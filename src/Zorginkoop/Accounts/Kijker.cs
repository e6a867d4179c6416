namespace Zorginkoop.Accounts;

/// <summary>
/// Who looks at a list or a record, for the visibility rules (AanbestedingZichtbaarheid, InkooptrajectZichtbaarheid):
/// the public, an employee with the regions they are a member of (what is not public shows only within those), or
/// the system itself (the CLI on the server, the background jobs), which sees everything (decision record 0009).
/// </summary>
public sealed class Kijker
{
    private Kijker(bool alles, int[] regioIds)
    {
        Alles = alles;
        RegioIds = regioIds;
    }

    public static Kijker Publiek { get; } = new(false, []);

    public static Kijker Systeem { get; } = new(true, []);

    /// <summary>An employee who is a member of <paramref name="regioIds"/>; with none, the public's view.</summary>
    public static Kijker Medewerker(IEnumerable<int> regioIds) => new(false, [.. regioIds.Distinct().Order()]);

    public bool Alles { get; }

    /// <summary>The regions whose non-public part this viewer sees (an array: EF Core turns its Contains into SQL's IN).</summary>
    public int[] RegioIds { get; }

    public bool IsMedewerker => Alles || RegioIds.Length > 0;

    public bool Ziet(int regioId) => Alles || RegioIds.Contains(regioId);

    /// <summary>Whether this viewer sees the non-public part of a record of these regions (a joint procedure's owner and participants).</summary>
    public bool Ziet(IEnumerable<int> regioIds) => Alles || regioIds.Any(RegioIds.Contains);
}
