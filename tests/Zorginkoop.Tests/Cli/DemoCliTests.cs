using Microsoft.Data.Sqlite;
using Zorginkoop.Tests.Shared;

namespace Zorginkoop.Tests.Cli;

/// <summary>
/// The real zorginkoop command on a data folder of its own per test, holding the demo data. The demo is loaded by the
/// command once per test run, into a template folder; each test gets a copy of that folder (its SQLite files, keys and
/// monitor index), which is what the command would have made, in milliseconds instead of seconds.
/// </summary>
public abstract class DemoCliTests : IAsyncLifetime
{
    private static readonly Lazy<Task<TempFolder>> Sjabloon = new(MaakSjabloonAsync);

    protected TempFolder Map { get; } = new();

    protected string Db => Map.Bestand("cli.db");

    private static async Task<TempFolder> MaakSjabloonAsync()
    {
        var map = new TempFolder();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => map.Dispose();
        var (code, uit, fout) = await CliProces.RunAsync(map.Pad, "--db", map.Bestand("cli.db"), "demo");
        Assert.True(code == 0, uit + fout);
        // Counts in Dutch format whatever the machine's culture.
        Assert.Contains("Demozorgdata (Woerden 2018, de raadstabel): 5.889 zorgregels geladen.", uit, StringComparison.Ordinal);
        return map;
    }

    public async ValueTask InitializeAsync() => Map.KopieerVan((await Sjabloon.Value).Pad);

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Map.Dispose();
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }
}
