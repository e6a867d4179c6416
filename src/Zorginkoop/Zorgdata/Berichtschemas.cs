using System.Collections.Concurrent;
using System.Reflection;
using System.Xml;
using System.Xml.Schema;

namespace Zorginkoop.Zorgdata;

/// <summary>
/// The embedded iJw/iWmo 3.2 XSDs (Zorgdata/Xsd/SOURCES.md), compiled once per message. The basisschema is added
/// explicitly: XmlSchemaSet on .NET does not resolve the imports, and it must not fetch anything from outside.
/// </summary>
internal static class Berichtschemas
{
    private static readonly ConcurrentDictionary<string, XmlSchemaSet> Sets = new();

    /// <param name="bericht">e.g. <c>jw323</c> or <c>wmo323</c>.</param>
    public static XmlSchemaSet? Voor(string bericht)
    {
        var standaard = bericht.StartsWith("jw", StringComparison.Ordinal) ? "ijw" : "iwmo";
        var naam = bericht.ToUpperInvariant();
        if (Assembly.GetExecutingAssembly().GetManifestResourceInfo($"Zorginkoop.Xsd.{standaard}.{naam}.xsd") is null)
        {
            return null;
        }

        return Sets.GetOrAdd(bericht, _ =>
        {
            var set = new XmlSchemaSet { XmlResolver = null };
            set.Add(Lees($"Zorginkoop.Xsd.{standaard}.basisschema.xsd"));
            set.Add(Lees($"Zorginkoop.Xsd.{standaard}.{naam}.xsd"));
            set.Compile();
            return set;
        });
    }

    private static XmlSchema Lees(string resource)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Ingebed schema {resource} ontbreekt.");
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        return XmlSchema.Read(reader, null)!;
    }
}
