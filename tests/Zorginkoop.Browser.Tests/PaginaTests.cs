using Microsoft.Playwright;
using Zorginkoop.Browser.Tests.Infrastructure;

namespace Zorginkoop.Browser.Tests;

/// <summary>Every public page, as a browser renders it, passes axe's WCAG 2.2 AA rules.</summary>
public sealed class PaginaTests(BrowserEnvironment omgeving) : BrowserTests(omgeving)
{
    [Theory]
    [InlineData("/", "startpagina", "Zorginkoop")]
    [InlineData("/catalogus", "catalogus", "Catalogus")]
    [InlineData("/catalogus/lekstroom", "catalogus-lekstroom", "Catalogus Regio Lekstroom")]
    [InlineData("/catalogus/lekstroom?domein=jeugd&zoek=43", "catalogus-lekstroom-gefilterd", "Catalogus Regio Lekstroom")]
    [InlineData("/zorgaanbieders", "zorgaanbieders", "Zorgaanbieders")]
    [InlineData("/inloggen", "inloggen", "Inloggen")]
    [InlineData("/toegankelijkheid", "toegankelijkheid", null)]
    [InlineData("/aanbestedingen", "aanbestedingen", "Aanbestedingen")]
    [InlineData("/monitor?periode=2018&gemeente=0632&indeling=kwartaal", "monitor-woerden-2018", "Monitor zorggebruik en kosten")]
    public async Task De_pagina_heeft_geen_WCAG_overtredingen(string pad, string naam, string? kop)
    {
        await OpenAsync(pad);
        await SchermafdrukAsync(naam);

        Assert.Equal("nl", await Page.GetAttributeAsync("html", "lang"));
        if (kop is not null)
        {
            Assert.Equal(kop, (await Page.Locator("h1").InnerTextAsync()).Trim());
        }

        await AxeZonderOvertredingenAsync();
    }

    [Theory]
    [InlineData("/catalogus/lekstroom", "43B11", "Logeren", "product-43B11")]
    [InlineData("/zorgaanbieders", "ASVZ", "ASVZ", "zorgaanbieder-asvz")]
    [InlineData("/aanbestedingen", "Jeugdhulp Ambulant", "Jeugdhulp Ambulant", "aanbesteding-ambulant")]
    [InlineData("/aanbestedingen", "Oefenaanbesteding Wmo Individuele Begeleiding 2027", "Oefenaanbesteding Wmo Individuele Begeleiding 2027", "aanbesteding-gezamenlijk")]
    public async Task De_detailpagina_via_de_lijst_heeft_geen_WCAG_overtredingen(string lijst, string link, string kop, string naam)
    {
        // Reached by clicking, as a user does: ids differ per database, the link text does not.
        await OpenAsync(lijst);
        await Page.GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync();
        await Assertions.Expect(Page.Locator("h1")).ToContainTextAsync(kop);
        await SchermafdrukAsync(naam);

        await AxeZonderOvertredingenAsync();
    }

    [Fact]
    public async Task De_NL_Design_System_stijlen_zijn_geladen()
    {
        // An unstyled page would still pass most checks; the theme sets the body font from the design tokens.
        await OpenAsync("/");

        var lettertype = await Page.EvaluateAsync<string>("() => getComputedStyle(document.body).fontFamily");
        var stijlbladen = await Page.EvaluateAsync<int>("() => document.styleSheets.length");

        Assert.Equal(3, stijlbladen);
        Assert.NotEqual("\"Times New Roman\"", lettertype);
    }

    [Fact]
    public async Task De_eerste_tab_gaat_naar_de_link_naar_de_inhoud()
    {
        await OpenAsync("/catalogus/lekstroom");

        await Page.Keyboard.PressAsync("Tab");
        var link = Page.Locator(":focus");

        Assert.Equal("Naar de inhoud", (await link.InnerTextAsync()).Trim());
        Assert.Equal("#inhoud", await link.GetAttributeAsync("href"));
        Assert.True(await link.IsVisibleAsync(), "De skiplink moet zichtbaar worden bij focus.");
        await SchermafdrukAsync("skiplink-focus");

        await Page.Keyboard.PressAsync("Enter");
        Assert.Equal("inhoud", await Page.EvaluateAsync<string>("() => document.activeElement.id"));
    }
}
