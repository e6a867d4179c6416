using System.Text;
using Zorginkoop.Zorgdata;

namespace Zorginkoop.Demo;

/// <summary>
/// Loads the care lines of the 2018 council table (<see cref="Raadstabel2018"/>) through the normal import, so the
/// monitor shows the council's figures in a demo. Idempotent: the same file is recognised by its hash.
/// </summary>
public static class DemoZorgdata
{
    public const string Bestandsnaam = "demo-woerden-2018.csv";

    /// <summary>Imports the demo care data; null when it was imported before (then nothing is done, not even a run recorded, so a restart leaves no trace).</summary>
    public static async Task<ZorgdataImportResultaat?> LoadAsync(ZorgdataImport import, CancellationToken ct = default)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Raadstabel2018.Csv()));
        return await import.AlGeimporteerdAsync(stream, ct) ? null : await import.RunAsync(stream, Bestandsnaam, "demo", ct: ct);
    }
}
