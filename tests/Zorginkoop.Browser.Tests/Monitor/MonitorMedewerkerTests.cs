using Microsoft.Playwright;
using Zorginkoop.Browser.Tests.Infrastructure;

namespace Zorginkoop.Browser.Tests.Monitor;

/// <summary>The monitor's employee pages, logged in as an analyst, pass axe's WCAG 2.2 AA rules.</summary>
public sealed class MonitorMedewerkerTests(BrowserEnvironment omgeving) : BrowserTests(omgeving)
{
    [Theory]
    [InlineData("/monitor?periode=2018&gemeente=0632", "monitor-analist", "Monitor zorggebruik en kosten")]
    [InlineData("/monitor/dekking?regio=utrecht-west&periode=2018", "dekking", "Dekking per product en gemeente")]
    [InlineData("/monitor/budget?regio=utrecht-west&jaar=2018", "budget", "Budget en realisatie")]
    [InlineData("/zorgdata", "zorgdata", "Zorggegevens importeren")]
    public async Task De_pagina_heeft_geen_WCAG_overtredingen(string pad, string naam, string kop)
    {
        await InloggenAlsAsync("analist");
        await OpenAsync(pad);
        await SchermafdrukAsync(naam);

        Assert.Equal(kop, (await Page.Locator("h1").InnerTextAsync()).Trim());
        await AxeZonderOvertredingenAsync();
    }

    [Fact]
    public async Task Het_budgetformulier_van_een_inkoper_is_toegankelijk()
    {
        await InloggenAlsAsync("inkoper");
        await OpenAsync("/monitor/budget?regio=utrecht-west&jaar=2018");
        await Page.GetByLabel("Budget Jeugdwet Verblijf in euro").FillAsync("1.000.000");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Budget opslaan" }).ClickAsync();

        await Assertions.Expect(Page.GetByText("Het budget 2018 is opgeslagen.")).ToBeVisibleAsync();
        await SchermafdrukAsync("budget-inkoper");
        await AxeZonderOvertredingenAsync();
    }
}
