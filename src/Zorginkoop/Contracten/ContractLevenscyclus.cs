using Zorginkoop.Formatting;

namespace Zorginkoop.Contracten;

public enum ContractGebeurtenis
{
    Verlengen = 1,
    NietVerlengen = 2,
    Beeindigen = 3,
}

/// <summary>A decision on a contract: extend by one option, not extend, or end early per a date (the last day) with a reason.</summary>
public sealed record ContractVerzoek(ContractGebeurtenis Gebeurtenis, string? Reden = null, DateOnly? Per = null);

/// <summary>What decides a contract's lifecycle: its dates and the decisions taken so far; a decision yields a new one.</summary>
public sealed record ContractStand(
    DateOnly Start, DateOnly Einde, int VerlengingenMogelijk, int VerlengingMaanden, int VerlengingenGebruikt,
    bool NietVerlengen = false, DateOnly? BeeindigdPer = null, string? BeeindigingsReden = null)
{
    public static ContractStand Van(Raamovereenkomst c) => new(
        c.Start, c.Einde, c.VerlengingenMogelijk, c.VerlengingMaanden, c.VerlengingenGebruikt, c.NietVerlengen, c.BeeindigdPer, c.BeeindigingsReden);

    /// <summary>The day the contract ends: early termination, or the end with the extensions used.</summary>
    public DateOnly LaatsteDag => BeeindigdPer is { } b && b < Einde ? b : Einde;

    /// <summary>True while an extension can still be decided on (options left, no decision, not ended).</summary>
    public bool VerlengingOpen => VerlengingenGebruikt < VerlengingenMogelijk && !NietVerlengen && BeeindigdPer is null;

    internal void PasToeOp(Raamovereenkomst c) =>
        (c.Einde, c.VerlengingenGebruikt, c.NietVerlengen, c.BeeindigdPer, c.BeeindigingsReden) = (Einde, VerlengingenGebruikt, NietVerlengen, BeeindigdPer, BeeindigingsReden);
}

/// <summary>The outcome of a decision: the new state, or the refusal.</summary>
public sealed record ContractUitkomst(ContractStand? Stand, Weigering? Weigering)
{
    public bool Toegestaan => Weigering is null;
}

/// <summary>
/// The lifecycle of a framework agreement: its status follows from the dates and the decisions taken; one table says
/// which decision each status allows, one method applies a decision to a state or refuses it. Pages ask
/// <see cref="Mag"/>; the use case (<see cref="Raamovereenkomsten.BesluitAsync"/>) applies the outcome.
/// </summary>
public static class ContractLevenscyclus
{
    private static readonly ContractStatus[] Lopend = [ContractStatus.Gepland, ContractStatus.Actief, ContractStatus.Verlengd];

    /// <summary>The transition table: in which statuses a decision can be taken (an ended contract takes none).</summary>
    private static readonly Dictionary<ContractGebeurtenis, ContractStatus[]> Overgangen = new()
    {
        [ContractGebeurtenis.Verlengen] = Lopend,
        [ContractGebeurtenis.NietVerlengen] = Lopend,
        [ContractGebeurtenis.Beeindigen] = Lopend,
    };

    public static ContractStatus Status(ContractStand c, DateOnly vandaag) =>
        vandaag > c.LaatsteDag ? ContractStatus.Beeindigd
        : vandaag < c.Start ? ContractStatus.Gepland
        : c.VerlengingenGebruikt > 0 ? ContractStatus.Verlengd
        : ContractStatus.Actief;

    public static ContractStatus Status(Raamovereenkomst c, DateOnly vandaag) => Status(ContractStand.Van(c), vandaag);

    /// <summary>The day the contract ends: early termination, or the end with the extensions used.</summary>
    public static DateOnly LaatsteDag(Raamovereenkomst c) => ContractStand.Van(c).LaatsteDag;

    /// <summary>True while an extension can still be decided on (options left, no decision, not ended).</summary>
    public static bool VerlengingOpen(Raamovereenkomst c) => ContractStand.Van(c).VerlengingOpen;

    /// <summary>May this decision be taken on <paramref name="vandaag"/>, before any input (a reason, a date) is known?</summary>
    public static bool Mag(Raamovereenkomst c, ContractGebeurtenis g, DateOnly vandaag) =>
        Overgangen[g].Contains(Status(c, vandaag)) && c.BeeindigdPer is null
        && (g is ContractGebeurtenis.Beeindigen || VerlengingOpen(c));

