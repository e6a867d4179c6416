using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zorginkoop.Contracten;
using Zorginkoop.Demo;
using Zorginkoop.Web.Tests.Infrastructure;

namespace Zorginkoop.Web.Tests.Gunning;

/// <summary>The contract register, decisions on a contract, the public list, and Open House admission over HTTP.</summary>
public abstract class ContractenWebTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : ZorginkoopApp
{

    [Fact]
    public async Task Het_register_toont_de_33_contracten_van_Wmo_Individuele_Begeleiding_en_filtert()
    {
        using var analist = await Inloggen.AlsAsync(App, "analist");
        var id = await MetDbAsync(db => db.Aanbestedingen.Where(a => a.Naam == "Wmo Individuele Begeleiding regio Lekstroom").Select(a => a.Id).SingleAsync(Ct));

        var (antwoord, html) = await GetAsync($"/contracten?aanbesteding={id}", analist);
        var (_, gezocht) = await GetAsync("/contracten?zoek=Combinatie", analist);
        var (anoniem, _) = await GetAsync("/contracten");

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Contains("33 contracten van deze aanbesteding", Tekst(html), StringComparison.Ordinal);
        Assert.Contains("Pagina 1 van 2", Tekst(html), StringComparison.Ordinal);
        Assert.Contains("de Combinatie (penvoerder Stichting Timon)", Tekst(gezocht), StringComparison.Ordinal);
        Assert.Contains("1 contract.", Tekst(gezocht), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, anoniem.StatusCode);
    }

