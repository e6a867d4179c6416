using Zorginkoop.Formatting;

namespace Zorginkoop.Monitoring;

/// <summary>One figure of the monitor as text, the same on the page, in the chart and in the downloads.</summary>
/// <param name="KostenVoorDiagram">The costs a chart may draw (0 where nothing may be shown).</param>
public sealed record MonitorWeergave(string Trajecten, string UniekeClienten, string Kosten, string KostenPerClient, long KostenVoorDiagram)
{
    public const string Klein = "< 5";
    public const string Afgeschermd = "afgeschermd";
    public const string NietGetoond = "niet getoond";

    /// <summary>The exact figures, for officers who may see them.</summary>
    public static MonitorWeergave VanExact(MonitorCijfers c) => new(NlFormat.Aantal(c.Trajecten), NlFormat.Aantal(c.UniekeClienten), NlFormat.Bedrag(c.KostenCent),
        c.KostenPerClientCent is { } k ? NlFormat.Bedrag(k) : NietGetoond, c.KostenCent);

    /// <summary>What the public sees of a cell (<see cref="OpenbareMonitor"/>).</summary>
    public static MonitorWeergave VanOpenbaar(OpenbareCel c) => c.Status switch
    {
        Celstatus.Getoond => new(NlFormat.Aantal(c.Trajecten!.Value), NlFormat.Aantal(c.UniekeClienten!.Value), NlFormat.Bedrag(c.KostenCent!.Value),
            c.KostenPerClientCent is { } k ? NlFormat.Bedrag(k) : NietGetoond, c.KostenCent!.Value),
        Celstatus.Klein => new(Klein, Klein, NietGetoond, NietGetoond, 0),
        _ => new(Afgeschermd, Afgeschermd, Afgeschermd, Afgeschermd, 0),
    };
}
