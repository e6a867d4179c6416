using System.Diagnostics;

namespace Zorginkoop.Tests.Cli;

/// <summary>Runs the real <c>zorginkoop</c> command (the CLI assembly next to the tests) as a process, with its own data folder.</summary>
public static class CliProces
{
    public static Task<(int Code, string Uit, string Fout)> RunAsync(string dataMap, params string[] argumenten) =>
        RunAsync(dataMap, new Dictionary<string, string>(), argumenten);

    /// <param name="omgeving">Environment variables for the process, e.g. a PostgreSQL database.</param>
    public static async Task<(int Code, string Uit, string Fout)> RunAsync(string dataMap, IReadOnlyDictionary<string, string> omgeving, params string[] argumenten)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Zorginkoop.Cli.dll"));
        foreach (var a in argumenten)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["Zorginkoop__DataMap"] = dataMap;
        start.Environment["DOTNET_ENVIRONMENT"] = "Development";
        start.Environment.Remove("Database__Provider");
        start.Environment.Remove("ConnectionStrings__Zorginkoop");
        foreach (var (naam, waarde) in omgeving)
        {
            start.Environment[naam] = waarde;
        }

        using var proces = Process.Start(start)!;
        var uit = proces.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var fout = proces.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await proces.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (proces.ExitCode, await uit, await fout);
    }
}
