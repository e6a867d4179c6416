using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Zorginkoop.Web.Achtergrond;
using Zorginkoop.Web.Pages.Zorgdata;
using Zorginkoop.Web.Tests.Infrastructure;

namespace Zorginkoop.Web.Tests.Monitor;

/// <summary>Importing care data on the web: who may, the background run, and its result page.</summary>
public abstract class ZorgdataPaginaTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : ZorginkoopApp
{
    private async Task<HttpResponseMessage> UploadAsync(HttpClient client, string naam, string inhoud)
    {
        var formulier = await client.GetStringAsync("/zorgdata", Ct);
        using var data = new MultipartFormDataContent
        {
            { new StringContent(Inloggen.AntiforgeryToken(formulier)), "__RequestVerificationToken" },
        };
        var bestand = new ByteArrayContent(Encoding.UTF8.GetBytes(inhoud));
        bestand.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        data.Add(bestand, "Bestand", naam);
        return await client.PostAsync(ZorgdataUpload.Pad, data, Ct);
    }

    /// <summary>Uploads a file and waits for its import to end; returns the upload's answer and the status page's path.</summary>
    private async Task<(HttpResponseMessage Antwoord, string StatusPad)> ImporteerAsync(HttpClient client, string naam, string regel)
    {
        var antwoord = await UploadAsync(client, naam,
            "toewijzingnummer;bsn;gemeente;agb;productcode;begindatum;einddatum;volume;eenheid;bedrag_cent\n" + regel + "\n");
        var statusPad = antwoord.Headers.Location!.OriginalString;
        var status = App.Services.GetRequiredService<ImportQueue>().Status(Guid.Parse(statusPad.Split('/')[^1]))!;
        await status.Voltooid.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        return (antwoord, statusPad);
    }

    private static string Pad(Uri? uri) => uri is null ? "" : uri.IsAbsoluteUri ? uri.AbsolutePath : uri.OriginalString.Split('?')[0];

    [Theory]
    [InlineData("beoordelaar")]
    [InlineData("contractmanager")]
    public async Task Rollen_zonder_importrecht_krijgen_geen_toegang(string rol)
    {
        var client = await Inloggen.AlsAsync(App, rol);
        var antwoord = await client.GetAsync("/zorgdata", Ct);

        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        Assert.Equal("/geen-toegang", Pad(antwoord.Headers.Location));
    }

    [Fact]
    public async Task Een_analist_importeert_een_bestand_en_volgt_de_voortgang()
    {
        var client = await Inloggen.AlsAsync(App, "analist");
        var (antwoord, statusPad) = await ImporteerAsync(client, "../../etc/zorg.csv", "990001;999900018;0632;98000007;45A51;2019-03-01;2019-03-31;2;uur;22000");

        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        var (_, html) = await GetAsync(statusPad, client);
        Assert.Contains("Geïmporteerd: 1 regel, 1 toegevoegd", Regex.Replace(Tekst(html), "\\s+", " "), StringComparison.Ordinal);
        // The path in the uploaded name is never used: only its last part is shown and recorded.
        var (_, lijst) = await GetAsync("/zorgdata", client);
        Assert.Contains(">zorg.csv</td>", Tekst(lijst), StringComparison.Ordinal);
        Assert.DoesNotContain("etc/zorg.csv", Tekst(lijst), StringComparison.Ordinal);
    }

