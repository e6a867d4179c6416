using Microsoft.Playwright;
using Zorginkoop.Browser.Tests.Infrastructure;

namespace Zorginkoop.Browser.Tests.Aanbestedingen;

public sealed class AanbestedingBeheerPaginaTests(BrowserEnvironment omgeving) : BrowserTests(omgeving)
{
    [Fact]
    public async Task De_procedurepagina_met_stappen_en_geschiedenis_is_toegankelijk()
    {
        await InloggenAlsAsync("inkoper");

        await OpenAsync("/aanbestedingen");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Jeugdhulp Ambulant", Exact = true }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Wijzigingen" })).ToBeVisibleAsync();
        await SchermafdrukAsync("aanbesteding-inkoper");

        await AxeZonderOvertredingenAsync();
    }

    [Fact]
    public async Task Een_inkoper_maakt_een_aanbesteding_deelt_haar_in_en_publiceert_en_het_publiek_ziet_haar()
    {
        await InloggenAlsAsync("inkoper");
        await OpenAsync("/aanbestedingen/nieuw");

        // First an empty form: the error summary and the field errors must be accessible too.
        await Page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Het formulier is nog niet goed ingevuld" })).ToBeVisibleAsync();
        await AxeZonderOvertredingenAsync();

        await Page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Vervoer Wmo Lekstroom 2027");
        await Page.GetByLabel("Regio").SelectOptionAsync("lekstroom");
        await Page.GetByLabel("Procedure").SelectOptionAsync("SasProcedure");
        await Page.GetByLabel("TenderNed-kenmerk").FillAsync("TN512345");
        await Page.GetByLabel("Uiterste inschrijfdatum").FillAsync("2030-06-28T12:00");
        await Page.GetByLabel("Ingangsdatum contract").FillAsync("2031-01-01");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Percelen", Level = 1 })).ToBeVisibleAsync();
        await Page.GetByLabel("Segment").SelectOptionAsync(new SelectOptionValue { Label = "Individuele Begeleiding" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Perceel toevoegen" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Cell, new() { Name = "segment Individuele Begeleiding" })).ToBeVisibleAsync();
        await AxeZonderOvertredingenAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Terug naar de aanbesteding" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Publiceren" }).ClickAsync();
        await Assertions.Expect(Page.GetByText("De aanbesteding is nu gepubliceerd.")).ToBeVisibleAsync();
        var adres = Page.Url;
        await SchermafdrukAsync("aanbesteding-gepubliceerd-inkoper");

        // The public, in a context without the officer's cookie.
        var publiek = await Omgeving.Browser.NewPageAsync(new BrowserNewPageOptions { Locale = "nl-NL" });
        await publiek.GotoAsync(adres);
        await Assertions.Expect(publiek.GetByText("Inschrijven kan tot 28 juni 2030, 12:00 uur.")).ToBeVisibleAsync();
        await Assertions.Expect(publiek.GetByRole(AriaRole.Button, new() { Name = "Publiceren" })).ToHaveCountAsync(0);
        await publiek.CloseAsync();
    }

    [Theory]
    [InlineData("/aanbestedingen/2/heropenen", "heropenen", "Producten opnieuw openzetten")]
    [InlineData("/aanbestedingen/2/documenten", "aanbesteding-documenten", "Documenten beheren")]
    [InlineData("/aanbestedingen/7/uitstellen", "uitstellen", "Uitstellen")]
    [InlineData("/inkooptrajecten/1/documenten", "traject-documenten", "Documenten beheren")]
    [InlineData("/inkooptrajecten/1/bijeenkomsten/nieuw", "bijeenkomst-nieuw", "Bijeenkomst toevoegen")]
    [InlineData("/inkooptrajecten/1/fasen/4/bewerken", "fase-bewerken", "Fase 4 Implementeren bewerken")]
    [InlineData("/inkooptrajecten/nieuw", "traject-nieuw", "Inkooptraject toevoegen")]
    [InlineData("/catalogus/lekstroom/huisstijl", "regio-huisstijl", "Huisstijl van Regio Lekstroom")]
    public async Task De_beheerpaginas_zijn_toegankelijk(string pad, string naam, string kop)
    {
        await InloggenAlsAsync("inkoper");
        await OpenAsync(pad);
        await SchermafdrukAsync(naam);

        Assert.Equal(kop, (await Page.Locator("h1").InnerTextAsync()).Trim());
        await AxeZonderOvertredingenAsync();
    }
}
