namespace Zorginkoop.Web.Infrastructure;

/// <summary>One page of a list, with what the pager needs to link to the others.</summary>
public sealed record Paging(int Pagina, int PaginaGrootte, int Totaal, Func<int, string> Url)
{
    public const int StandaardGrootte = 25;

    public int AantalPaginas => Math.Max(1, (Totaal + PaginaGrootte - 1) / PaginaGrootte);

    public int Overslaan => (Math.Clamp(Pagina, 1, AantalPaginas) - 1) * PaginaGrootte;

    public static int Normaliseer(int? pagina) => pagina is > 0 ? pagina.Value : 1;

    /// <summary>The query string of a list's filters and page, leaving out empty values: <c>?regio=lekstroom&amp;pagina=2</c>.</summary>
    public static string Link(params (string Naam, string? Waarde)[] parameters) =>
        QueryString.Create(parameters.Where(p => !string.IsNullOrEmpty(p.Waarde)).Select(p => new KeyValuePair<string, string?>(p.Naam, p.Waarde))).ToString();
}
