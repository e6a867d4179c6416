using Microsoft.Data.Sqlite;
using Zorginkoop.Tests.Shared;

namespace Zorginkoop.Tests.Cli;

/// <summary>The real zorginkoop command on a SQLite file of its own, loaded once per class with the demo data.</summary>
public abstract class DemoCliTests : IAsyncLifetime
{
    protected TempFolder Map { get; } = new();

    protected string Db => Map.Bestand("cli.db");

    public async ValueTask InitializeAsync()
    {
        var (code, uit, fout) = await CliProces.RunAsync(Map.Pad, "--db", Db, "demo");
        Assert.True(code == 0, uit + fout);
        // Counts in Dutch format whatever the machine's culture.
        Assert.Contains("Demozorgdata (Woerden 2018, de raadstabel): 5.889 zorgregels geladen.", uit, StringComparison.Ordinal);
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Map.Dispose();
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }
}
