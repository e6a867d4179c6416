using System.Text.RegularExpressions;
using Zorginkoop.Formatting;

namespace Zorginkoop.Aanbestedingen;

/// <summary>The rules for a procedure's conditions; messages are Dutch and name the field (a property of <see cref="Voorwaarden"/>).</summary>
public static partial class AanbestedingRegels
{
    public const int MaxStandstillDagen = 365;

    public static string? TenderNedFout(string? kenmerk) =>
        kenmerk is null || TenderNedPatroon().IsMatch(kenmerk) ? null
        : "Een TenderNed-kenmerk is 'TN' gevolgd door cijfers, zoals TN469379.";

    /// <summary>Validates normalised conditions (<see cref="Voorwaarden.Genormaliseerd"/>).</summary>
    public static IReadOnlyList<Weigering> Valideer(Voorwaarden v)
    {
        var m = new List<Weigering>();
        void Check(string code, string veld, string? fout)
        {
            if (fout is not null)
            {
                m.Add(new Weigering(code, veld, fout));
            }
        }

        var bundel = ProcedureInstellingen.Voor(v.Vorm);
        Check("aanbesteding.naam-ontbreekt", nameof(v.Naam), string.IsNullOrWhiteSpace(v.Naam) ? "Vul de naam van de aanbesteding in." : null);
        Check("aanbesteding.naam-te-lang", nameof(v.Naam), v.Naam?.Length > 300 ? "De naam is te lang: ten hoogste 300 tekens." : null);
        Check("aanbesteding.omschrijving-te-lang", nameof(v.Omschrijving), v.Omschrijving?.Length > 20000 ? "De omschrijving is te lang: ten hoogste 20.000 tekens." : null);
        Check("aanbesteding.tenderned-kenmerk-ongeldig", nameof(v.TenderNedKenmerk), TenderNedFout(v.TenderNedKenmerk));
        Check("aanbesteding.verlengingsopties-te-lang", nameof(v.Verlengingsopties), v.Verlengingsopties?.Length > 200 ? "Ten hoogste 200 tekens, zoals '2 × 1 jaar'." : null);
        if (v.VragenDeadline is { } vragen && v.Sluitingsmoment is { } sluiting && vragen >= sluiting)
        {
            Check("aanbesteding.vragen-na-sluiting", nameof(v.VragenDeadline), $"De uiterste datum voor vragen moet vóór de uiterste inschrijfdatum ({NlFormat.DatumTijd(sluiting)}) liggen.");
        }

        if (v.Publicatiedatum is { } publicatie && v.Sluitingsmoment is { } deadline && DatumIn(deadline) <= publicatie)
        {
            Check("aanbesteding.sluiting-voor-publicatie", nameof(v.Sluitingsmoment), "De uiterste inschrijfdatum moet na de publicatiedatum liggen.");
        }

        if (v.GeplandeGunning is { } gunning && v.Sluitingsmoment is { } s2 && gunning < DatumIn(s2))
        {
            Check("aanbesteding.gunning-voor-sluiting", nameof(v.GeplandeGunning), "De geplande gunning ligt vóór de uiterste inschrijfdatum.");
        }

        if (v.ContractStart is { } start && v.ContractEinde is { } einde && einde < start)
        {
            Check("aanbesteding.contract-einde-voor-start", nameof(v.ContractEinde), "De einddatum van het contract ligt vóór de ingangsdatum.");
        }

        Check("aanbesteding.maximum-gunningen", nameof(v.MaxGunningenPerPerceel), v.Vorm switch
        {
            Procedurevorm.OpenHouse when v.MaxGunningenPerPerceel is not null =>
                "Open House kent geen maximum: iedereen die aan de eisen voldoet, wordt toegelaten.",
            _ when v.MaxGunningenPerPerceel is < 1 => "Het maximum aantal gunningen per perceel is ten minste 1 (of leeg: geen maximum).",
            _ => null,
        });
        Check("aanbesteding.opschortingstermijn", nameof(v.StandstillDagen), v.StandstillDagen switch
        {
            { } d when !bundel.Rangschikking && d != 0 => "Open House kent geen opschortingstermijn: er wordt niet gerangschikt of gegund.",
            { } d when bundel.Rangschikking && d < bundel.StandstillDagen =>
                $"De opschortingstermijn is ten minste {bundel.StandstillDagen} kalenderdagen (Aanbestedingswet 2.127).",
            > MaxStandstillDagen => $"Een opschortingstermijn van meer dan {MaxStandstillDagen} dagen is niet aannemelijk.",
            _ => null,
        });
        return m;
    }

    private static DateOnly DatumIn(DateTimeOffset moment) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, NlFormat.Amsterdam).DateTime);

    [GeneratedRegex("^TN[0-9]{1,12}$")]
    private static partial Regex TenderNedPatroon();
}
