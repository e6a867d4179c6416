using Microsoft.Playwright;
using Zorginkoop.Browser.Tests.Infrastructure;
using Zorginkoop.Web.Accounts;

namespace Zorginkoop.Browser.Tests.Accounts;

public sealed class InloggenFormulierTests(BrowserEnvironment omgeving) : BrowserTests(omgeving)
{
    [Fact]
    public async Task Een_leeg_wachtwoord_geeft_een_toegankelijk_foutoverzicht()
    {
        await OpenAsync("/inloggen");
        await Page.GetByLabel("E-mailadres").FillAsync(DemoAccounts.Email("inkoper"));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();

        var overzicht = Page.Locator("#foutoverzicht");
        await Assertions.Expect(overzicht).ToBeVisibleAsync();
        await SchermafdrukAsync("inloggen-fout");

        var link = overzicht.GetByRole(AriaRole.Link, new() { Name = "Vul uw wachtwoord in." });
        Assert.Equal("#Input_Wachtwoord", await link.GetAttributeAsync("href"));
        Assert.Equal(1, await overzicht.GetByRole(AriaRole.Link).CountAsync()); // only the empty field

        var wachtwoord = Page.GetByLabel("Wachtwoord");
        Assert.Equal("true", await wachtwoord.GetAttributeAsync("aria-invalid"));
        Assert.Null(await Page.GetByLabel("E-mailadres").GetAttributeAsync("aria-invalid"));
        Assert.Equal(DemoAccounts.Email("inkoper"), await Page.GetByLabel("E-mailadres").InputValueAsync()); // kept
        Assert.Contains("Vul uw wachtwoord in.", await Page.Locator("#Input_Wachtwoord-fout").InnerTextAsync(), StringComparison.Ordinal);

        await AxeZonderOvertredingenAsync();

        // The link in the summary takes the user to the field.
        await link.ClickAsync();
        Assert.Equal("Input_Wachtwoord", await Page.EvaluateAsync<string>("() => document.activeElement.id"));
    }

    [Fact]
    public async Task Inloggen_met_het_toetsenbord_en_de_beheerpagina_is_toegankelijk()
    {
        await OpenAsync("/inloggen");
        await Page.GetByLabel("E-mailadres").FillAsync(DemoAccounts.Email("inkoper"));
        await Page.GetByLabel("Wachtwoord").FillAsync(DemoAccounts.Wachtwoord);
        await Page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(Page.GetByText("Ingelogd als inkoper@demo.zorginkoop.nl")).ToBeVisibleAsync();
        await OpenAsync("/catalogus/lekstroom");
        await SchermafdrukAsync("catalogus-lekstroom-inkoper");
        await AxeZonderOvertredingenAsync(); // the page with edit actions
    }

    [Fact]
    public async Task Uitloggen_met_de_knop_in_de_paginakop()
    {
        await OpenAsync("/inloggen");
        await Page.GetByLabel("E-mailadres").FillAsync(DemoAccounts.Email("inkoper"));
        await Page.GetByLabel("Wachtwoord").FillAsync(DemoAccounts.Wachtwoord);
        await Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Page.GetByText("Ingelogd als inkoper@demo.zorginkoop.nl")).ToBeVisibleAsync();

        await Page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync();

        await Assertions.Expect(Page.GetByText("U bent uitgelogd.")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Inloggen", Exact = true })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Mijn_account_toont_de_rollen_per_regio_en_is_toegankelijk()
    {
        await InloggenAlsAsync("inkoper.lekstroom");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Ingelogd als inkoper.lekstroom@demo.zorginkoop.nl" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Mijn account", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Cell, new() { Name = "Regio Lekstroom" })).ToBeVisibleAsync();
        await AxeZonderOvertredingenAsync();
        await SchermafdrukAsync("mijn-account");
    }
}
