using System.ComponentModel.DataAnnotations;

namespace Zorginkoop.Ocds;

/// <summary>Configuration section <c>Ocds</c>: who publishes, and the ocid prefix registered with the Open Contracting Partnership.</summary>
public sealed class OcdsOptions
{
    public const string Sectie = "Ocds";

    /// <summary>The ocid prefix ("ocds-" and six characters). The default is not registered: a production publisher registers its own.</summary>
    [RegularExpression("^ocds-[a-z0-9]{6}$", ErrorMessage = "Ocds:Prefix is 'ocds-' gevolgd door zes kleine letters of cijfers, zoals ocds-zi0000.")]
    public string Prefix { get; set; } = "ocds-zi0000";

    /// <summary>The publisher's name in every package.</summary>
    public string Uitgever { get; set; } = "Zorginkoop";
}
