namespace Zorginkoop.Webhooks;

/// <summary>Configuration section <c>Webhooks</c>.</summary>
public sealed class WebhookOptions
{
    public const string Sectie = "Webhooks";

    /// <summary>
    /// Allow http URLs besides https. Default: only when the app runs as Development (issue 17: https outside
    /// Development), so a developer can point a webhook at a receiver on her own machine.
    /// </summary>
    public bool HttpToestaan { get; set; }

    /// <summary>
    /// Allow URLs of private and loopback addresses (an installation whose receivers are all inside its own network).
    /// Off by default: see <see cref="WebhookAdres"/>.
    /// </summary>
    public bool PriveAdressenToestaan { get; set; }
}
