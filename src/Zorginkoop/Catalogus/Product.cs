namespace Zorginkoop.Catalogus;

/// <summary>
/// A purchasable unit of care in a region's catalogue. The code is the region's own (nationally 43B11 means something
/// else and 50B32 does not exist, domain.md), so a product belongs to one region and one validity period, and may point
/// to a national code. Only the 2-digit category is national.
/// </summary>
public class Product : Audit.IAudited
{
    public int Id { get; set; }
    public int RegioId { get; set; }
    public Regio? Regio { get; set; }
    public required string Code { get; set; }
    public required string Naam { get; set; }
    public Domein Domein { get; set; }

    /// <summary>The national 2-digit category (LDT_ProductCategorie) of <see cref="Domein"/>.</summary>
    public required string CategorieCode { get; set; }

    /// <summary>The line in the monitor this product counts under, e.g. "Verblijf" or "Begeleiding groep".</summary>
    public required string Monitorgroep { get; set; }
    public required string EenheidCode { get; set; }
    public Eenheid? Eenheid { get; set; }
    public int? SegmentId { get; set; }
    public Segment? Segment { get; set; }
    public DateOnly? GeldigVan { get; set; }
    public DateOnly? GeldigTot { get; set; }

    /// <summary>The national product code (Standaardproductcodelijst), when the region's code maps onto one.</summary>
    public string? LandelijkeCode { get; set; }
    public List<Tarief> Tarieven { get; set; } = [];

    public Periode Geldigheid => new(GeldigVan, GeldigTot);

    public Tarief? TariefOp(DateOnly dag) => Tarieven.FirstOrDefault(t => t.Geldigheid.Bevat(dag));
}
