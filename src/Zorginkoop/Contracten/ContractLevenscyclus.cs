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

/// <summary>
/// The lifecycle of a framework agreement: its status follows from the dates and the decisions taken; one method
/// applies a decision or refuses it in Dutch. Pages, API, CLI and the alarm job all call it.
/// </summary>
public static class ContractLevenscyclus
{
    public static ContractStatus Status(Raamovereenkomst c, DateOnly vandaag) =>
        vandaag > LaatsteDag(c) ? ContractStatus.Beeindigd
        : vandaag < c.Start ? ContractStatus.Gepland
        : c.VerlengingenGebruikt > 0 ? ContractStatus.Verlengd
        : ContractStatus.Actief;

    /// <summary>The day the contract ends: early termination, or the end with the extensions used.</summary>
    public static DateOnly LaatsteDag(Raamovereenkomst c) => c.BeeindigdPer is { } b && b < c.Einde ? b : c.Einde;

    /// <summary>True while an extension can still be decided on (options left, no decision, not ended).</summary>
    public static bool VerlengingOpen(Raamovereenkomst c) =>
        c.VerlengingenGebruikt < c.VerlengingenMogelijk && !c.NietVerlengen && c.BeeindigdPer is null;

    public static string Naam(this ContractStatus s) => s switch
    {
        ContractStatus.Gepland => "gepland",
        ContractStatus.Actief => "actief",
        ContractStatus.Verlengd => "verlengd",
        ContractStatus.Beeindigd => "beëindigd",
        _ => s.ToString(),
    };

    /// <summary>Applies a decision to <paramref name="c"/> on <paramref name="vandaag"/> (Dutch date); null, or the refusal in Dutch.</summary>
    public static string? Pas(Raamovereenkomst c, ContractVerzoek v, DateOnly vandaag)
    {
        if (Status(c, vandaag) == ContractStatus.Beeindigd)
        {
            return $"Dit contract is beëindigd op {NlFormat.Datum(LaatsteDag(c))}; er kan niets meer worden besloten.";
        }

        if (c.BeeindigdPer is { } per)
        {
            return $"Dit contract eindigt al voortijdig per {NlFormat.Datum(per)}.";
        }

        switch (v.Gebeurtenis)
        {
            case ContractGebeurtenis.Verlengen:
                if (c.VerlengingenGebruikt >= c.VerlengingenMogelijk)
                {
                    return c.VerlengingenMogelijk == 0
                        ? "Dit contract kent geen verlengingsopties."
                        : $"Alle {c.VerlengingenMogelijk} verlengingsopties zijn al gebruikt.";
                }

                if (c.NietVerlengen)
                {
                    return "Er is al besloten dit contract niet te verlengen.";
                }

                c.VerlengingenGebruikt++;
                c.Einde = c.Einde.AddMonths(c.VerlengingMaanden);
                break;
            case ContractGebeurtenis.NietVerlengen:
                if (!VerlengingOpen(c))
                {
                    return "Er is geen verlengingsoptie meer om over te besluiten.";
                }

                if (string.IsNullOrWhiteSpace(v.Reden))
                {
                    return "Niet verlengen kan alleen met een reden.";
                }

                c.NietVerlengen = true;
                break;
            case ContractGebeurtenis.Beeindigen:
                if (string.IsNullOrWhiteSpace(v.Reden))
                {
                    return "Voortijdig beëindigen kan alleen met een reden.";
                }

                if (v.Per is not { } einde || einde < vandaag)
                {
                    return "Kies de laatste dag van het contract: vandaag of later.";
                }

                if (einde >= c.Einde)
                {
                    return $"Het contract loopt al tot {NlFormat.Datum(c.Einde)}; voortijdig beëindigen is vóór die datum.";
                }

                c.BeeindigdPer = einde < c.Start ? c.Start.AddDays(-1) : einde;
                c.BeeindigingsReden = v.Reden!.Trim();
                break;
            default:
                return "Onbekend besluit.";
        }

        c.Versie++;
        return null;
    }

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
