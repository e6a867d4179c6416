using Microsoft.Playwright;
using Zorginkoop.Browser.Tests.Infrastructure;

namespace Zorginkoop.Browser.Tests.Accounts;

/// <summary>Account management and two-step set-up as a beheerder uses them: by label and button, with axe on each page.</summary>
public sealed class AccountBeheerPaginaTests(BrowserEnvironment omgeving) : BrowserTests(omgeving)
{
    [Fact]
    public async Task Een_beheerder_nodigt_iemand_uit_en_opent_een_account()
    {
        var email = $"browser.{Guid.NewGuid():N}@gemeente.example.nl";
        await InloggenAlsAsync("beheerder.lekstroom");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Accounts", Exact = true }).ClickAsync();
        await Assertions.Expect(Page.Locator("h1")).ToHaveTextAsync("Accounts van Regio Lekstroom");
        await SchermafdrukAsync("accounts-lekstroom");
        await AxeZonderOvertredingenAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Iemand uitnodigen" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Uitnodiging versturen" }).ClickAsync();
        await Assertions.Expect(Page.Locator("#foutoverzicht")).ToBeVisibleAsync();
        await SchermafdrukAsync("accounts-uitnodigen-fout");
        await AxeZonderOvertredingenAsync();

        await Page.GetByLabel("E-mailadres").FillAsync(email);
        await Page.GetByLabel("Analist").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Uitnodiging versturen" }).ClickAsync();
        await Assertions.Expect(Page.GetByText($"De uitnodiging is verstuurd naar {email}")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Cell, new() { Name = email, Exact = true })).ToBeVisibleAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Demo inkoper lekstroom" }).ClickAsync();
        await Assertions.Expect(Page.Locator("h1")).ToHaveTextAsync("Account van Demo inkoper lekstroom");
        Assert.True(await Page.GetByLabel("Inkoper").IsCheckedAsync());
        await SchermafdrukAsync("account-inkoper-lekstroom");
        await AxeZonderOvertredingenAsync();
    }

    [Fact]
    public async Task De_pagina_voor_inloggen_in_twee_stappen_is_toegankelijk()
    {
        await InloggenAlsAsync("analist");
        await OpenAsync("/account/tweestaps");

        await Assertions.Expect(Page.GetByRole(AriaRole.Img, new() { NameRegex = new System.Text.RegularExpressions.Regex("^QR-code") })).ToBeVisibleAsync();
        await SchermafdrukAsync("tweestaps-instellen");
        await AxeZonderOvertredingenAsync();
    }
}
