using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Zorginkoop.Web.Pages;

/// <summary>Error and status pages in Dutch; they never show exception details.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public class FoutModel : PageModel
{
    public string Titel { get; private set; } = "Er ging iets mis";
    public string Uitleg { get; private set; } = "Er ging iets mis bij het verwerken van uw verzoek. Probeer het later opnieuw.";
    public (string Tekst, string Adres)? Terug { get; private set; }

    // The code comes from the route, not from model binding: after a refused upload the re-executed POST still carries
    // the oversized form, and binding would try to read it again.
    public void OnGet() => Zet(Code());

    public void OnPost() => Zet(Code());

    private int? Code() => int.TryParse(RouteData.Values["code"]?.ToString(), out var c) ? c : null;

    private void Zet(int? code)
    {
        // A form bigger than any upload may be is refused while it is read (antiforgery reads it first): that is a 400,
        // but what the user needs to hear is that the file was too large.
        if (code == 400 && Request.HasFormContentType && Request.ContentLength > Shared.DocumentenBeheer.MaxVerzoekBytes)
        {
            code = 413;
        }

        (Titel, Uitleg) = code switch
        {
            404 => ("Pagina niet gevonden", "De pagina die u zoekt bestaat niet (meer). Controleer het adres of ga naar de startpagina."),
            403 => ("Geen toegang", "U heeft geen toegang tot deze pagina."),
            400 => ("Ongeldig verzoek", "Het verzoek kon niet worden verwerkt. Vernieuw de pagina en probeer het opnieuw."),
            413 => ("Bestand te groot", "Het bestand is groter dan is toegestaan: een document ten hoogste 20 MB, alle bestanden van een inschrijving samen ten hoogste 100 MB. Ga terug en kies een kleiner bestand."),
            503 => ("Even niet beschikbaar", "Zorginkoop kan uw verzoek op dit moment niet verwerken; er is niets opgeslagen. Probeer het over een paar seconden opnieuw."),
            _ => (Titel, Uitleg),
        };
        if (HttpContext.Features.Get<Infrastructure.ErrorExplanation>() is { } eigen)
        {
            (Titel, Uitleg, Terug) = (eigen.Titel, eigen.Uitleg, eigen.Terug);
        }

        if (code is >= 400 and < 600)
        {
            Response.StatusCode = code.Value;
        }
    }
}
