using Zorginkoop.Formatting;

namespace Zorginkoop.Zorgdata;

/// <summary>
/// Where a running import is, for the CLI's progress line and the web's status page.
/// </summary>
/// <param name="Regels">The lines read so far.</param>
/// <param name="Procent">How much of the file has been read, 0 to 100.</param>
/// <param name="Opslaan">
/// Every line is read and checked, and the lines are being stored and the run committed. On a national year that takes
/// seconds in which the line count stands still (SQLite builds its key index, PostgreSQL takes the last block), so the
/// user is told the reading is done rather than left looking at a number that no longer moves.
/// </param>
public sealed record ImportProgress(int Regels, int Procent, bool Opslaan)
{
    /// <summary>The progress in Dutch, as the CLI and the status page show it.</summary>
    public string Tekst => Opslaan
        ? $"alle {NlFormat.Aantal(Regels)} regels gelezen en gecontroleerd; de regels worden opgeslagen"
        : $"{NlFormat.Aantal(Regels)} regels gelezen ({Procent} %)";

    /// <summary>The share of the stream read so far; the reader's buffer runs a little ahead, which is fine here.</summary>
    internal static int ProcentVan(Stream bestand) =>
        bestand.Length == 0 ? 100 : (int)Math.Clamp(bestand.Position * 100 / bestand.Length, 0, 100);
}

/// <summary>
/// Progress reported on the thread that reports it. <see cref="Progress{T}"/> posts each report to the thread pool,
/// so reports can arrive out of order: a line count that was read earlier could overwrite "opgeslagen".
/// </summary>
public sealed class SynchronousProgress<T>(Action<T> actie) : IProgress<T>
{
    public void Report(T value) => actie(value);
}
