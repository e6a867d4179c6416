using Microsoft.Extensions.Options;

namespace Zorginkoop.Web.Infrastructure;

/// <summary>The Dutch messages of a configuration error at start, however it was thrown (one setting or several together).</summary>
public static class ConfigurationErrors
{
    public static IReadOnlyList<string> Messages(Exception e) => e switch
    {
        OptionsValidationException o => [.. o.Failures],
        AggregateException a when a.InnerExceptions.All(i => i is OptionsValidationException) =>
            [.. a.InnerExceptions.Cast<OptionsValidationException>().SelectMany(o => o.Failures)],
        _ => [],
    };
}
