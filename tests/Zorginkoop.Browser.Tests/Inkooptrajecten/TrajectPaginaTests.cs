using Microsoft.Playwright;
using Zorginkoop.Browser.Tests.Infrastructure;

namespace Zorginkoop.Browser.Tests.Inkooptrajecten;

/// <summary>The public trajectory pages (the first source as a living page) pass axe's WCAG 2.2 AA rules.</summary>
public sealed class TrajectPaginaTests(BrowserEnvironment omgeving) : BrowserTests(omgeving)
{
    [Fact]
    public async Task Het_overzicht_en_de_trajectpagina_zijn_toegankelijk_en_volledig()
    {
        await OpenAsync("/inkooptrajecten");
        await AxeZonderOvertredingenAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Inkoop Jeugd Wmo 2022" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Fase 4 – Implementeren (actief)" })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Cell, new() { Name = "Vragenuur segment Gezinsvormen" })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = "FAQ segment Gezinsvormen" })).ToBeVisibleAsync();
        // Updates newest first.
        var koppen = await Page.Locator("article h3").AllInnerTextsAsync();
        Assert.Equal("Update december 2022", koppen[0]);
        Assert.Equal("Verkennende gesprekken (december 2020)", koppen[^1]);
        await SchermafdrukAsync("traject-publiek");
        await AxeZonderOvertredingenAsync();
    }

    [Fact]
    public async Task De_openbare_aanbestedingspagina_met_percelen_en_verloop_is_toegankelijk()
    {
        await OpenAsync("/aanbestedingen/7");

        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Jeugdhulp Ambulant" })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Cell, new() { Name = "43B11 Logeren", Exact = true })).ToBeVisibleAsync();
        await SchermafdrukAsync("heropening-publiek");
        await AxeZonderOvertredingenAsync();
    }
}
