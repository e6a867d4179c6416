using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zorginkoop.Data;
using Zorginkoop.Demo;
using Zorginkoop.Inschrijvingen;
using Zorginkoop.Web.Tests.Infrastructure;

namespace Zorginkoop.Web.Tests.Inschrijvingen;

/// <summary>The practice procedures of the demo and the form fields of a complete bid, as the provider's browser posts them.</summary>
public static class InschrijvingHulp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<int> AanbestedingAsync(ZorginkoopApp app, string naam)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ZorginkoopDbContext>();
        return await db.Aanbestedingen.Where(a => a.Naam == naam).Select(a => a.Id).SingleAsync(Ct);
    }

    public static async Task<List<Inschrijvingseis>> EisenAsync(ZorginkoopApp app, int aanbesteding)
    {
        using var scope = app.Services.CreateScope();
        return await EisenBeheer.VanAsync(scope.ServiceProvider.GetRequiredService<ZorginkoopDbContext>(), aanbesteding, Ct);
    }

    /// <summary>Lot 1, "ja" to every declaration, <paramref name="antwoord"/> to every question, <paramref name="prijs"/> for lot 1.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Velden(IEnumerable<Inschrijvingseis> eisen, string antwoord, string prijs, Guid verzoek) =>
        Forms.Velden([
            ("Percelen", "1"),
            ("Prijzen[1]", prijs),
            ("Verzoek", verzoek.ToString()),
            .. eisen.Where(e => e.Soort == EisSoort.Verklaring).Select(e => ($"Verklaringen[{e.Id.ToString(CultureInfo.InvariantCulture)}]", "ja")),
            .. eisen.Where(e => e.Soort == EisSoort.Vraag).Select(e => ($"Antwoorden[{e.Id.ToString(CultureInfo.InvariantCulture)}]", antwoord)),
        ]);

    /// <summary>Uploads the certificate and submits through the form; returns the answer of the submit.</summary>
    public static async Task<HttpResponseMessage> IndienenAsync(HttpClient client, ZorginkoopApp app, int aanbesteding, string antwoord, Guid verzoek, string prijs = "65,25")
    {
        var pad = $"/aanbestedingen/{aanbesteding}/inschrijving";
        var eisen = await EisenAsync(app, aanbesteding);
        using (var upload = await Forms.PostBestandAsync(client, pad, "Bestand", "%PDF-1.4 certificaat"u8.ToArray(), "certificaat.pdf",
                   Forms.Velden(("EisId", eisen.Single(e => e.Soort == EisSoort.Bestand).Id.ToString(CultureInfo.InvariantCulture)))))
        {
            Assert.Equal(System.Net.HttpStatusCode.Redirect, upload.StatusCode);
        }

        return await Forms.PostAsync(client, pad, Velden(eisen, antwoord, prijs, verzoek), "Indienen");
    }

    public static string OpenNaam => DemoInschrijvingen.OpenNaam;
    public static string GeslotenNaam => DemoInschrijvingen.GeslotenNaam;
}
