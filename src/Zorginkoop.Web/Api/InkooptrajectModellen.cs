using Zorginkoop.Catalogus;
using Zorginkoop.Inkooptrajecten;

namespace Zorginkoop.Web.Api;

public sealed record InkooptrajectSamenvatting(int Id, string Naam, string Regio, IReadOnlyList<Domein> Domeinen, bool Openbaar)
{
    public static InkooptrajectSamenvatting Van(Inkooptraject t) => new(t.Id, t.Naam, t.Regio?.Code ?? "", t.Domeinen.ToList(), t.Openbaar);
}

public sealed record InkooptrajectenLijst(IReadOnlyList<InkooptrajectSamenvatting> Inkooptrajecten, int Totaal, int Pagina, int PaginaGrootte) : IPagina;

public sealed record FaseModel(int Nummer, FaseSoort Soort, string Naam, FaseStatus Status, DateOnly? Van, DateOnly? Tot, string? Samenvatting);

/// <param name="Tekst">Markdown as written.</param>
/// <param name="Html">The same text as sanitised HTML, as the public page shows it.</param>
public sealed record UpdateModel(int Id, DateOnly Datum, string Titel, string Tekst, string Html, DateTimeOffset Bijgewerkt);

public sealed record BijeenkomstModel(int Id, BijeenkomstSoort Soort, string Titel, DateTimeOffset Begin, DateTimeOffset? Einde, string? Segment, string? Locatie, string? Omschrijving);

/// <param name="Deelnemers">The codes of the regions taking part besides the owner (<c>regio</c>); empty for one region's.</param>
public sealed record InkooptrajectDetail(
    int Id,
    string Naam,
    string Regio,
    IReadOnlyList<Domein> Domeinen,
    bool Openbaar,
    string? Omschrijving,
    IReadOnlyList<FaseModel> Fasen,
    IReadOnlyList<UpdateModel> Updates,
    IReadOnlyList<BijeenkomstModel> Bijeenkomsten,
    IReadOnlyList<DocumentModel> Documenten,
    IReadOnlyList<AanbestedingSamenvatting> Aanbestedingen,
    IReadOnlyList<string> Deelnemers);

public sealed record InkooptrajectInvoerModel(string? Regio, string Naam, bool Jeugd, bool Wmo, string? Omschrijving, bool Openbaar);

public sealed record FaseInvoerModel(FaseStatus Status, DateOnly? Van, DateOnly? Tot, string? Samenvatting);

public sealed record UpdateInvoerModel(DateOnly Datum, string Titel, string Tekst);