    [Fact]
    public async Task De_voortgang_is_er_als_json_alleen_voor_wie_de_import_startte()
    {
        var analist = await Inloggen.AlsAsync(App, "analist");
        var (_, statusPad) = await ImporteerAsync(analist, "voortgang.csv", "990002;999900018;0632;98000007;45A51;2019-04-01;2019-04-30;2;uur;22000");
        var beheerder = await Inloggen.AlsAsync(App, "beheerder");

        var json = await analist.GetAsync(statusPad + "?handler=Voortgang", Ct);
        var ander = await beheerder.GetAsync(statusPad + "?handler=Voortgang", Ct);
        var anoniem = await App.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(statusPad + "?handler=Voortgang", Ct);

        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        Assert.Equal("application/json", json.Content.Headers.ContentType?.MediaType);
        using var inhoud = System.Text.Json.JsonDocument.Parse(await json.Content.ReadAsStringAsync(Ct));
        Assert.True(inhoud.RootElement.GetProperty("klaar").GetBoolean());
        Assert.Equal("De import is klaar.", inhoud.RootElement.GetProperty("melding").GetString());
        Assert.Equal(HttpStatusCode.NotFound, ander.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, anoniem.StatusCode);
        // The page itself no longer reloads on a timer (WCAG 2.2.1): its script asks for this progress instead.
        var (_, html) = await GetAsync(statusPad, analist);
        Assert.DoesNotContain("http-equiv=\"refresh\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task De_lijst_van_imports_toont_hoe_lang_elke_run_duurde()
    {
        var start = new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
        var naam = $"duur-{Guid.NewGuid():N}.csv";
        await MetDbAsync(async db =>
        {
            db.Zorgdata.Importruns.Add(new Zorginkoop.Zorgdata.Importrun
            {
                Bestandsnaam = naam,
                Sha256 = new string('a', 64),
                Formaat = "csv",
                Gebruiker = "analist",
                Gestart = start,
                Beeindigd = start.AddSeconds(125.2),
                Regels = 10_000_000,
                Toegevoegd = 10_000_000,
                Resultaat = "gelukt",
                Gemeenten = ",0632,",
            });
            return await db.Zorgdata.SaveChangesAsync(Ct);
        });
        var client = await Inloggen.AlsAsync(App, "analist");

        var (_, html) = await GetAsync("/zorgdata", client);

        // The column "Duur" holds the run's time from start to commit, as an officer reads it.
        var koppen = Regex.Matches(html, "<th scope=\"col\"[^>]*>([^<]*)</th>").Select(m => m.Groups[1].Value).ToList();
        var rij = Regex.Match(html, $"<tr[^>]*>\\s*<td[^>]*>[^<]*</td>\\s*<td[^>]*>{naam}</td>.*?</tr>", RegexOptions.Singleline).Value;
        var cellen = Regex.Matches(rij, "<td[^>]*>([^<]*)</td>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal("2 min 5 s", cellen[koppen.IndexOf("Duur")]);
    }

    [Fact]
    public async Task De_status_van_een_import_is_alleen_voor_wie_hem_startte()
    {
        var analist = await Inloggen.AlsAsync(App, "analist");
        var antwoord = await UploadAsync(analist, "kop.csv", "toewijzingnummer;bsn\n");
        var statusPad = antwoord.Headers.Location!.OriginalString;

        var inkoper = await Inloggen.AlsAsync(App, "inkoper");
        var (ander, _) = await GetAsync(statusPad, inkoper);

        Assert.Equal(HttpStatusCode.NotFound, ander.StatusCode);
    }

    [Fact]
    public async Task Een_analist_importeert_alleen_zorggegevens_van_de_gemeenten_van_haar_regio()
    {
        var lekstroom = await Inloggen.AlsAsync(App, "analist.lekstroom");
        var nummer = $"99{Random.Shared.Next(100_000, 999_999)}";

        // Woerden (0632) is Utrecht-West's: the file is refused and nothing of it is stored.
        var (_, statusPad) = await ImporteerAsync(lekstroom, "woerden.csv", $"{nummer};999900018;0632;98000007;45A51;2019-03-01;2019-03-31;2;uur;22000");
        var (_, html) = await GetAsync(statusPad, lekstroom);

        Assert.Contains("Gemeente 0632 hoort niet bij uw regio&#x27;s", html, StringComparison.Ordinal);
        Assert.Contains("Geweigerd, niets opgeslagen", html, StringComparison.Ordinal);
        Assert.False(await MetDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(
            db.Zorgdata.Zorgregels, z => z.ToewijzingNummer == nummer, Ct)));
    }

    [Fact]
    public async Task De_lijst_van_imports_toont_alleen_die_van_de_eigen_regio_en_de_eigen()
    {
        var (houten, woerden) = ($"houten-{Guid.NewGuid():N}.csv", $"woerden-{Guid.NewGuid():N}.csv");
        await MetDbAsync(async db =>
        {
            foreach (var (naam, gemeenten) in new[] { (houten, ",0321,"), (woerden, ",0335,0632,") })
            {
                db.Zorgdata.Importruns.Add(new Zorginkoop.Zorgdata.Importrun
                {
                    Bestandsnaam = naam,
                    Sha256 = new string('b', 64),
                    Formaat = "csv",
                    Gebruiker = "cli",
                    Resultaat = "gelukt",
                    Gestart = new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero),
                    Gemeenten = gemeenten,
                });
            }

            return await db.Zorgdata.SaveChangesAsync(Ct);
        });

        var (_, lekstroom) = await GetAsync("/zorgdata", await Inloggen.AlsAsync(App, "analist.lekstroom"));
        var (_, utrechtWest) = await GetAsync("/zorgdata", await Inloggen.AlsAsync(App, "analist.utrecht-west"));
        var (_, beide) = await GetAsync("/zorgdata", await Inloggen.AlsAsync(App, "analist"));

        Assert.Contains(houten, lekstroom, StringComparison.Ordinal);
        Assert.DoesNotContain(woerden, lekstroom, StringComparison.Ordinal);
        Assert.Contains(woerden, utrechtWest, StringComparison.Ordinal);
        Assert.DoesNotContain(houten, utrechtWest, StringComparison.Ordinal);
        Assert.Contains(houten, beide, StringComparison.Ordinal);
        Assert.Contains(woerden, beide, StringComparison.Ordinal);
    }
}

public sealed class ZorgdataPaginaTestsSqlite(SqliteApp app) : ZorgdataPaginaTests<SqliteApp>(app);

public sealed class ZorgdataPaginaTestsPostgres(PostgresApp app) : ZorgdataPaginaTests<PostgresApp>(app);