    public static string Naam(this ContractStatus s) => s switch
    {
        ContractStatus.Gepland => "gepland",
        ContractStatus.Actief => "actief",
        ContractStatus.Verlengd => "verlengd",
        ContractStatus.Beeindigd => "beëindigd",
        _ => s.ToString(),
    };

    /// <summary>Applies a decision to a contract's state on <paramref name="vandaag"/> (Dutch date): the new state, or the refusal.</summary>
    public static ContractUitkomst Pas(ContractStand c, ContractVerzoek v, DateOnly vandaag)
    {
        if (!Overgangen.TryGetValue(v.Gebeurtenis, out var toegestaan))
        {
            return Weiger("contract.besluit-onbekend", "", "Onbekend besluit.");
        }

        if (!toegestaan.Contains(Status(c, vandaag)))
        {
            return Weiger("contract.beeindigd", "", $"Dit contract is beëindigd op {NlFormat.Datum(c.LaatsteDag)}; er kan niets meer worden besloten.");
        }

        if (c.BeeindigdPer is { } per)
        {
            return Weiger("contract.eindigt-voortijdig", "", $"Dit contract eindigt al voortijdig per {NlFormat.Datum(per)}.");
        }

        switch (v.Gebeurtenis)
        {
            case ContractGebeurtenis.Verlengen:
                if (c.VerlengingenGebruikt >= c.VerlengingenMogelijk)
                {
                    return Weiger("contract.geen-verlengingsoptie", "", c.VerlengingenMogelijk == 0
                        ? "Dit contract kent geen verlengingsopties."
                        : $"Alle {c.VerlengingenMogelijk} verlengingsopties zijn al gebruikt.");
                }

                if (c.NietVerlengen)
                {
                    return Weiger("contract.niet-verlengen-besloten", "", "Er is al besloten dit contract niet te verlengen.");
                }

                return new(c with { VerlengingenGebruikt = c.VerlengingenGebruikt + 1, Einde = c.Einde.AddMonths(c.VerlengingMaanden) }, null);
            case ContractGebeurtenis.NietVerlengen:
                if (!c.VerlengingOpen)
                {
                    return Weiger("contract.geen-verlengingsoptie", "", "Er is geen verlengingsoptie meer om over te besluiten.");
                }

                if (string.IsNullOrWhiteSpace(v.Reden))
                {
                    return Weiger("contract.reden-ontbreekt", nameof(ContractVerzoek.Reden), "Niet verlengen kan alleen met een reden.");
                }

                return new(c with { NietVerlengen = true }, null);
            default:
                if (string.IsNullOrWhiteSpace(v.Reden))
                {
                    return Weiger("contract.reden-ontbreekt", nameof(ContractVerzoek.Reden), "Voortijdig beëindigen kan alleen met een reden.");
                }

                if (v.Per is not { } einde || einde < vandaag)
                {
                    return Weiger("contract.einddatum-voorbij", nameof(ContractVerzoek.Per), "Kies de laatste dag van het contract: vandaag of later.");
                }

                if (einde >= c.Einde)
                {
                    return Weiger("contract.einddatum-na-einde", nameof(ContractVerzoek.Per),
                        $"Het contract loopt al tot {NlFormat.Datum(c.Einde)}; voortijdig beëindigen is vóór die datum.");
                }

                return new(c with { BeeindigdPer = einde < c.Start ? c.Start.AddDays(-1) : einde, BeeindigingsReden = v.Reden.Trim() }, null);
        }
    }

    private static ContractUitkomst Weiger(string code, string veld, string tekst) => new(null, new Weigering(code, veld, tekst));

    /// <summary>Reads extension options as procedures state them: "2 × 1 jaar", "2x1 jaar", "1 × 6 maanden"; (0, 0) when none.</summary>
    public static (int Aantal, int Maanden) LeesVerlengingsopties(string? tekst)
    {
        var m = System.Text.RegularExpressions.Regex.Match(tekst ?? "", @"^\s*(\d+)\s*[×x]\s*(\d+)\s*(jaar|jaren|maand|maanden)\s*$",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
        if (!m.Success)
        {
            return (0, 0);
        }

        var duur = int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
        return (int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
            m.Groups[3].Value.StartsWith("ja", StringComparison.OrdinalIgnoreCase) ? duur * 12 : duur);
    }
}
