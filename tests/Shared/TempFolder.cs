namespace Zorginkoop.Tests.Shared;

/// <summary>A fresh folder under the system temp folder, deleted again on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Pad = Path.Combine(Path.GetTempPath(), "zorginkoop-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Pad);
    }

    public string Pad { get; }

    public string Bestand(string naam) => Path.Combine(Pad, naam);

    /// <summary>Fills this folder with a copy of folder <paramref name="bron"/>: its subfolders, and its files as they are.</summary>
    public void KopieerVan(string bron)
    {
        foreach (var map in Directory.EnumerateDirectories(bron, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(Pad, Path.GetRelativePath(bron, map)));
        }

        foreach (var bestand in Directory.EnumerateFiles(bron, "*", SearchOption.AllDirectories))
        {
            File.Copy(bestand, Path.Combine(Pad, Path.GetRelativePath(bron, bestand)));
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Pad, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open (e.g. by a pooled connection) only leaves litter in /tmp; not worth a failure.
        }
    }
}
