namespace Zorginkoop.Catalogus;

/// <summary>A group of municipalities that buys care together, such as Lekstroom.</summary>
public class Regio : Audit.IAudited
{
    public int Id { get; set; }

    /// <summary>Short lowercase code used in URLs, the CLI and imports, e.g. <c>lekstroom</c>.</summary>
    public required string Code { get; set; }
    public required string Naam { get; set; }

    /// <summary>The region's colour (#rrggbb) for buttons and links on its pages; null: the installation's theme.</summary>
    public string? Kleur { get; set; }

    /// <summary>SHA-256 (hex) of the region's logo (<see cref="RegioLogo"/>), null without one: audited, and the logo's version in its address.</summary>
    public string? LogoSha256 { get; set; }
    public List<Gemeente> Gemeenten { get; set; } = [];
    public List<Segment> Segmenten { get; set; } = [];
    public List<Product> Producten { get; set; } = [];
}
