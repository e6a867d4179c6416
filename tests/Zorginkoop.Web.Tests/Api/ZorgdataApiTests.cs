using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Zorginkoop.Demo;
using Zorginkoop.Web.Achtergrond;
using Zorginkoop.Web.Tests.Infrastructure;

namespace Zorginkoop.Web.Tests.Api;

/// <summary>/api/v1/zorgdata/importruns: the demo's import of the 2018 council table (Woerden 0632 and the rest of Utrecht-West).</summary>
public abstract class ZorgdataApiTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : ZorginkoopApp
{
    [Fact]
    public async Task Een_analist_ziet_de_importrun_van_haar_gemeenten_met_aantallen()
    {
        using var analist = await ApiHelpers.AlsAsync(App, "analist");
        var (antwoord, json) = await ApiHelpers.GetJsonAsync(analist, "/api/v1/zorgdata/importruns?resultaat=gelukt");

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var run = json.GetProperty("importruns").EnumerateArray().Single(r => r.GetProperty("bestandsnaam").GetString() == DemoZorgdata.Bestandsnaam);
        Assert.Equal("gelukt", run.GetProperty("resultaat").GetString());
        Assert.Equal(5889, run.GetProperty("regels").GetInt32());
        Assert.Equal(5889, run.GetProperty("toegevoegd").GetInt32());
        Assert.Contains("0632", run.GetProperty("gemeenten").EnumerateArray().Select(g => g.GetString()));
        Assert.Equal(64, run.GetProperty("sha256").GetString()!.Length);

        var (een, detail) = await ApiHelpers.GetJsonAsync(analist, $"/api/v1/zorgdata/importruns/{run.GetProperty("id").GetInt32()}");
        Assert.Equal(HttpStatusCode.OK, een.StatusCode);
        Assert.Equal(run.GetProperty("sha256").GetString(), detail.GetProperty("sha256").GetString());
    }

    private const string Kop = "toewijzingnummer;bsn;gemeente;agb;productcode;begindatum;einddatum;volume;eenheid;bedrag_cent\n";

    private async Task<HttpResponseMessage> PostAsync(HttpClient client, string inhoud, string soort = "text/csv", string pad = "/api/v1/zorgdata/importruns?bestandsnaam=../../api.csv")
    {
        using var body = new ByteArrayContent(Encoding.UTF8.GetBytes(inhoud));
        body.Headers.ContentType = MediaTypeHeaderValue.Parse(soort);
        return await client.PostAsync(pad, body, Ct);
    }

