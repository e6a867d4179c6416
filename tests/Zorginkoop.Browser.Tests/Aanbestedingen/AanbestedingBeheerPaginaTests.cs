using Microsoft.Playwright;
using Zorginkoop.Browser.Tests.Infrastructuur;
using Zorginkoop.Web.Accounts;

namespace Zorginkoop.Browser.Tests.Aanbestedingen;

public sealed class AanbestedingBeheerPaginaTests(BrowserOmgeving omgeving) : BrowserTests(omgeving)
{
    [Fact]
    public async Task De_procedurepagina_met_stappen_en_geschiedenis_is_toegankelijk()
    {
        await OpenAsync("/inloggen");
        await Page.GetByLabel("E-mailadres").FillAsync(DemoAccounts.Email("inkoper"));
        await Page.GetByLabel("Wachtwoord").FillAsync(DemoAccounts.Wachtwoord);
        await Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Page.GetByText("Ingelogd als inkoper@demo.zorginkoop.nl")).ToBeVisibleAsync();

        await OpenAsync("/aanbestedingen");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Jeugdhulp Ambulant", Exact = true }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Wijzigingen" })).ToBeVisibleAsync();
        await SchermafdrukAsync("aanbesteding-inkoper");

        await AxeZonderOvertredingenAsync();
    }
}
