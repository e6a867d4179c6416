using Microsoft.Playwright;
using Zorginkoop.Browser.Tests.Infrastructure;
using Zorginkoop.Demo;

namespace Zorginkoop.Browser.Tests.Gunning;

/// <summary>Assessment, award, the contract register and Open House admission as users do them, with axe on every page.</summary>
public sealed class GunningPaginaTests(BrowserEnvironment omgeving) : BrowserTests(omgeving)
{
    private static readonly string[] Inschrijvers = ["Reinaerde", "Stichting Abrona", "Stichting Kwintes"];

    /// <summary>
    /// The name of a control with a visually hidden addition ("Beoordelen" + ": Reinaerde"): Chromium puts a space before
    /// the hidden part (it is positioned absolutely), so the name is matched with optional spaces around the colon.
    /// </summary>
    private static System.Text.RegularExpressions.Regex Toegankelijk(string actie, string wie) =>
        new($"^{actie}\\s*:\\s*{System.Text.RegularExpressions.Regex.Escape(wie)}$");

    private async Task ScoorAllesAsync(string rol, int score, bool eerste)
    {
        await InloggenAlsAsync(rol);
        await OpenAsync("/aanbestedingen");
        await Page.GetByRole(AriaRole.Link, new() { Name = DemoInschrijvingen.BeoordelingNaam }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Beoordeling", Exact = true }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Beoordeling", Level = 1 })).ToBeVisibleAsync();
        if (eerste)
        {
            await AxeZonderOvertredingenAsync();
            await SchermafdrukAsync("beoordeling-overzicht");
        }

        var overzicht = Page.Url;
        foreach (var naam in Inschrijvers)
        {
            await OpenAsync(new Uri(overzicht).PathAndQuery);
            await Page.GetByRole(AriaRole.Link, new() { NameRegex = Toegankelijk("Beoordelen", naam) }).ClickAsync();
            await Page.GetByRole(AriaRole.Radio, new() { Name = "Voldoet", Exact = true }).CheckAsync();
            await Page.GetByLabel("Score (0 tot en met 10)").FillAsync(score.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await Page.GetByLabel("Motivering", new() { Exact = true }).Last.FillAsync($"Score {score} van {rol}: het plan is concreet.");
            if (eerste && naam == Inschrijvers[0])
            {
                await AxeZonderOvertredingenAsync();
                await SchermafdrukAsync("beoordelen-inschrijving");
            }

            await Page.GetByRole(AriaRole.Button, new() { Name = "Beoordeling indienen" }).ClickAsync();
            await Assertions.Expect(Page.GetByText("Uw beoordeling is ingediend.")).ToBeVisibleAsync();
        }

        await Page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync();
    }

    [Fact]
    public async Task Twee_beoordelaars_scoren_blind_leggen_consensus_vast_en_de_inkoper_gunt_voorlopig()
    {
        await ScoorAllesAsync("beoordelaar", 8, eerste: true);
        await ScoorAllesAsync("inkoper2", 6, eerste: false);

        // The consensus, by an assessor who submitted: now the other's scores are on the page.
        await InloggenAlsAsync("beoordelaar");
        await OpenAsync("/aanbestedingen");
        await Page.GetByRole(AriaRole.Link, new() { Name = DemoInschrijvingen.BeoordelingNaam }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Beoordeling", Exact = true }).ClickAsync();
        var overzicht = Page.Url;
        foreach (var naam in Inschrijvers)
        {
            await OpenAsync(new Uri(overzicht).PathAndQuery);
            await Page.GetByRole(AriaRole.Link, new() { NameRegex = Toegankelijk("Beoordelen", naam) }).ClickAsync();
            await Assertions.Expect(Page.GetByText("Score 6 van inkoper2: het plan is concreet.")).ToBeVisibleAsync();
            foreach (var (criterium, waarde) in new[] { ("UEA: geen uitsluitingsgronden", "1"), ("Kwaliteitsplan", "7") })
            {
                var sectie = Page.GetByRole(AriaRole.Region, new() { Name = criterium });
                await sectie.GetByLabel("Consensusscore", new() { Exact = false }).FillAsync(waarde);
                await sectie.GetByLabel("Motivering (komt in de gunningsbrieven)").FillAsync($"Consensus over {criterium.ToLowerInvariant()}: {waarde}.");
                await sectie.GetByRole(AriaRole.Button).ClickAsync();
                await Assertions.Expect(Page.GetByText("De consensusscore is vastgelegd.")).ToBeVisibleAsync();
            }

            if (naam == Inschrijvers[0])
            {
                await AxeZonderOvertredingenAsync();
                await SchermafdrukAsync("beoordelen-consensus");
            }
        }

        await Page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync();

        // The officer makes quality final (the prices open), then awards provisionally.
        await InloggenAlsAsync("inkoper");
        await OpenAsync(new Uri(overzicht).PathAndQuery);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Kwaliteitsscores definitief maken" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Rangschikking" })).ToBeVisibleAsync();
        await AxeZonderOvertredingenAsync();
        await SchermafdrukAsync("beoordeling-rangschikking");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Voorlopig gunnen" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Gunningsbeslissing", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByText("De opschortingstermijn loopt tot")).ToBeVisibleAsync();
        await AxeZonderOvertredingenAsync();
        await SchermafdrukAsync("gunningsbeslissing");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Brief aan Reinaerde" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Brief aan Reinaerde", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByText("Wij zijn voornemens dit perceel aan u te gunnen.")).ToBeVisibleAsync();
        await AxeZonderOvertredingenAsync();
        await SchermafdrukAsync("gunningsbrief");
    }

    [Fact]
    public async Task Het_contractregister_en_een_contract_zijn_toegankelijk()
    {
        await InloggenAlsAsync("contractmanager");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Contractregister" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Contractregister", Level = 1 })).ToBeVisibleAsync();
        await AxeZonderOvertredingenAsync();
        await SchermafdrukAsync("contractregister");

        // The page's own filter, not the site search in the header.
        await Page.Locator("main").GetByLabel("Zoeken").FillAsync("Combinatie");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Filteren" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "de Combinatie (penvoerder Stichting Timon)" }).ClickAsync();
        await Assertions.Expect(Page.GetByText("de Combinatie: Stichting Timon (penvoerder), Stichting de Rading")).ToBeVisibleAsync();
        await AxeZonderOvertredingenAsync();
        await SchermafdrukAsync("contract-combinatie");
    }

    [Fact]
    public async Task De_openbare_lijst_van_gecontracteerde_aanbieders_is_toegankelijk()
    {
        await OpenAsync("/gecontracteerd?regio=lekstroom");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Gecontracteerde zorgaanbieders", Level = 1 })).ToBeVisibleAsync();
        await AxeZonderOvertredingenAsync();
        await SchermafdrukAsync("gecontracteerd");
    }

    [Fact]
    public async Task Een_aanbieder_meldt_zich_aan_voor_Open_House_en_de_inkoper_laat_toe()
    {
        await InloggenAlsAsync("aanbieder2");
        await OpenAsync("/aanbestedingen");
        await Page.GetByRole(AriaRole.Link, new() { Name = DemoContracten.OpenHouseNaam }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Aanmelden of mijn aanmelding bekijken" }).ClickAsync();
        await AxeZonderOvertredingenAsync();
        await Page.GetByLabel("Perceel 1:", new() { Exact = false }).CheckAsync();
        foreach (var eis in await Page.GetByRole(AriaRole.Group, new() { Name = "Toelatingseisen: wij verklaren dat wij voldoen aan" }).GetByRole(AriaRole.Checkbox).AllAsync())
        {
            await eis.CheckAsync();
        }

        await Page.GetByRole(AriaRole.Button, new() { Name = "Aanmelding indienen" }).ClickAsync();
        await Assertions.Expect(Page.GetByText("Uw aanmelding is ontvangen.")).ToBeVisibleAsync();
        await AxeZonderOvertredingenAsync();
        await SchermafdrukAsync("aanmelden-open-house");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync();

        await InloggenAlsAsync("inkoper");
        await OpenAsync("/aanbestedingen");
        await Page.GetByRole(AriaRole.Link, new() { Name = DemoContracten.OpenHouseNaam }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Aanmeldingen en toelating" }).ClickAsync();
        await AxeZonderOvertredingenAsync();
        await SchermafdrukAsync("toelating");
        await Page.GetByRole(AriaRole.Button, new() { NameRegex = Toegankelijk("Toelaten", "Tzorg") }).ClickAsync();
        await Assertions.Expect(Page.GetByText("De aanbieder is toegelaten")).ToBeVisibleAsync();
    }
}
