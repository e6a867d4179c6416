namespace Zorginkoop.Catalogus;

/// <summary>A part of a region's catalogue that is bought as one lot (perceel), e.g. Ambulant.</summary>
public class Segment : Audit.IAudited
{
    public int Id { get; set; }
    public int RegioId { get; set; }
    public Regio? Regio { get; set; }
    public Domein Domein { get; set; }

    /// <summary>Lowercase code unique within the region, e.g. <c>ambulant</c>.</summary>
    public required string Code { get; set; }
    public required string Naam { get; set; }
    public string? Omschrijving { get; set; }
}
