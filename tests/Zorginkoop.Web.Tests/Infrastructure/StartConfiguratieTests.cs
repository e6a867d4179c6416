using System.Diagnostics;
using Zorginkoop.Tests.Shared;

namespace Zorginkoop.Web.Tests.Infrastructure;

/// <summary>
/// A wrong setting stops the app at start, with a Dutch message that names the key, exit code 2 and no stack trace:
/// never a running app that answers 500 on every page (issue 13, point 7). The app runs as a real process.
/// </summary>
public sealed class StartConfiguratieTests : IDisposable
{
    private readonly TempFolder map = new();

    public void Dispose() => map.Dispose();

    public static TheoryData<string, string, string> Fouten => new()
    {
        { "Authenticatie__Aanbieders__Authority=http://broker.eherkenning.test;Authenticatie__Aanbieders__ClientId=zi;Authenticatie__Aanbieders__ClientSecret=s",
            "Authenticatie:Aanbieders:Authority 'http://broker.eherkenning.test' gebruikt http", "Production" },
        { "Authenticatie__Medewerkers__Authority=http://login.regio.test/realms/zorg;Authenticatie__Medewerkers__ClientId=zi;Authenticatie__Medewerkers__ClientSecret=s",
            "Authenticatie:Medewerkers:Authority 'http://login.regio.test/realms/zorg' gebruikt http", "Staging" },
        { "Authenticatie__Medewerkers__Authority=https://login.regio.test/realms/zorg;Authenticatie__Medewerkers__ClientSecret=s",
            "Authenticatie:Medewerkers:ClientId ontbreekt", "Development" },
        { "Authenticatie__Aanbieders__Authority=https://broker.eherkenning.test;Authenticatie__Aanbieders__ClientId=zi",
            "Authenticatie:Aanbieders:ClientSecret ontbreekt", "Development" },
        { "Authenticatie__Aanbieders__ClientId=zi;Authenticatie__Aanbieders__ClientSecret=s",
            "Authenticatie:Aanbieders:Authority ontbreekt", "Production" },
        { "Meldingen__Kanaal=smtp", "Meldingen:Kanaal is 'smtp' maar Meldingen:Smtp:Host is leeg.", "Production" },
        { "Zorginkoop__DemoAccounts=true", "Zorginkoop:DemoAccounts staat aan in Production.", "Production" },
        { "Audit__Sleutel=", "Er is geen sleutel voor het auditlog: stel Audit:Sleutel in", "Production" },
        { "Webhooks__HttpToestaan=true", "Webhooks:HttpToestaan staat aan buiten Development.", "Staging" },
        { "Webhooks__PriveAdressenToestaan=ja", "Webhooks:PriveAdressenToestaan heeft de waarde 'ja', maar moet true of false zijn.", "Production" },
        { "OpenbarePaginas__CacheSeconden=-1", "OpenbarePaginas:CacheSeconden ligt tussen 0 (uit) en 300.", "Production" },
        { "Audit__Sleutel=te-kort", "Audit:Sleutel moet base64 zijn van ten minste 32 bytes", "Production" },
    };

    [Theory]
    [MemberData(nameof(Fouten))]
    public async Task Een_verkeerde_instelling_stopt_de_app_bij_de_start_met_de_sleutel_erin(string instellingen, string melding, string omgeving)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = AppContext.BaseDirectory };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Zorginkoop.Web.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = omgeving;
        start.Environment["Zorginkoop__DataMap"] = map.Pad;
        start.Environment["Zorginkoop__DemoDataLaden"] = "false";
        foreach (var paar in instellingen.Split(';'))
        {
            var (sleutel, waarde) = (paar[..paar.IndexOf('=', StringComparison.Ordinal)], paar[(paar.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            start.Environment[sleutel] = waarde;
        }

        using var proces = Process.Start(start)!;
        var uit = proces.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var fout = proces.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await proces.WaitForExitAsync(TestContext.Current.CancellationToken);
        var tekst = await uit + await fout;

        Assert.Equal(2, proces.ExitCode);
        Assert.Contains("Zorginkoop start niet door een configuratiefout:", tekst, StringComparison.Ordinal);
        Assert.Contains(melding, tekst, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", tekst, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", tekst, StringComparison.Ordinal);
        // Nothing was done before the check: no database was made.
        Assert.False(File.Exists(Path.Combine(map.Pad, "zorginkoop.db")));
    }
}
