using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Zorginkoop.Web.Infrastructure;

/// <summary>The Dutch messages of a configuration error at start, however it was thrown (one setting or several together).</summary>
public static partial class ConfigurationErrors
{
    public static IReadOnlyList<string> Messages(Exception e) => e switch
    {
        OptionsValidationException o => [.. o.Failures],
        AggregateException a when a.InnerExceptions.All(i => Messages(i).Count > 0) => [.. a.InnerExceptions.SelectMany(Messages)],
        // The configuration binder's own refusal of a value it cannot convert ("ja" for a true/false setting).
        InvalidOperationException i when BinderFout().Match(i.Message) is { Success: true } m =>
            [$"{m.Groups["sleutel"].Value} heeft de waarde '{m.Groups["waarde"].Value}', maar moet {Soort(m.Groups["type"].Value)} zijn."],
        _ => [],
    };

    private static string Soort(string type) => type switch
    {
        "System.Boolean" => "true of false",
        "System.Int32" or "System.Int64" => "een geheel getal",
        _ => $"van het type {type}",
    };

    [GeneratedRegex("^Failed to convert configuration value '(?<waarde>.*)' at '(?<sleutel>[^']+)' to type '(?<type>[^']+)'")]
    private static partial Regex BinderFout();
}
