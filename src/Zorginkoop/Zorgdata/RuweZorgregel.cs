namespace Zorginkoop.Zorgdata;

/// <summary>
/// A care line as a reader found it, before lookups: the BSN is still here and must never leave the importer
/// (<see cref="ZorgdataImport"/> pseudonymises it and drops it).
/// </summary>
internal sealed record RuweZorgregel(
    int Regel,
    string? ToewijzingNummer,
    string Bsn,
    string Gemeente,
    string Agb,
    string ProductCode,
    DateOnly Begindatum,
    DateOnly Einddatum,
    long Volume,
    string Eenheid,
    long BedragCent,
    string? ReferentieNummer = null,
    string? VorigReferentieNummer = null);
