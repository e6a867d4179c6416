namespace Zorginkoop.Zorgdata;

/// <summary>
/// Proof that an import is alive: a file in <c>uploads/</c> in the data folder that the importing process keeps open
/// and locked for as long as the import runs. The operating system lets go of the lock when the process ends, however
/// it ends (a kill too), so a run that is recorded as <c>bezig</c> but whose lock anyone can take was interrupted
/// (<see cref="ImportCleanup"/>). Works across app instances that share the data folder.
/// </summary>
public sealed class ImportLock : IDisposable
{
    private readonly FileStream bestand;

    private ImportLock(FileStream bestand) => this.bestand = bestand;

    public static string Map(string dataMap) => Path.Combine(dataMap, "uploads");

    public static string Pad(string dataMap, Guid opdracht) => Path.Combine(Map(dataMap), opdracht.ToString("N") + ".slot");

    /// <summary>Takes the lock of <paramref name="opdracht"/>; null when another process holds it.</summary>
    public static ImportLock? Neem(string dataMap, Guid opdracht)
    {
        Directory.CreateDirectory(Map(dataMap));
        try
        {
            return new ImportLock(new FileStream(Pad(dataMap, opdracht), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose));
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>True when no live process holds the lock of <paramref name="opdracht"/> (it may never have existed).</summary>
    public static bool IsVrij(string dataMap, Guid opdracht)
    {
        using var slot = Neem(dataMap, opdracht);
        return slot is not null;
    }

    public void Dispose() => bestand.Dispose();
}
