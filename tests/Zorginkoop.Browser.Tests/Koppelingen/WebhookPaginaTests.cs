using Microsoft.Playwright;
using Zorginkoop.Browser.Tests.Infrastructure;

namespace Zorginkoop.Browser.Tests.Koppelingen;

/// <summary>An inkoper adds a webhook, sees its secret once, and opens its delivery log (issue 17).</summary>
public sealed class WebhookPaginaTests(BrowserEnvironment omgeving) : BrowserTests(omgeving)
{
    [Fact]
    public async Task Een_inkoper_voegt_een_webhook_toe_en_opent_het_bezorglog()
    {
        await InloggenAlsAsync("inkoper");
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Koppelingen" }).ClickAsync();
        await Assertions.Expect(Page.Locator("h1")).ToHaveTextAsync("Webhooks");
        await AxeZonderOvertredingenAsync();

        // Without a kind of event: the summary names the fieldset, and nothing is made.
        await Page.GetByLabel("URL").FillAsync("https://145.12.1.7/zorginkoop");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Webhook toevoegen" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Kies ten minste één soort gebeurtenis." })).ToBeVisibleAsync();
        await SchermafdrukAsync("webhook-fout");
        await AxeZonderOvertredingenAsync();

        await Page.GetByLabel("Omschrijving").FillAsync("Toewijzingssysteem Houten");
        var soorten = Page.GetByRole(AriaRole.Group, new() { Name = "Gebeurtenissen" });
        await soorten.GetByLabel("Een raamovereenkomst is ingegaan").CheckAsync();
        await soorten.GetByLabel("Een aanbesteding is definitief gegund").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Webhook toevoegen" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Webhook toegevoegd" })).ToBeVisibleAsync();
        Assert.Matches("^[0-9a-f]{64}$", (await Page.Locator("#geheim").InnerTextAsync()).Trim());
        await SchermafdrukAsync("webhook-toegevoegd");
        await AxeZonderOvertredingenAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Toewijzingssysteem Houten" }).First.ClickAsync();
        await Assertions.Expect(Page.Locator("h1")).ToHaveTextAsync("Toewijzingssysteem Houten");
        await Assertions.Expect(Page.GetByText("Er zijn (nog) geen berichten naar deze webhook.")).ToBeVisibleAsync();
        Assert.Equal(0, await Page.Locator("#geheim").CountAsync());
        await SchermafdrukAsync("webhook");
        await AxeZonderOvertredingenAsync();

        await Page.GetByRole(AriaRole.Button, new() { Name = "Testbericht sturen" }).ClickAsync();
        await Assertions.Expect(Page.GetByText("Het testbericht staat klaar")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Table).GetByText("webhook.test", new() { Exact = true })).ToBeVisibleAsync();
        await SchermafdrukAsync("webhook-testbericht");
        await AxeZonderOvertredingenAsync();

        // Removing asks first.
        await Page.GetByRole(AriaRole.Button, new() { Name = "Webhook verwijderen" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Webhook verwijderen?" })).ToBeVisibleAsync();
        await AxeZonderOvertredingenAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Ja, verwijderen" }).ClickAsync();
        await Assertions.Expect(Page.GetByText("is verwijderd. Er gaan geen berichten meer heen.")).ToBeVisibleAsync();
    }
}
