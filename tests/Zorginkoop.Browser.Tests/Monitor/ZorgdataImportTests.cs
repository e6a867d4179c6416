using System.Text;
using Microsoft.Playwright;
using Zorginkoop.Browser.Tests.Infrastructure;

namespace Zorginkoop.Browser.Tests.Monitor;

/// <summary>An analyst uploads care data through the form and follows the import on its status page.</summary>
public sealed class ZorgdataImportTests(BrowserEnvironment omgeving) : BrowserTests(omgeving)
{
    [Fact]
    public async Task De_statuspagina_volgt_de_import_tot_het_resultaat_en_is_toegankelijk()
    {
        // Fifty thousand lines in March 2019 of a provider of their own: the first view is often of a running import
        // (any view must be accessible), and the 2018 figures the other browser tests look at stay as they are. Two
        // hundred thousand cost CI a minute for no more certainty.
        var csv = new StringBuilder("toewijzingnummer;bsn;gemeente;agb;productcode;begindatum;einddatum;volume;eenheid;bedrag_cent\n");
        foreach (var i in Enumerable.Range(1, 50_000))
        {
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"{880_000 + i};999900018;0632;98000009;45A51;2019-03-01;2019-03-31;1;uur;{i}\n");
        }

        await InloggenAlsAsync("analist");
        // The page's script reloads the page once the import is done. Hold its progress requests until axe has read
        // the first view, or a reload in the middle of the scan takes axe's script away ("axe is not defined").
        var axeKlaar = new TaskCompletionSource();
        await Page.RouteAsync(url => url.Contains("handler=Voortgang", StringComparison.Ordinal), async route =>
        {
            await axeKlaar.Task;
            await route.ContinueAsync();
        });
        await OpenAsync("/zorgdata");
        await Page.GetByLabel("Bestand").SetInputFilesAsync(new FilePayload
        {
            Name = "maart-2019.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes(csv.ToString()),
        });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Importeren" }).ClickAsync();

        // Whatever moment the first view catches (waiting, running or done), it must be accessible.
        await Assertions.Expect(Page.Locator("h1")).ToHaveTextAsync("Import van maart-2019.csv");
        await SchermafdrukAsync("zorgdata-import-eerste-blik");
        await AxeZonderOvertredingenAsync();
        axeKlaar.SetResult();
        // With script the link to refresh by hand is not needed; the script asks for the progress every 2 seconds
        // and shows the result when the import is done.
        await Assertions.Expect(Page.GetByText("Status vernieuwen")).ToBeHiddenAsync();
        await Assertions.Expect(Page.GetByText("Geïmporteerd: 50.000 regels, 50.000 toegevoegd, 0 waren er al."))
            .ToBeVisibleAsync(new() { Timeout = 30_000 });
        await SchermafdrukAsync("zorgdata-import-klaar");
        await AxeZonderOvertredingenAsync();
        Assert.Equal(0, await Page.Locator("progress").CountAsync());
    }
}
