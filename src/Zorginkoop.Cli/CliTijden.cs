using System.Diagnostics;

namespace Zorginkoop.Cli;

/// <summary>
/// With <c>ZORGINKOOP_TIJDEN=1</c> the CLI writes to standard error how long after the process started each phase ended
/// (runtime and command line, services, database check or preparation), so the start before a command's work can be
/// measured where it runs (bench/README.md, issue 20). Off by default: standard error is for messages.
/// </summary>
internal static class CliTijden
{
    private static readonly bool Aan = Environment.GetEnvironmentVariable("ZORGINKOOP_TIJDEN") == "1";

    public static void Meld(string fase)
    {
        if (Aan)
        {
            // The process's own start (from the OS), not the runtime's: what a user waits for.
            var ms = (DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds;
            Console.Error.WriteLine($"[tijd] {ms:F0} ms: {fase}");
        }
    }
}