    [Fact]
    public async Task Een_contractmanager_beeindigt_een_contract_met_reden_een_analist_niet()
    {
        var contract = await MetDbAsync(db => db.Raamovereenkomsten.Where(c => c.Zorgaanbieder!.Naam == "Tzorg" && c.Aanbesteding!.Naam == "Wmo Individuele Begeleiding regio Lekstroom").Select(c => c.Id).SingleAsync(Ct));
        using var analist = await Inloggen.AlsAsync(App, "analist");
        using var contractmanager = await Inloggen.AlsAsync(App, "contractmanager");
        var pad = $"/contracten/{contract}";

        using var geweigerd = await Forms.PostAsync(analist, pad, Forms.Velden(("Per", "2024-06-30"), ("Reden", "Faillissement")), "Beeindigen");
        using var zonderReden = await Forms.PostAsync(contractmanager, pad, Forms.Velden(("Per", "2024-06-30"), ("Reden", "")), "Beeindigen");
        using var gelukt = await Forms.PostAsync(contractmanager, pad, Forms.Velden(("Per", "2024-06-30"), ("Reden", "Faillissement van de aanbieder")), "Beeindigen");
        var (_, na) = await GetAsync(pad, contractmanager);

        Assert.StartsWith("http://localhost/geen-toegang", geweigerd.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("Voortijdig beëindigen kan alleen met een reden.", Tekst(await zonderReden.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, gelukt.StatusCode);
        Assert.Matches("30 juni 2024 \\(oorspronkelijk 30 september 2025\\), voortijdig beëindigd: Faillissement van de aanbieder", Tekst(na));
        var c = await MetDbAsync(db => db.Raamovereenkomsten.SingleAsync(x => x.Id == contract, Ct));
        Assert.Equal(new DateOnly(2024, 6, 30), c.BeeindigdPer);
    }

    [Fact]
    public async Task De_openbare_lijst_toont_wie_voor_welk_product_is_gecontracteerd()
    {
        var (antwoord, html) = await GetAsync("/gecontracteerd?regio=lekstroom&zoek=02B01");
        var (_, gemeente) = await GetAsync("/gecontracteerd?gemeente=0632");

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        // 02B01 is in segment Individuele Begeleiding: the 33 Wmo IB providers (one of whom may have ended in another test).
        Assert.Matches("3[23] aanbieders, 3[23] product-aanbiedercombinaties", Tekst(html));
        Assert.Contains("Houten, IJsselstein, Lopik, Nieuwegein, Vijfheerenlanden", Tekst(html), StringComparison.Ordinal);
        Assert.Contains("Stichting Kwintes", Tekst(gemeente), StringComparison.Ordinal);
        Assert.DoesNotContain("Stichting Timon", Tekst(gemeente), StringComparison.Ordinal);
    }

    [Fact]
    public async Task De_lijst_biedt_het_csv_bestand_met_dezelfde_regio_en_gemeente()
    {
        var (_, html) = await GetAsync("/gecontracteerd?regio=lekstroom&gemeente=0321&zoek=02B01");

        var adres = System.Text.RegularExpressions.Regex.Match(html, "href=\"(/api/v1/gecontracteerd\\.csv[^\"]*)\" download").Groups[1].Value;
        Assert.Equal("/api/v1/gecontracteerd.csv?regio=lekstroom&gemeente=0321", System.Net.WebUtility.HtmlDecode(adres));
        var (bestand, csv) = await GetAsync(System.Net.WebUtility.HtmlDecode(adres));
        Assert.Equal(HttpStatusCode.OK, bestand.StatusCode);
        Assert.Contains("0321;Houten;lekstroom;", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_aanbieder_meldt_zich_aan_voor_Open_House_en_de_inkoper_laat_toe()
    {
        var (openHouse, eisen, europees) = await MetDbAsync(async db =>
        {
            var oh = await db.Aanbestedingen.Where(a => a.Naam == DemoContracten.OpenHouseNaam).Select(a => a.Id).SingleAsync(Ct);
            var e = await db.Criteria.Where(c => c.AanbestedingId == oh).Select(c => c.Id).ToListAsync(Ct);
            var eu = await db.Aanbestedingen.Where(a => a.Naam == "Jeugdhulp Ambulant").Select(a => a.Id).SingleAsync(Ct);
            return (oh, e, eu);
        });
        using var aanbieder = await Inloggen.AlsAsync(App, "aanbieder2");
        using var inkoper = await Inloggen.AlsAsync(App, "inkoper");
        var velden = new List<KeyValuePair<string, string>> { new("Percelen", "1") };
        velden.AddRange(eisen.Select(e => new KeyValuePair<string, string>("Bevestigd", e.ToString(System.Globalization.CultureInfo.InvariantCulture))));

        using var onvolledig = await Forms.PostAsync(aanbieder, $"/aanbestedingen/{openHouse}/aanmelden", Forms.Velden(("Percelen", "1")));
        using var aangemeld = await Forms.PostAsync(aanbieder, $"/aanbestedingen/{openHouse}/aanmelden", velden);
        var (_, geenToetreding) = await GetAsync($"/aanbestedingen/{europees}/aanmelden", aanbieder);
        var aanvraag = await MetDbAsync(db => db.Toelatingsaanvragen.Where(t => t.AanbestedingId == openHouse && t.Zorgaanbieder!.Naam == "Tzorg").Select(t => t.Id).SingleAsync(Ct));
        using var toegelaten = await Forms.PostAsync(inkoper, $"/aanbestedingen/{openHouse}/toelating",
            Forms.Velden(("AanvraagId", aanvraag.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Reden", "")), "Toelaten");
        var (_, openbaar) = await GetAsync($"/aanbestedingen/{openHouse}");

        Assert.Contains("nog niet bevestigd", Tekst(await onvolledig.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, aangemeld.StatusCode);
        Assert.Contains("Tussentijds toetreden is niet mogelijk", Tekst(geenToetreding), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, toegelaten.StatusCode);
        Assert.Contains("Toegelaten aanbieders", Tekst(openbaar), StringComparison.Ordinal);
        Assert.Contains("Tzorg", Tekst(openbaar), StringComparison.Ordinal);
        var contract = await MetDbAsync(db => db.Raamovereenkomsten.SingleAsync(c => c.AanbestedingId == openHouse && c.Zorgaanbieder!.Naam == "Tzorg", Ct));
        Assert.Equal((ContractHerkomst.Toelating, new DateOnly(2027, 12, 31)), (contract.Herkomst, contract.Einde));
    }

    [Fact]
    public async Task Het_toelatingsregister_toont_of_een_toegelaten_aanbieder_clienten_heeft()
    {
        var (openHouse, kwintesAgb) = await MetDbAsync(async db => (
            await db.Aanbestedingen.Where(a => a.Naam == DemoContracten.OpenHouseNaam).Select(a => a.Id).SingleAsync(Ct),
            await db.Zorgaanbieders.Where(z => z.Naam == "Stichting Kwintes").Select(z => z.AgbCode).SingleAsync(Ct)));
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var import = scope.ServiceProvider.GetRequiredService<Zorginkoop.Zorgdata.ZorgdataImport>();
            var csv = "toewijzingnummer;bsn;gemeente;agb;productcode;begindatum;einddatum;volume;eenheid;bedrag_cent\n" +
                $"8101;999900018;0632;{kwintesAgb};45A48;2023-03-01;2023-03-31;4;uur;26000\n" +
                $"8102;999900031;0632;{kwintesAgb};45A48;2023-04-01;2023-04-30;4;uur;26000\n";
            using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv));
            var r = await import.RunAsync(stream, "open-house.csv", "test", ct: Ct);
            Assert.True(r.Gelukt, string.Join("\n", r.Meldingen));
        }

        using var inkoper = await Inloggen.AlsAsync(App, "inkoper");
        var (_, html) = await GetAsync($"/aanbestedingen/{openHouse}/toelating", inkoper);

        // Per row of the register: the first cell (the provider) and the last (its clients).
        var rijen = System.Text.RegularExpressions.Regex.Matches(Tekst(html), "<tr[^>]*>(.*?)</tr>", System.Text.RegularExpressions.RegexOptions.Singleline)
            .Select(r => System.Text.RegularExpressions.Regex.Matches(r.Groups[1].Value, "<td[^>]*>(.*?)</td>").Select(c => c.Groups[1].Value).ToList())
            .Where(c => c.Count == 5).ToDictionary(c => c[0], c => c[4]);
        Assert.Equal("2", rijen["Stichting Kwintes"]);
        Assert.Equal("geen", rijen["Reinaerde"]);
    }
}

public sealed class ContractenWebTestsSqlite(SqliteApp app) : ContractenWebTests<SqliteApp>(app);

public sealed class ContractenWebTestsPostgres(PostgresApp app) : ContractenWebTests<PostgresApp>(app);
