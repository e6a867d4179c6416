using Zorginkoop.Aanbestedingen;
using Zorginkoop.Documenten;

namespace Zorginkoop.Web.Api;

/// <summary>A procedure in a list.</summary>
public sealed record AanbestedingSamenvatting(
    int Id,
    string Naam,
    string Regio,
    Procedurevorm Procedurevorm,
    AanbestedingStatus Status,
    string StatusTekst,
    string? TenderNedKenmerk,
    DateOnly? Publicatiedatum,
    DateTimeOffset? Sluitingsmoment,
    DateOnly? ContractStart,
    int? InkooptrajectId)
{
    public static AanbestedingSamenvatting Van(Aanbesteding a) => new(a.Id, a.Naam, a.Regio?.Code ?? "", a.Vorm, a.Status, a.Status.Naam(),
        a.TenderNedKenmerk, a.Publicatiedatum, a.Sluitingsmoment?.ToUniversalTime(), a.ContractStart, a.InkooptrajectId);
}

public sealed record AanbestedingenLijst(IReadOnlyList<AanbestedingSamenvatting> Aanbestedingen, int Totaal, int Pagina, int PaginaGrootte) : IPagina;

public sealed record InstellingenModel(bool TussentijdsToetreden, bool Rangschikking, int? MaxGunningenPerPerceel, int StandstillDagen);

public sealed record PerceelModel(int Nummer, string Naam, string? Segment, string? Productcode);

public sealed record DocumentModel(int Id, string Titel, string Bestandsnaam, string ContentType, long Grootte, string Sha256, DateTimeOffset Moment, string Url)
{
    public static DocumentModel Van(Document d) => new(d.Id, d.Titel, d.Bestandsnaam, d.ContentType, d.Grootte, d.Sha256, d.Moment.ToUniversalTime(),
        $"/documenten/{d.Id}/{Uri.EscapeDataString(d.Bestandsnaam)}");
}

public sealed record RectificatieModel(int Nummer, DateTimeOffset Moment, string Reden, IReadOnlyList<Wijziging> Wijzigingen);

/// <param name="Wie">Who took the step; only for employees.</param>
public sealed record StapModel(Gebeurtenis Gebeurtenis, AanbestedingStatus Van, AanbestedingStatus Naar, DateTimeOffset Moment, string? Reden, string? Wie);

/// <summary>A procedure with everything the public page shows.</summary>
public sealed record AanbestedingDetail(
    int Id,
    string Naam,
    string Regio,
    Procedurevorm Procedurevorm,
    AanbestedingStatus Status,
    string StatusTekst,
    string? Omschrijving,
    string? TenderNedKenmerk,
    int? InkooptrajectId,
    int? HeropeningVanId,
    IReadOnlyList<int> Heropeningen,
    InstellingenModel Instellingen,
    DateOnly? Publicatiedatum,
    DateTimeOffset? VragenDeadline,
    DateTimeOffset? Sluitingsmoment,
    DateOnly? GeplandeGunning,
    DateOnly? ContractStart,
    DateOnly? ContractEinde,
    string? Verlengingsopties,
    DateTimeOffset? StandstillEinde,
    IReadOnlyList<PerceelModel> Percelen,
    IReadOnlyList<DocumentModel> Documenten,
    IReadOnlyList<RectificatieModel> Rectificaties,
    IReadOnlyList<StapModel> Verloop,
    IReadOnlyList<string> Deelnemers);

/// <summary>The conditions of a procedure, to create one (with <c>regio</c>) or change one (with <c>reden</c> once published).</summary>
public sealed record AanbestedingInvoerModel(
    string? Regio,
    string Naam,
    Procedurevorm Procedurevorm,
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
    int? StandstillDagen = null,
    string? Reden = null)
{
    public Voorwaarden NaarVoorwaarden() => new(Naam ?? "", Procedurevorm, Omschrijving, TenderNedKenmerk, InkooptrajectId, Publicatiedatum,
        VragenDeadline, Sluitingsmoment, GeplandeGunning, ContractStart, ContractEinde, Verlengingsopties, MaxGunningenPerPerceel, StandstillDagen);
}

/// <summary>A lot: the code of a segment of the region, or a product code.</summary>
public sealed record PerceelInvoerModel(string? Segment, string? Productcode, string? Naam);

/// <summary>The reason of a step (required for suspending and withdrawing; published).</summary>
public sealed record StapInvoerModel(string? Reden);

public sealed record UitstelDeadlineModel(DateTimeOffset NieuwSluitingsmoment, string Reden);

public sealed record UitstelContractstartModel(DateOnly NieuweContractStart, string Reden);

public sealed record HeropenenModel(IReadOnlyList<string> Productcodes, string? Naam, string Reden);
