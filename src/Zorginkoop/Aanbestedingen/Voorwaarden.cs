using Zorginkoop.Formatting;

namespace Zorginkoop.Aanbestedingen;

/// <summary>
/// The conditions of a procedure that an officer sets on its form or through the API: everything but its state,
/// lots and documents. After publication a change to these is a numbered rectification.
/// </summary>
public sealed record Voorwaarden(
    string Naam,
    Procedurevorm Vorm,
    string? Omschrijving = null,
    string? TenderNedKenmerk = null,
    int? InkooptrajectId = null,
    DateOnly? Publicatiedatum = null,
    DateTimeOffset? VragenDeadline = null,
    DateTimeOffset? Sluitingsmoment = null,
    DateOnly? GeplandeGunning = null,
    DateOnly? ContractStart = null,
    DateOnly? ContractEinde = null,
    string? Verlengingsopties = null,
    int? MaxGunningenPerPerceel = null,
    int? StandstillDagen = null)
{
    public static Voorwaarden Van(Aanbesteding a) => new(
        a.Naam, a.Vorm, a.Omschrijving, a.TenderNedKenmerk, a.InkooptrajectId, a.Publicatiedatum, a.VragenDeadline,
        a.Sluitingsmoment, a.GeplandeGunning, a.ContractStart, a.ContractEinde, a.Verlengingsopties,
        a.MaxGunningenPerPerceel, a.StandstillDagen);

    /// <summary>Trimmed text, empty text as null, the TenderNed reference in capitals, the kind's settings where none given.</summary>
    public Voorwaarden Genormaliseerd()
    {
        var bundel = ProcedureInstellingen.Voor(Vorm);
        return this with
        {
            Naam = Naam.Trim(),
            Omschrijving = Leeg(Omschrijving),
            TenderNedKenmerk = Leeg(TenderNedKenmerk)?.ToUpperInvariant().Replace(" ", "", StringComparison.Ordinal),
            Verlengingsopties = Leeg(Verlengingsopties),
            MaxGunningenPerPerceel = Vorm == Procedurevorm.DialoogEenGegadigde ? 1 : MaxGunningenPerPerceel,
            StandstillDagen = StandstillDagen ?? bundel.StandstillDagen,
        };
    }

    /// <summary>What differs from <paramref name="nieuw"/>, field by field, in the words and formats of the public page.</summary>
    public IReadOnlyList<Wijziging> Verschillen(Voorwaarden nieuw)
    {
        var lijst = new List<Wijziging>();
        void Vergelijk<T>(string veld, T oud, T nieuwe, Func<T, string> tekst)
        {
            if (!EqualityComparer<T>.Default.Equals(oud, nieuwe))
            {
                lijst.Add(new Wijziging(veld, tekst(oud), tekst(nieuwe)));
            }
        }

        static string Of(string? s) => string.IsNullOrEmpty(s) ? "(leeg)" : s;
        static string Datum(DateOnly? d) => NlFormat.Datum(d, "(leeg)");
        static string Moment(DateTimeOffset? m) => m is { } x ? NlFormat.DatumTijd(x) : "(leeg)";
        static string Getal(int? n) => n?.ToString(NlFormat.Cultuur) ?? "geen maximum";

        Vergelijk("Naam", Naam, nieuw.Naam, Of);
        Vergelijk("Procedurevorm", Vorm, nieuw.Vorm, v => v.Naam());
        Vergelijk("Omschrijving", Omschrijving, nieuw.Omschrijving, Of);
        Vergelijk("TenderNed-kenmerk", TenderNedKenmerk, nieuw.TenderNedKenmerk, Of);
        Vergelijk("Inkooptraject", InkooptrajectId, nieuw.InkooptrajectId, t => t is null ? "(geen)" : $"nr. {t}");
        Vergelijk("Publicatiedatum", Publicatiedatum, nieuw.Publicatiedatum, Datum);
        Vergelijk("Uiterste datum voor vragen", VragenDeadline, nieuw.VragenDeadline, Moment);
        Vergelijk("Uiterste inschrijfdatum", Sluitingsmoment, nieuw.Sluitingsmoment, Moment);
        Vergelijk("Geplande gunning", GeplandeGunning, nieuw.GeplandeGunning, Datum);
        Vergelijk("Ingangsdatum contract", ContractStart, nieuw.ContractStart, Datum);
        Vergelijk("Einddatum contract", ContractEinde, nieuw.ContractEinde, Datum);
        Vergelijk("Verlengingsopties", Verlengingsopties, nieuw.Verlengingsopties, Of);
        Vergelijk("Maximum aantal gunningen per perceel", MaxGunningenPerPerceel, nieuw.MaxGunningenPerPerceel, Getal);
        Vergelijk("Opschortingstermijn (dagen)", StandstillDagen, nieuw.StandstillDagen, n => Getal(n));
        return lijst;
    }

    internal void PasToeOp(Aanbesteding a)
    {
        a.Naam = Naam;
        a.Vorm = Vorm;
        a.Omschrijving = Omschrijving;
        a.TenderNedKenmerk = TenderNedKenmerk;
        a.InkooptrajectId = InkooptrajectId;
        a.Publicatiedatum = Publicatiedatum;
        a.VragenDeadline = VragenDeadline;
        a.Sluitingsmoment = Sluitingsmoment;
        a.GeplandeGunning = GeplandeGunning;
        a.ContractStart = ContractStart;
        a.ContractEinde = ContractEinde;
        a.Verlengingsopties = Verlengingsopties;
        a.MaxGunningenPerPerceel = MaxGunningenPerPerceel;
        a.StandstillDagen = StandstillDagen ?? ProcedureInstellingen.Voor(Vorm).StandstillDagen;
    }

    private static string? Leeg(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
