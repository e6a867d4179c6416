using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Web.Tests.Infrastructure;

namespace Zorginkoop.Web.Tests.Api;

/// <summary>PUT /api/v1/producten/{regio}/{code} and its tariffs: the catalogue changed through the API, with the pages' rules.</summary>
public abstract class CatalogusBeheerApiTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : ZorginkoopApp
{
    /// <summary>A product of Lekstroom's catalogue, for a category and unit that exist.</summary>
    private static async Task<(string Domein, string Categorie, string Eenheid)> VoorbeeldAsync(HttpClient client)
    {
        var (_, json) = await ApiHelpers.GetJsonAsync(client, "/api/v1/producten?regio=lekstroom&domein=jeugd&paginaGrootte=1");
        var p = json.GetProperty("producten")[0];
        return (p.GetProperty("domein").GetString()!, p.GetProperty("categorie").GetString()!, p.GetProperty("eenheid").GetProperty("code").GetString()!);
    }

    private static object Product(string domein, string categorie, string eenheid, string naam, string van, string? tot = null) =>
        new { naam, domein, categorie, monitorgroep = "Ambulant", eenheid, geldigVan = van, geldigTot = tot };

    [Fact]
    public async Task Een_inkoper_maakt_een_productversie_wijzigt_haar_en_legt_tarieven_vast()
    {
        using var inkoper = await ApiHelpers.AlsAsync(App, "inkoper", "lekstroom");
        var (domein, categorie, eenheid) = await VoorbeeldAsync(inkoper);
        const string Pad = "/api/v1/producten/lekstroom/99Z01";

        var (nieuw, json) = await ApiHelpers.PutJsonAsync(inkoper, Pad, Product(domein, categorie, eenheid, "Proef ambulant", "2026-01-01", "2026-12-31"));
        Assert.True(nieuw.StatusCode == HttpStatusCode.Created, json.ToString());
        Assert.Equal(Pad, nieuw.Headers.Location!.OriginalString);
        var (gewijzigd, json2) = await ApiHelpers.PutJsonAsync(inkoper, Pad, Product(domein, categorie, eenheid, "Proef ambulant (nieuwe naam)", "2026-01-01", "2026-12-31"));
        Assert.Equal(HttpStatusCode.OK, gewijzigd.StatusCode);
        Assert.Equal("Proef ambulant (nieuwe naam)", json2.GetProperty("naam").GetString());
        // A second version from 2027 beside the first; one starting inside the first overlaps and is refused.
        var (tweede, _) = await ApiHelpers.PutJsonAsync(inkoper, Pad, Product(domein, categorie, eenheid, "Proef ambulant 2027", "2027-01-01"));
        var (overlap, fout) = await ApiHelpers.PutJsonAsync(inkoper, Pad, Product(domein, categorie, eenheid, "Overlap", "2026-06-01"));
        Assert.Equal(HttpStatusCode.Created, tweede.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, overlap.StatusCode);
        Assert.Equal("product.periode-overlapt", fout.GetProperty("weigeringen")[0].GetProperty("code").GetString());

        var (tarief, t1) = await ApiHelpers.PutJsonAsync(inkoper, Pad + "/tarieven/2026-01-01", new { bedragCent = 12550 });
        var (ander, t2) = await ApiHelpers.PutJsonAsync(inkoper, Pad + "/tarieven/2026-01-01", new { bedragCent = 13000, geldigTot = "2026-06-30" });
        var (later, t3) = await ApiHelpers.PutJsonAsync(inkoper, Pad + "/tarieven/2026-07-01", new { bedragCent = 13500, geldigTot = "2026-12-31" });
        Assert.True(tarief.StatusCode == HttpStatusCode.Created, t1.ToString());
        Assert.True(ander.StatusCode == HttpStatusCode.OK, t2.ToString());
        Assert.True(later.StatusCode == HttpStatusCode.Created, t3.ToString());
        Assert.Equal([(13000L, "2026-01-01"), (13500L, "2026-07-01")],
            t3.GetProperty("tarieven").EnumerateArray().Select(t => (t.GetProperty("bedragCent").GetInt64(), t.GetProperty("geldigVan").GetString()!)));

        var (_, versies) = await ApiHelpers.GetJsonAsync(App.NieuweClient(), Pad);
        Assert.Equal(["2026-01-01", "2027-01-01"], versies.GetProperty("producten").EnumerateArray().Select(p => p.GetProperty("geldigVan").GetString()));
        // Every change is in the audit log, under the officer's name.
        var regels = await MetDbAsync(db => db.AuditRegels.Where(r => r.Entiteit == "Product" || r.Entiteit == "Tarief").CountAsync(Ct));
        Assert.True(regels >= 6, $"{regels} auditregels");
    }

