using System.Net;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Web.Accounts;
using Zorginkoop.Web.Tests.Infrastructure;

namespace Zorginkoop.Web.Tests.Beveiliging;

/// <summary>
/// A region owns its records: an employee sees and changes what is not public only in the regions of their memberships,
/// and sees the public part of the others (decision record 0009). The demo has officers of one region each
/// (inkoper.lekstroom@…, beheerder.utrecht-west@…) beside the office that serves both (inkoper@…).
/// </summary>
public abstract class RegioTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : ZorginkoopApp
{
    private const string Basis = "/api/v1/aanbestedingen";
    private static readonly string InkoperLekstroom = DemoAccounts.Email("inkoper", "lekstroom")[..^"@demo.zorginkoop.nl".Length];
    private static readonly string InkoperUtrechtWest = DemoAccounts.Email("inkoper", "utrecht-west")[..^"@demo.zorginkoop.nl".Length];

    private static object Concept(string regio, string naam) => new { regio, naam, procedurevorm = "openbaarEuropees", sluitingsmoment = "2023-10-02T10:00:00Z" };

    [Fact]
    public async Task Een_concept_ziet_alleen_de_eigen_regio()
    {
        using var lekstroom = await ApiHelpers.AlsAsync(App, InkoperLekstroom);
        using var elders = await ApiHelpers.AlsAsync(App, InkoperUtrechtWest);
        var naam = $"Concept van Lekstroom {Guid.NewGuid():N}";
        var (gemaakt, json) = await ApiHelpers.PostJsonAsync(lekstroom, Basis, Concept("lekstroom", naam));
        Assert.True(gemaakt.StatusCode == HttpStatusCode.Created, json.ToString());
        var id = json.GetProperty("id").GetInt32();

        var (eigen, _) = await ApiHelpers.GetJsonAsync(lekstroom, $"{Basis}/{id}");
        var (ander, _) = await ApiHelpers.GetJsonAsync(elders, $"{Basis}/{id}");
        var (_, lijstEigen) = await ApiHelpers.GetJsonAsync(lekstroom, $"{Basis}?status=concept&paginaGrootte=100");
        var (_, lijstAnder) = await ApiHelpers.GetJsonAsync(elders, $"{Basis}?status=concept&paginaGrootte=100");
        using var pagina = await Inloggen.AlsAsync(App, InkoperUtrechtWest);
        var (paginaAnder, _) = await GetAsync($"/aanbestedingen/{id}", pagina);

        Assert.Equal(HttpStatusCode.OK, eigen.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, ander.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, paginaAnder.StatusCode);
        Assert.Contains(lijstEigen.GetProperty("aanbestedingen").EnumerateArray(), a => a.GetProperty("id").GetInt32() == id);
        Assert.DoesNotContain(lijstAnder.GetProperty("aanbestedingen").EnumerateArray(), a => a.GetProperty("id").GetInt32() == id);
    }

    [Fact]
    public async Task Een_inkoper_maakt_geen_aanbesteding_in_een_andere_regio()
    {
        using var elders = await ApiHelpers.AlsAsync(App, InkoperUtrechtWest);
        var naam = $"Poging in Lekstroom {Guid.NewGuid():N}";

        var (antwoord, json) = await ApiHelpers.PostJsonAsync(elders, Basis, Concept("lekstroom", naam));

        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        Assert.StartsWith("Geef de code van een regio waarin u aanbestedingen beheert", json.GetProperty("errors").GetProperty("regio")[0].GetString(), StringComparison.Ordinal);
        Assert.False(await MetDbAsync(db => db.Aanbestedingen.AnyAsync(a => a.Naam == naam, Ct)));
    }

