namespace Zorginkoop;

/// <summary>
/// Why a use case refused: a stable <see cref="Code"/> that scripts and tests may rely on (as open-zaak's validators
/// give every rule a code), the <see cref="Veld"/> of the input it is about ("" when it concerns the whole request) and
/// the Dutch <see cref="Tekst"/> a user reads. Callers decide by the code, never by the text: a page shows the text
/// next to the field, the API returns both in problem+json, the CLI prints the text.
/// </summary>
public sealed record Weigering(string Code, string Veld, string Tekst)
{
    /// <summary>A refusal of the request as a whole, not of one field.</summary>
    public static Weigering Geheel(string code, string tekst) => new(code, "", tekst);
}

/// <summary>The outcome of a use case: its result, or the refusals (then nothing was changed).</summary>
public sealed record Resultaat<T>(T? Waarde, IReadOnlyList<Weigering> Weigeringen)
{
    public bool Gelukt => Weigeringen.Count == 0;

    /// <summary>The first refusal, for callers that show one; null when it succeeded.</summary>
    public Weigering? Weigering => Weigeringen.Count > 0 ? Weigeringen[0] : null;
}

public static class Resultaat
{
    public static Resultaat<T> Goed<T>(T waarde) => new(waarde, []);

    public static Resultaat<T> Geweigerd<T>(IReadOnlyList<Weigering> weigeringen) =>
        weigeringen.Count == 0 ? throw new ArgumentException("Een weigering zonder reden.", nameof(weigeringen)) : new(default, weigeringen);

    public static Resultaat<T> Geweigerd<T>(Weigering weigering) => new(default, [weigering]);
}
