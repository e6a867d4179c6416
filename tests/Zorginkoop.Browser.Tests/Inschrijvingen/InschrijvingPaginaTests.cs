using Microsoft.Playwright;
using Zorginkoop.Browser.Tests.Infrastructure;
using Zorginkoop.Demo;

namespace Zorginkoop.Browser.Tests.Inschrijvingen;

/// <summary>The provider's journey and the four-eyes opening as users do them in the browser, with axe on every page.</summary>
public sealed class InschrijvingPaginaTests(BrowserEnvironment omgeving) : BrowserTests(omgeving)
{
    [Fact]
    public async Task Een_aanbieder_schrijft_in_met_een_bestand_dient_in_en_krijgt_een_ontvangstbewijs()
    {
        await InloggenAlsAsync("aanbieder");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Mijn inschrijvingen" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Mijn inschrijvingen", Level = 1 })).ToBeVisibleAsync();
        await AxeZonderOvertredingenAsync();
        await SchermafdrukAsync("mijn-inschrijvingen");

        await Page.GetByRole(AriaRole.Table, new() { Name = "Aanbestedingen open voor inschrijving" })
            .GetByRole(AriaRole.Link, new() { Name = DemoInschrijvingen.OpenNaam }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Inschrijven of mijn inschrijving bekijken" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Nog te doen vóór het indienen" })).ToBeVisibleAsync();
        await AxeZonderOvertredingenAsync();

        // Submitting too early shows what is missing, accessibly.
        await Page.GetByRole(AriaRole.Button, new() { Name = "Inschrijving indienen" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Het formulier is nog niet goed ingevuld" })).ToBeVisibleAsync();
        await AxeZonderOvertredingenAsync();

        await Page.GetByLabel("Bestand kiezen").SetInputFilesAsync(new FilePayload { Name = "hkz-certificaat.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4 demo"u8.ToArray() });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Bestand toevoegen" }).ClickAsync();
        await Assertions.Expect(Page.GetByText("Het bestand is versleuteld bewaard.")).ToBeVisibleAsync();
        await Page.GetByLabel("Perceel 1: Individuele Begeleiding").CheckAsync();
        foreach (var groep in await Page.GetByRole(AriaRole.Group).AllAsync())
        {
            var ja = groep.GetByRole(AriaRole.Radio, new() { Name = "Ja" });
            if (await ja.CountAsync() == 1)
            {
                await ja.CheckAsync();
            }
        }

        await Page.GetByLabel("Kwaliteitsplan", new() { Exact = false }).FillAsync("Wij werken in vaste wijkteams.");
        await Page.GetByLabel("Perceel 1: prijs per eenheid in euro").FillAsync("64,10");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Concept bewaren" }).ClickAsync();
        await Assertions.Expect(Page.GetByText("Uw concept is bewaard. Het is nog niet ingediend.")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByLabel("Kwaliteitsplan", new() { Exact = false })).ToHaveValueAsync("Wij werken in vaste wijkteams.");
        await Assertions.Expect(Page.GetByLabel("Perceel 1: prijs per eenheid in euro")).ToHaveValueAsync("64,10");
        await AxeZonderOvertredingenAsync();
        await SchermafdrukAsync("inschrijving-ingevuld");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Inschrijving indienen" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Ontvangstbewijs", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByText("Uw inschrijving is ingediend. Bewaar dit ontvangstbewijs.")).ToBeVisibleAsync();
        await AxeZonderOvertredingenAsync();
        await SchermafdrukAsync("ontvangstbewijs");

        await Page.GetByRole(AriaRole.Link, new() { Name = "controleer het hier" }).ClickAsync();
        await Assertions.Expect(Page.GetByText("Geldig controlegetal")).ToBeVisibleAsync();
        await AxeZonderOvertredingenAsync();
    }

    [Fact]
    public async Task Twee_inkopers_openen_samen_de_kluis_na_de_deadline()
    {
        await InloggenAlsAsync("inkoper");
        await OpenAsync("/aanbestedingen");
        await Page.GetByRole(AriaRole.Link, new() { Name = DemoInschrijvingen.GeslotenNaam }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Kluis: ingediende inschrijvingen" }).ClickAsync();
        await Assertions.Expect(Page.GetByText("Er zijn 2 inschrijvingen ingediend.")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByText("Wij werken wijkgericht")).ToHaveCountAsync(0);
        await AxeZonderOvertredingenAsync();
        var kluis = Page.Url;

        await Page.GetByRole(AriaRole.Button, new() { Name = "Opening aanvragen" }).ClickAsync();
        await Assertions.Expect(Page.GetByText("Een andere inkoper bevestigt de opening.")).ToBeVisibleAsync();
        await AxeZonderOvertredingenAsync();

        await Page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync();
        await InloggenAlsAsync("inkoper2");
        await OpenAsync(new Uri(kluis).PathAndQuery);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Opening bevestigen en de kluis openen" }).ClickAsync();

        await Assertions.Expect(Page.GetByText("De kluis is geopend.")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Stichting Kwintes" })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByText("Wij werken wijkgericht met vaste koppels van begeleiders")).ToBeVisibleAsync();
        await AxeZonderOvertredingenAsync();
        await SchermafdrukAsync("kluis-geopend");
    }

    [Fact]
    public async Task De_eisen_aan_de_inschrijving_zijn_toegankelijk()
    {
        await InloggenAlsAsync("inkoper");
        await OpenAsync("/aanbestedingen");
        await Page.GetByRole(AriaRole.Link, new() { Name = DemoInschrijvingen.OpenNaam }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Eisen aan de inschrijving" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Cell, new() { Name = "Prijs per eenheid" })).ToBeVisibleAsync();
        await AxeZonderOvertredingenAsync();
        await SchermafdrukAsync("eisen");
    }

    [Fact]
    public async Task Een_aanbieder_stelt_een_vraag_en_iedereen_leest_de_nota_van_inlichtingen()
    {
        await InloggenAlsAsync("aanbieder");
        await OpenAsync("/aanbestedingen");
        await Page.GetByRole(AriaRole.Link, new() { Name = DemoInschrijvingen.OpenNaam }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Vragen stellen of mijn vragen bekijken" }).ClickAsync();

        await Page.GetByRole(AriaRole.Button, new() { Name = "Vraag stellen" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Het formulier is nog niet goed ingevuld" })).ToBeVisibleAsync();
        await AxeZonderOvertredingenAsync();
        await Page.GetByLabel("Perceel").SelectOptionAsync("1");
        await Page.GetByLabel("Uw vraag").FillAsync("Mag een ZZP'er als onderaannemer werken?");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Vraag stellen" }).ClickAsync();
        await Assertions.Expect(Page.GetByText("Uw vraag is ontvangen als vraag")).ToBeVisibleAsync();
        await AxeZonderOvertredingenAsync();
        await SchermafdrukAsync("vragen-aanbieder");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync();
        await OpenAsync("/aanbestedingen");
        await Page.GetByRole(AriaRole.Link, new() { Name = DemoInschrijvingen.OpenNaam }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Nota van Inlichtingen 1" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Nota van Inlichtingen 1", Level = 1 })).ToBeVisibleAsync();
        await AxeZonderOvertredingenAsync();
        await SchermafdrukAsync("nota-van-inlichtingen");
    }

    [Fact]
    public async Task De_vragen_voor_de_inkoper_zijn_toegankelijk()
    {
        await InloggenAlsAsync("inkoper");
        await OpenAsync("/aanbestedingen");
        await Page.GetByRole(AriaRole.Link, new() { Name = DemoInschrijvingen.OpenNaam }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Vragen en Nota van Inlichtingen" }).ClickAsync();
        await AxeZonderOvertredingenAsync();
        await SchermafdrukAsync("vragen-beheer");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Vraag 1", Exact = true }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Vraag 1", Level = 1 })).ToBeVisibleAsync();
        await AxeZonderOvertredingenAsync();
    }
}
