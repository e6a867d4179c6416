using Zorginkoop.Accounts;
using Zorginkoop.Data;
using Zorginkoop.Formatting;

namespace Zorginkoop.Werk;

/// <summary>An employee as the work list sees her: who (the name the records carry, as "AangevraagdDoor") and her roles per region.</summary>
public sealed record Medewerker(string GebruikerId, string Naam, IReadOnlyList<(int RegioId, string Rol)> Leden)
{
    /// <summary>The regions where she holds one of <paramref name="rollen"/>.</summary>
    public int[] Regios(params string[] rollen) => [.. Leden.Where(l => rollen.Contains(l.Rol)).Select(l => l.RegioId).Distinct().Order()];
}

/// <summary>
/// The work list (issue 16): what needs this person now, in her regions, per role. Everything is derived from the
/// records at <c>nu</c>, so an item is gone as soon as its record no longer calls for it: a question answered, a vault
/// opened, an application decided. The page, the count in the header and the inbox all ask here.
/// </summary>
public static class Werkbak
{
    /// <summary>Due within this many days: <see cref="Urgentie.Dringend"/>.</summary>
    public const int DringendDagen = 3;

    /// <summary>Deadlines this many days ahead come onto the list (issue 16: "deadlines within 14 days").</summary>
    public const int VooruitDagen = 14;

    public static async Task<IReadOnlyList<Werkitem>> VoorAsync(ZorginkoopDbContext db, Medewerker wie, DateTimeOffset nu, CancellationToken ct = default)
    {
        var items = new List<Werkitem>();
        if (wie.Regios(Rollen.Inkoper) is { Length: > 0 } inkoop)
        {
            items.AddRange(await InkoopWerk.VoorAsync(db, inkoop, wie.Naam, nu, ct));
        }

        if (wie.Regios(Rollen.Beoordelaar) is { Length: > 0 } beoordeling)
        {
            items.AddRange(await BeoordelingWerk.VoorAsync(db, beoordeling, wie.Naam, ct));
        }

        if (wie.Regios(Rollen.Contractmanager) is { Length: > 0 } contracten)
        {
            items.AddRange(await ContractWerk.VoorAsync(db, contracten, nu, ct));
        }

        if (wie.Regios(Rollen.Analist) is { Length: > 0 } analyse)
        {
            items.AddRange(await AnalyseWerk.VoorAsync(db, analyse, wie.Naam, nu, ct));
        }

        return Sorteer(items);
    }

    /// <summary>By group, then the earliest moment first (a deadline, or the longest wait); an item of two roles once.</summary>
    public static IReadOnlyList<Werkitem> Sorteer(IEnumerable<Werkitem> items) =>
        [.. items.DistinctBy(i => i.Sleutel).OrderBy(i => i.Urgentie).ThenBy(i => i.Moment ?? DateTimeOffset.MaxValue).ThenBy(i => i.Titel, StringComparer.Ordinal)];

    /// <summary>The number the header shows: what asks for action (information does not).</summary>
    public static int Taken(IEnumerable<Werkitem> items) => items.Count(i => i.Urgentie != Urgentie.Informatie);

    /// <summary>The group of something due at <paramref name="moment"/>.</summary>
    public static Urgentie Termijn(DateTimeOffset moment, DateTimeOffset nu) =>
        moment <= nu ? Urgentie.Verlopen : moment <= nu.AddDays(DringendDagen) ? Urgentie.Dringend : Urgentie.Binnenkort;

    /// <summary>"1 vraag", "3 vragen": Dutch counts with their noun.</summary>
    internal static string Aantal(int n, string enkelvoud, string meervoud) => NlFormat.Aantal(n, enkelvoud, meervoud);

    /// <summary>"sinds 12 dagen", "sinds vandaag": how long something has waited, in whole days of Dutch time.</summary>
    internal static string Wacht(DateTimeOffset sinds, DateTimeOffset nu)
    {
        var dagen = NlFormat.DatumInAmsterdam(nu).DayNumber - NlFormat.DatumInAmsterdam(sinds).DayNumber;
        return dagen <= 0 ? "sinds vandaag" : dagen == 1 ? "sinds gisteren" : $"sinds {NlFormat.Aantal(dagen)} dagen";
    }
}
