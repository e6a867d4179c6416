namespace Zorginkoop.Catalogus;

/// <summary>A municipality by its 4-digit CBS code (reference data, CBS 2026).</summary>
public class Gemeente
{
    public required string Code { get; set; }
    public required string Naam { get; set; }
    public string? Provincie { get; set; }
    public List<Regio> Regios { get; set; } = [];
}