    [Fact]
    public async Task Een_gepubliceerde_aanbesteding_van_een_andere_regio_is_te_lezen_maar_niet_te_wijzigen()
    {
        var id = await MetDbAsync(db => db.Aanbestedingen.Where(a => a.Regio!.Code == "lekstroom" && a.Status != Zorginkoop.Aanbestedingen.AanbestedingStatus.Concept)
            .Select(a => a.Id).FirstAsync(Ct));
        using var elders = await Inloggen.AlsAsync(App, InkoperUtrechtWest);

        var (lezen, html) = await GetAsync($"/aanbestedingen/{id}", elders);
        var (bewerken, _) = await GetAsync($"/aanbestedingen/{id}/bewerken", elders);

        Assert.Equal(HttpStatusCode.OK, lezen.StatusCode);
        // The public page, without the officer's actions.
        Assert.DoesNotContain($"href=\"/aanbestedingen/{id}/bewerken\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, bewerken.StatusCode);
    }

    [Fact]
    public async Task Het_contractregister_toont_alleen_de_eigen_regio()
    {
        var (uw, ls) = await MetDbAsync(async db => (
            await db.Raamovereenkomsten.Where(c => c.Aanbesteding!.Regio!.Code == "utrecht-west").Select(c => c.Id).FirstAsync(Ct),
            await db.Raamovereenkomsten.Where(c => c.Aanbesteding!.Regio!.Code == "lekstroom").Select(c => c.Id).FirstAsync(Ct)));
        using var elders = await Inloggen.AlsAsync(App, "beheerder.utrecht-west");

        var (_, register) = await GetAsync("/contracten", elders);
        var (eigen, _) = await GetAsync($"/contracten/{uw}", elders);
        var (ander, _) = await GetAsync($"/contracten/{ls}", elders);

        Assert.Contains($"href=\"/contracten/{uw}\"", register, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/contracten/{ls}\"", register, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, eigen.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, ander.StatusCode);
    }

    [Fact]
    public async Task Mijn_account_toont_de_rollen_per_regio()
    {
        using var beide = await Inloggen.AlsAsync(App, "inkoper");
        using var aanbieder = await Inloggen.AlsAsync(App, "aanbieder");
        using var lekstroom = await Inloggen.AlsAsync(App, InkoperLekstroom);

        var (_, kantoor) = await GetAsync("/account", beide);
        var (_, timon) = await GetAsync("/account", aanbieder);
        var (_, een) = await GetAsync("/account", lekstroom);

        Assert.Contains("href=\"/account\"", kantoor, StringComparison.Ordinal);
        Assert.Contains("utrecht-table__cell\">Regio Lekstroom</td>", kantoor, StringComparison.Ordinal);
        Assert.Contains("utrecht-table__cell\">Utrecht-West</td>", kantoor, StringComparison.Ordinal);
        Assert.Contains("utrecht-table__cell\">Regio Lekstroom</td>", een, StringComparison.Ordinal);
        Assert.DoesNotContain("utrecht-table__cell\">Utrecht-West</td>", een, StringComparison.Ordinal);
        Assert.Contains("Stichting Timon", timon, StringComparison.Ordinal);
        Assert.DoesNotContain("Uw rollen per regio", timon, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Alleen_de_systeembeheerder_voegt_een_regio_toe()
    {
        using var systeem = await Inloggen.AlsAsync(App, "systeembeheerder");
        using var inkoper = await Inloggen.AlsAsync(App, InkoperLekstroom);

        var (_, catalogus) = await GetAsync("/catalogus", systeem);
        var (nieuw, _) = await GetAsync("/catalogus/nieuwe-regio", systeem);
        var (geweigerd, _) = await GetAsync("/catalogus/nieuwe-regio", inkoper);
        var (eigenRegio, _) = await GetAsync("/catalogus/lekstroom/bewerken", inkoper);
        var (andereRegio, _) = await GetAsync("/catalogus/utrecht-west/bewerken", inkoper);

        Assert.Contains("href=\"/catalogus/nieuwe-regio\"", catalogus, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, nieuw.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, geweigerd.StatusCode);
        Assert.Equal(HttpStatusCode.OK, eigenRegio.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, andereRegio.StatusCode);
    }

    [Fact]
    public async Task Een_analist_van_een_regio_ziet_alleen_de_eigen_gemeenten_exact()
    {
        using var analist = await Inloggen.AlsAsync(App, DemoAccounts.Email("analist", "lekstroom")[..^"@demo.zorginkoop.nl".Length]);
        using var beide = await Inloggen.AlsAsync(App, "analist");

        // Houten (0321) is Lekstroom's, Woerden (0632) Utrecht-West's.
        var (_, eigen) = await GetAsync("/monitor?periode=2018&gemeente=0321", analist);
        var (_, ander) = await GetAsync("/monitor?periode=2018&gemeente=0632", analist);
        var (_, eigenRegio) = await GetAsync("/monitor?periode=2018", analist);
        var (_, andereRegio) = await GetAsync("/monitor?periode=2018&regio=utrecht-west", analist);
        var (_, alles) = await GetAsync("/monitor?periode=2018&regio=alle", analist);
        var (_, allesBeide) = await GetAsync("/monitor?periode=2018&regio=alle", beide);

        const string beschermd = "openbare cijfers beschermd";
        Assert.DoesNotContain(beschermd, eigen, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(beschermd, ander, StringComparison.OrdinalIgnoreCase);
        // Without a region the monitor opens on her own, exact; another region and all regions are the public's.
        Assert.Contains("<option value=\"lekstroom\" selected=\"selected\">", eigenRegio, StringComparison.Ordinal);
        Assert.DoesNotContain(beschermd, eigenRegio, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(beschermd, andereRegio, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(beschermd, alles, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(beschermd, allesBeide, StringComparison.OrdinalIgnoreCase);
    }
}

public sealed class RegioTestsSqlite(SqliteApp app) : RegioTests<SqliteApp>(app);

public sealed class RegioTestsPostgres(PostgresApp app) : RegioTests<PostgresApp>(app);
