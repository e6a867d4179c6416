using Microsoft.Playwright;
using Zorginkoop.Browser.Tests.Infrastructure;

namespace Zorginkoop.Browser.Tests.Werk;

/// <summary>The work list per role, the inbox and its settings, and the layout at 320 and 1280 px (issue 16), with axe.</summary>
public sealed class WerkbakBrowserTests(BrowserEnvironment omgeving) : BrowserTests(omgeving)
{
    [Theory]
    [InlineData("inkoper", "Open House-aanmeldingen die op een besluit wachten")]
    [InlineData("contractmanager", "Contracten die binnen een jaar eindigen")]
    [InlineData("analist", "Dekkingssignalen")]
    public async Task Na_het_inloggen_toont_de_werkbak_het_werk_van_de_rol(string rol, string soort)
    {
        await InloggenAlsAsync(rol);

        Assert.EndsWith("/werk", new Uri(Page.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.Equal("Mijn werk", (await Page.Locator("h1").InnerTextAsync()).Trim());
        var items = Page.Locator(".zi-werkitem");
        Assert.True(await items.CountAsync() > 0, $"De werkbak van {rol} is leeg.");
        await Assertions.Expect(Page.Locator(".zi-werkitem__soort", new() { HasTextString = soort }).First).ToBeVisibleAsync();
        // The count in the header is the list's, less what is only for information.
        var informatie = await Page.Locator("section:has(h2:text('Ter informatie')) .zi-werkitem").CountAsync();
        var taken = await items.CountAsync() - informatie;
        Assert.Equal(taken == 1 ? "1 taak" : $"{taken} taken", (await Page.Locator(".zi-teller").InnerTextAsync()).Trim());
        await SchermafdrukAsync($"werkbak-{rol}");
        await AxeZonderOvertredingenAsync();

        // Each item is one click from where the work is done.
        var link = items.First.Locator(".zi-werkitem__titel a");
        var doel = await link.GetAttributeAsync("href");
        await link.ClickAsync();
        Assert.Equal(new Uri(Page.Url).PathAndQuery, doel);
    }

    /// <summary>
    /// The assessor's list follows the demo's assessment, which other browser tests carry on to the award in the same
    /// app: what is on it is asserted in the web tests (WerkWebTests, an app of their own); here its page and count.
    /// </summary>
    [Fact]
    public async Task De_werkbak_van_de_beoordelaar_is_toegankelijk_en_telt_wat_erop_staat()
    {
        await InloggenAlsAsync("beoordelaar");

        Assert.Equal("Mijn werk", (await Page.Locator("h1").InnerTextAsync()).Trim());
        var taken = await Page.Locator(".zi-werkitem").CountAsync();
        Assert.Equal(taken == 1 ? "1 taak" : $"{taken} taken", (await Page.Locator(".zi-teller").InnerTextAsync()).Trim());
        await SchermafdrukAsync("werkbak-beoordelaar");
        await AxeZonderOvertredingenAsync();
    }

    [Fact]
    public async Task Het_postvak_en_de_meldingsinstellingen_zijn_toegankelijk()
    {
        await InloggenAlsAsync("contractmanager");
        await OpenAsync("/werk/postvak");
        Assert.Equal("Postvak", (await Page.Locator("h1").InnerTextAsync()).Trim());
        await SchermafdrukAsync("postvak");
        await AxeZonderOvertredingenAsync();

        await OpenAsync("/werk/instellingen");
        var groep = Page.GetByRole(AriaRole.Group, new() { Name = "Contractalarmen (besluit over verlengen of vervolg)" });
        await groep.GetByLabel("Een dagelijks overzicht per e-mail").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();

        await Assertions.Expect(Page.GetByText("Uw keuzes voor meldingen zijn opgeslagen.")).ToBeVisibleAsync();
        Assert.True(await groep.GetByLabel("Een dagelijks overzicht per e-mail").IsCheckedAsync());
        await SchermafdrukAsync("meldingen-instellen");
        await AxeZonderOvertredingenAsync();
    }

    [Theory]
    [InlineData(320)]
    [InlineData(1280)]
    public async Task De_paginas_passen_zonder_zijwaarts_te_scrollen(int breedte)
    {
        await Page.SetViewportSizeAsync(breedte, 900);
        await InloggenAlsAsync("inkoper");
        string[] paginas =
        [
            "/", "/werk", "/werk/postvak", "/werk/instellingen", "/aanbestedingen", "/catalogus/lekstroom", "/contracten",
            "/gecontracteerd", "/monitor?regio=lekstroom", "/monitor/dekking?regio=lekstroom", "/inkooptrajecten", "/zorgaanbieders", "/zoeken?q=jeugdhulp",
            "/koppelingen/webhooks",
        ];
        var teBreed = new List<string>();
        foreach (var pad in paginas)
        {
            await OpenAsync(pad);
            // WCAG 1.4.10: the page never scrolls sideways; a wide table scrolls within its own container.
            var scroll = await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            if (scroll > breedte)
            {
                teBreed.Add($"{pad}: {scroll} px");
            }
        }

        await OpenAsync("/werk");
        await SchermafdrukAsync($"werkbak-{breedte}");
        Assert.Empty(teBreed);
        await AxeZonderOvertredingenAsync();
    }
}
