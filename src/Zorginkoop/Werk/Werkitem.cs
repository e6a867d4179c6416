namespace Zorginkoop.Werk;

/// <summary>How soon something needs its person: the groups of the work list, in this order.</summary>
public enum Urgentie
{
    /// <summary>Its moment has passed: a deadline gone by, a planned publication missed, a standstill ended.</summary>
    Verlopen = 0,

    /// <summary>Due within <see cref="Werkbak.DringendDagen"/> days.</summary>
    Dringend = 1,

    /// <summary>Due within <see cref="Werkbak.VooruitDagen"/> days.</summary>
    Binnenkort = 2,

    /// <summary>Waiting for this person, without a date of its own (a question, an application): the oldest first.</summary>
    Wacht = 3,

    /// <summary>Worth knowing, nothing to do yet (a contract ending within a year).</summary>
    Informatie = 4,
}

/// <summary>
/// One thing that needs a person now, derived from the state of the records (never stored): it disappears from the
/// list when the record no longer calls for it. <paramref name="Sleutel"/> names the occasion (a new occasion, a new
/// key), so the inbox gets one message per occasion; <paramref name="Moment"/> is its deadline or, for
/// <see cref="Urgentie.Wacht"/>, since when it waits.
/// </summary>
public sealed record Werkitem(
    string Sleutel, string Soort, int RegioId, string Titel, string Toelichting, string Link, DateTimeOffset? Moment, Urgentie Urgentie);
