namespace Zorginkoop.Web.Infrastructure;

/// <summary>
/// What the Dutch error page (/fout/{code}, re-executed by the status code pages) says for this request instead of its
/// general text for the code, and where its link leads: set on the request by the code that chose the status.
/// </summary>
public sealed record ErrorExplanation(string Titel, string Uitleg, (string Tekst, string Adres)? Terug = null);
