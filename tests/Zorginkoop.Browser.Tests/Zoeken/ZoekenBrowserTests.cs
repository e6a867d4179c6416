using Microsoft.Playwright;
using Zorginkoop.Browser.Tests.Infrastructure;

namespace Zorginkoop.Browser.Tests.Zoeken;

/// <summary>Search as a visitor uses it (issue 16): the box in the header, the results, the filter, at 320 and 1280 px, with axe.</summary>
public sealed class ZoekenBrowserTests(BrowserEnvironment omgeving) : BrowserTests(omgeving)
{
    [Theory]
    [InlineData(320)]
    [InlineData(1280)]
    public async Task Zoeken_vanuit_de_kop_toont_gemarkeerde_resultaten_die_te_filteren_zijn(int breedte)
    {
        await Page.SetViewportSizeAsync(breedte, 900);
        await OpenAsync("/aanbestedingen");

        var vak = Page.GetByRole(AriaRole.Search, new() { Name = "Zoeken in Zorginkoop" });
        await vak.GetByLabel("Zoekwoorden").FillAsync("jeugdhulp");
        await vak.GetByLabel("Zoekwoorden").PressAsync("Enter");

        Assert.Equal("/zoeken?q=jeugdhulp", new Uri(Page.Url).PathAndQuery);
        Assert.Equal("Zoeken", (await Page.Locator("h1").InnerTextAsync()).Trim());
        await Assertions.Expect(Page.Locator(".zi-zoekresultaten mark").First).ToBeVisibleAsync();
        Assert.Matches("^[0-9]+ resultaten voor ‘jeugdhulp’\\.$", (await Page.GetByRole(AriaRole.Status).InnerTextAsync()).Trim());
        Assert.True(await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= breedte, "De pagina scrolt zijwaarts.");
        await SchermafdrukAsync($"zoeken-{breedte}");
        await AxeZonderOvertredingenAsync();

        await Page.GetByLabel("Soort").SelectOptionAsync("document");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Zoeken", Exact = true }).Last.ClickAsync();
        var soorten = await Page.Locator(".zi-zoekresultaten .zi-werkitem__soort").AllInnerTextsAsync();
        Assert.NotEmpty(soorten);
        Assert.All(soorten, s => Assert.StartsWith("Document", s, StringComparison.Ordinal));

        var link = Page.Locator(".zi-zoekresultaten .zi-werkitem__titel a").First;
        Assert.StartsWith("/documenten/", await link.GetAttributeAsync("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_resultaat_brengt_met_een_klik_naar_de_aanbesteding()
    {
        await OpenAsync("/zoeken?q=gezinsvormen&soort=aanbesteding");

        var link = Page.Locator(".zi-zoekresultaten .zi-werkitem__titel a").First;
        var doel = await link.GetAttributeAsync("href");
        await link.ClickAsync();

        Assert.Equal(doel, new Uri(Page.Url).PathAndQuery);
        Assert.Contains("Gezinsvormen", await Page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
    }
}
