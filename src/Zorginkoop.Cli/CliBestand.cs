namespace Zorginkoop.Cli;

/// <summary>Files the CLI writes (exports): never half.</summary>
public static class CliBestand
{
    /// <summary>
    /// Writes beside the target and moves the file into place at the end: an export that is interrupted or fails
    /// leaves the earlier file (or none), never a half one that a back office would read as complete (ground rule 9).
    /// </summary>
    public static async Task<T> SchrijfAsync<T>(FileInfo doel, Func<Stream, Task<T>> schrijf)
    {
        var tijdelijk = doel.FullName + ".deel";
        try
        {
            T uitkomst;
            await using (var stream = File.Create(tijdelijk))
            {
                uitkomst = await schrijf(stream);
            }

            File.Move(tijdelijk, doel.FullName, overwrite: true);
            return uitkomst;
        }
        finally
        {
            File.Delete(tijdelijk);
        }
    }
}