    /// <summary>Waits for the queued import to end (the queue's own signal, no polling loop) and reads its status.</summary>
    private async Task<System.Text.Json.JsonElement> UitkomstAsync(HttpClient client, HttpResponseMessage antwoord)
    {
        var opdracht = Guid.Parse(antwoord.Headers.Location!.OriginalString.Split('/')[^1]);
        await App.Services.GetRequiredService<ImportQueue>().Status(opdracht)!.Voltooid.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        var (status, json) = await ApiHelpers.GetJsonAsync(client, antwoord.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        return json;
    }

    [Fact]
    public async Task Een_analist_importeert_via_de_api_met_202_en_volgt_de_opdracht_tot_de_importrun()
    {
        using var analist = await ApiHelpers.AlsAsync(App, "analist");

        using var antwoord = await PostAsync(analist, Kop + "991001;999900018;0632;98000007;45A51;2019-05-01;2019-05-31;2;uur;22000\n");

        Assert.Equal(HttpStatusCode.Accepted, antwoord.StatusCode);
        Assert.StartsWith("/api/v1/zorgdata/importopdrachten/", antwoord.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var eerste = await ApiHelpers.JsonAsync(antwoord);
        Assert.Equal("api.csv", eerste.GetProperty("bestandsnaam").GetString());
        var uitkomst = await UitkomstAsync(analist, antwoord);
        Assert.Equal("klaar", uitkomst.GetProperty("fase").GetString());
        var run = uitkomst.GetProperty("importrun");
        Assert.Equal("gelukt", run.GetProperty("resultaat").GetString());
        Assert.Equal(1, run.GetProperty("toegevoegd").GetInt32());
        Assert.Equal("api.csv", run.GetProperty("bestandsnaam").GetString());

        // Someone else cannot follow it, even with the same rights.
        using var beheerder = await ApiHelpers.AlsAsync(App, "beheerder");
        var (ander, _) = await ApiHelpers.GetJsonAsync(beheerder, antwoord.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, ander.StatusCode);
    }

    [Fact]
    public async Task Een_bestand_met_een_gemeente_van_een_andere_regio_wordt_geweigerd_en_slaat_niets_op()
    {
        using var lekstroom = await ApiHelpers.AlsAsync(App, "analist", "lekstroom");
        using var antwoord = await PostAsync(lekstroom, Kop + "991002;999900018;0632;98000007;45A51;2019-06-01;2019-06-30;2;uur;22000\n");

        Assert.Equal(HttpStatusCode.Accepted, antwoord.StatusCode);
        var run = (await UitkomstAsync(lekstroom, antwoord)).GetProperty("importrun");
        Assert.Equal("geweigerd", run.GetProperty("resultaat").GetString());
        Assert.Equal(0, run.GetProperty("toegevoegd").GetInt32());
        Assert.Contains("0632", string.Join(" ", run.GetProperty("meldingen").EnumerateArray().Select(m => m.GetString())), StringComparison.Ordinal);
    }

    private static byte[] Zip(params (string Naam, string Inhoud)[] bestanden)
    {
        using var m = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(m, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (naam, inhoud) in bestanden)
            {
                using var s = zip.CreateEntry(naam).Open();
                s.Write(Encoding.UTF8.GetBytes(inhoud));
            }
        }

        return m.ToArray();
    }

    [Fact]
    public async Task Een_zip_met_bestanden_is_een_import_en_een_fout_erin_noemt_het_bestand()
    {
        using var analist = await ApiHelpers.AlsAsync(App, "analist");
        async Task<System.Text.Json.JsonElement> ImporteerAsync(string naam, byte[] zip)
        {
            using var body = new ByteArrayContent(zip);
            body.Headers.ContentType = MediaTypeHeaderValue.Parse("application/zip");
            using var antwoord = await analist.PostAsync($"/api/v1/zorgdata/importruns?bestandsnaam={naam}", body, Ct);
            Assert.Equal(HttpStatusCode.Accepted, antwoord.StatusCode);
            return (await UitkomstAsync(analist, antwoord)).GetProperty("importrun");
        }

        var goed = await ImporteerAsync("maand.zip", Zip(
            ("a.csv", Kop + "991101;999900018;0632;98000007;45A51;2019-07-01;2019-07-31;2;uur;22000\n"),
            ("b.csv", Kop + "991102;999900018;0632;98000007;45A51;2019-07-01;2019-07-31;3;uur;33000\n")));
        var fout = await ImporteerAsync("fout.zip", Zip(
            ("c.csv", Kop + "991103;999900018;0632;98000007;45A51;2019-08-01;2019-08-31;2;uur;22000\n"),
            ("d.csv", Kop + "991104;999900018;0632;98000007;45A51;2019-08-01;2019-08-31;2;uur\n")));

        Assert.Equal(("gelukt", "zip", 2), (goed.GetProperty("resultaat").GetString(), goed.GetProperty("formaat").GetString(), goed.GetProperty("toegevoegd").GetInt32()));
        Assert.Equal(("geweigerd", 0), (fout.GetProperty("resultaat").GetString(), fout.GetProperty("toegevoegd").GetInt32()));
        Assert.NotEmpty(fout.GetProperty("meldingen").EnumerateArray());
        Assert.All(fout.GetProperty("meldingen").EnumerateArray(), m => Assert.StartsWith("d.csv, regel 2", m.GetString(), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("", "text/csv", HttpStatusCode.BadRequest)]
    [InlineData("x", "multipart/form-data; boundary=abc", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("x", "image/png", HttpStatusCode.UnsupportedMediaType)]
    public async Task Een_leeg_bestand_of_een_ander_soort_body_wordt_geweigerd_zonder_opdracht(string inhoud, string soort, HttpStatusCode verwacht)
    {
        using var analist = await ApiHelpers.AlsAsync(App, "analist");

        using var antwoord = await PostAsync(analist, inhoud, soort);

        Assert.Equal(verwacht, antwoord.StatusCode);
        Assert.Equal("application/problem+json", ApiHelpers.MediaType(antwoord));
        Assert.Null(antwoord.Headers.Location);
    }

    [Fact]
    public async Task Zonder_importrecht_of_token_geen_import()
    {
        using var contractmanager = await ApiHelpers.AlsAsync(App, "contractmanager");

        using var zonderRecht = await PostAsync(contractmanager, Kop);
        using var anoniem = await PostAsync(App.NieuweClient(), Kop);

        Assert.Equal(HttpStatusCode.Forbidden, zonderRecht.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anoniem.StatusCode);
    }

    [Fact]
    public async Task Een_analist_van_een_andere_regio_ziet_de_run_niet_en_krijgt_404()
    {
        using var alle = await ApiHelpers.AlsAsync(App, "analist");
        var (_, lijst) = await ApiHelpers.GetJsonAsync(alle, "/api/v1/zorgdata/importruns");
        var id = lijst.GetProperty("importruns").EnumerateArray().First(r => r.GetProperty("bestandsnaam").GetString() == DemoZorgdata.Bestandsnaam).GetProperty("id").GetInt32();

        using var lekstroom = await ApiHelpers.AlsAsync(App, "analist", "lekstroom");
        var (_, eigen) = await ApiHelpers.GetJsonAsync(lekstroom, "/api/v1/zorgdata/importruns");
        Assert.DoesNotContain(eigen.GetProperty("importruns").EnumerateArray(), r => r.GetProperty("id").GetInt32() == id);
        var (antwoord, _) = await ApiHelpers.GetJsonAsync(lekstroom, $"/api/v1/zorgdata/importruns/{id}");
        Assert.Equal(HttpStatusCode.NotFound, antwoord.StatusCode);
    }

    [Fact]
    public async Task Wie_niet_importeert_krijgt_401_of_403()
    {
        var (anoniem, _) = await ApiHelpers.GetJsonAsync(App.NieuweClient(), "/api/v1/zorgdata/importruns");
        Assert.Equal(HttpStatusCode.Unauthorized, anoniem.StatusCode);

        using var contractmanager = await ApiHelpers.AlsAsync(App, "contractmanager");
        var (antwoord, _) = await ApiHelpers.GetJsonAsync(contractmanager, "/api/v1/zorgdata/importruns");
        Assert.Equal(HttpStatusCode.Forbidden, antwoord.StatusCode);
    }
}

public sealed class ZorgdataApiTestsSqlite(SqliteApp app) : ZorgdataApiTests<SqliteApp>(app);

public sealed class ZorgdataApiTestsPostgres(PostgresApp app) : ZorgdataApiTests<PostgresApp>(app);
