using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Data;
using Zorginkoop.Web.Tests.Infrastructure;

namespace Zorginkoop.Web.Tests.Prestaties;

/// <summary>
/// The public pages are kept rendered for anonymous visitors (issue 20, item 5), and never for someone logged in: a
/// change made behind the cache's back shows to the officer at once, and to the public only when the copy expires.
/// </summary>
public sealed class OpenbarePaginaCacheTests(SqliteAppMetPaginaCache app) : AppTests<SqliteAppMetPaginaCache>(app)
{
    private async Task<(int Id, string Naam)> GepubliceerdeAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ZorginkoopDbContext>();
        var a = await db.Aanbestedingen.AsNoTracking().OrderBy(a => a.Id).FirstAsync(a => a.Status == AanbestedingStatus.Gepubliceerd, Ct);
        return (a.Id, a.Naam);
    }

    private async Task HernoemAsync(int id, string naam)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ZorginkoopDbContext>();
        await db.Aanbestedingen.Where(a => a.Id == id).ExecuteUpdateAsync(u => u.SetProperty(a => a.Naam, naam), Ct);
    }

    [Fact]
    public async Task Een_anonieme_bezoeker_krijgt_de_bewaarde_pagina_en_een_ingelogde_medewerker_de_actuele()
    {
        var (id, naam) = await GepubliceerdeAsync();
        using var publiek = App.NieuweClient();
        using var eerste = await publiek.GetAsync($"/aanbestedingen/{id}", Ct);
        Assert.Equal(HttpStatusCode.OK, eerste.StatusCode);
        Assert.Contains(naam, await eerste.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.False(eerste.Headers.Age.HasValue);

        await HernoemAsync(id, naam + " (hernoemd)");
        try
        {
            using var tweede = await publiek.GetAsync($"/aanbestedingen/{id}", Ct);
            using var inkoper = await Inloggen.AlsAsync(App, "inkoper");
            using var medewerker = await inkoper.GetAsync($"/aanbestedingen/{id}", Ct);

            Assert.True(tweede.Headers.Age.HasValue, "De tweede anonieme vraag had uit de cache moeten komen.");
            Assert.DoesNotContain("(hernoemd)", await tweede.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
            Assert.Contains("(hernoemd)", await medewerker.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
            Assert.False(medewerker.Headers.Age.HasValue);
        }
        finally
        {
            await HernoemAsync(id, naam);
        }
    }

    [Fact]
    public async Task Elke_vraag_met_andere_filters_is_een_eigen_pagina()
    {
        using var publiek = App.NieuweClient();
        using var jaar = await publiek.GetAsync("/monitor?periode=2018", Ct);
        using var jaarNogmaals = await publiek.GetAsync("/monitor?periode=2018", Ct);
        using var kwartaal = await publiek.GetAsync("/monitor?periode=2018Q4", Ct);
        using var lijst = await publiek.GetAsync("/aanbestedingen?status=Gepubliceerd", Ct);

        Assert.All(new[] { jaar, jaarNogmaals, kwartaal, lijst }, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.True(jaarNogmaals.Headers.Age.HasValue);
        Assert.False(kwartaal.Headers.Age.HasValue);
        Assert.Contains("1 oktober 2018", await kwartaal.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }
}