    [Fact]
    public async Task Weigeringen_noemen_het_veld_van_de_body_en_veranderen_niets()
    {
        using var inkoper = await ApiHelpers.AlsAsync(App, "inkoper", "lekstroom");
        var (domein, categorie, eenheid) = await VoorbeeldAsync(inkoper);
        const string Pad = "/api/v1/producten/lekstroom/99Z02";

        var (fout, json) = await ApiHelpers.PutJsonAsync(inkoper, Pad, new { naam = "x", domein = "zorg", categorie, monitorgroep = "m", eenheid = "99", geldigVan = "2026-01-01" });
        var (segment, json2) = await ApiHelpers.PutJsonAsync(inkoper, Pad, new { naam = "x", domein, categorie, monitorgroep = "m", eenheid, segment = "bestaat-niet", geldigVan = "2026-01-01" });
        var (versie, _) = await ApiHelpers.PutJsonAsync(inkoper, Pad + "?versieVan=2020-01-01", Product(domein, categorie, eenheid, "x", "2026-01-01"));
        var (geenProduct, _) = await ApiHelpers.PutJsonAsync(inkoper, Pad + "/tarieven/2026-01-01", new { bedragCent = 100 });
        var (datum, json3) = await ApiHelpers.PutJsonAsync(inkoper, Pad + "/tarieven/1-1-2026", new { bedragCent = 100 });

        Assert.Equal(HttpStatusCode.BadRequest, fout.StatusCode);
        var velden = json.GetProperty("weigeringen").EnumerateArray().Select(w => w.GetProperty("veld").GetString()).ToList();
        Assert.Contains("domein", velden);
        Assert.Equal("segment", json2.GetProperty("weigeringen")[0].GetProperty("veld").GetString());
        Assert.Equal(HttpStatusCode.NotFound, versie.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, geenProduct.StatusCode);
        Assert.Equal("tarief.ingang", json3.GetProperty("weigeringen")[0].GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, datum.StatusCode);
        Assert.False(await MetDbAsync(db => db.Producten.AnyAsync(p => p.Code == "99Z02", Ct)));

        var (_, bestaand) = await ApiHelpers.PutJsonAsync(inkoper, Pad, Product(domein, categorie, eenheid, "Negatief", "2026-01-01"));
        var (negatief, json4) = await ApiHelpers.PutJsonAsync(inkoper, Pad + "/tarieven/2026-01-01", new { bedragCent = -5 });
        var (buiten, _) = await ApiHelpers.PutJsonAsync(inkoper, Pad + "/tarieven/2025-12-01", new { bedragCent = 5 });
        Assert.Equal(JsonValueKind.Object, bestaand.ValueKind);
        Assert.Equal(HttpStatusCode.BadRequest, negatief.StatusCode);
        Assert.Equal("bedragCent", json4.GetProperty("weigeringen")[0].GetProperty("veld").GetString());
        Assert.Equal(HttpStatusCode.NotFound, buiten.StatusCode);
        Assert.False(await MetDbAsync(db => db.Tarieven.AnyAsync(t => t.Product!.Code == "99Z02", Ct)));
    }

    [Fact]
    public async Task Een_andere_regio_is_404_een_rol_zonder_catalogusrecht_403_en_zonder_token_401()
    {
        using var inkoper = await ApiHelpers.AlsAsync(App, "inkoper", "lekstroom");
        using var analist = await ApiHelpers.AlsAsync(App, "analist", "lekstroom");
        var (domein, categorie, eenheid) = await VoorbeeldAsync(inkoper);
        var invoer = Product(domein, categorie, eenheid, "Niet van mij", "2026-01-01");

        var (andereRegio, json) = await ApiHelpers.PutJsonAsync(inkoper, "/api/v1/producten/utrecht-west/99Z03", invoer);
        var (geenRecht, _) = await ApiHelpers.PutJsonAsync(analist, "/api/v1/producten/lekstroom/99Z03", invoer);
        var (anoniem, _) = await ApiHelpers.PutJsonAsync(App.NieuweClient(), "/api/v1/producten/lekstroom/99Z03", invoer);

        Assert.Equal(HttpStatusCode.NotFound, andereRegio.StatusCode);
        Assert.Equal("application/problem+json", ApiHelpers.MediaType(andereRegio));
        Assert.Equal(HttpStatusCode.Forbidden, geenRecht.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anoniem.StatusCode);
        Assert.False(await MetDbAsync(db => db.Producten.AnyAsync(p => p.Code == "99Z03", Ct)));
    }
}

public sealed class CatalogusBeheerApiTestsSqlite(SqliteApp app) : CatalogusBeheerApiTests<SqliteApp>(app);

public sealed class CatalogusBeheerApiTestsPostgres(PostgresApp app) : CatalogusBeheerApiTests<PostgresApp>(app);
