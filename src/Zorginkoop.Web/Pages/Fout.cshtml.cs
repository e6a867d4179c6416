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

    public void OnGet(int? code) => Zet(code);

    public void OnPost(int? code) => Zet(code);

    private void Zet(int? code)
    {
        (Titel, Uitleg) = code switch
        {
            404 => ("Pagina niet gevonden", "De pagina die u zoekt bestaat niet (meer). Controleer het adres of ga naar de startpagina."),
            403 => ("Geen toegang", "U heeft geen toegang tot deze pagina."),
            400 => ("Ongeldig verzoek", "Het verzoek kon niet worden verwerkt. Vernieuw de pagina en probeer het opnieuw."),
            413 => ("Bestand te groot", "Het bestand is groter dan is toegestaan."),
            _ => (Titel, Uitleg),
        };
        if (code is >= 400 and < 600)
        {
            Response.StatusCode = code.Value;
        }
    }
}
