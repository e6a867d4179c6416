namespace Zorginkoop.Catalogus;

/// <summary>The price of one unit of a product for a period, in eurocents (money is integer cents, as in iJw/iWmo).</summary>
public class Tarief : Audit.IAudited
{
    public int Id { get; set; }
    public int ProductId { get; set; }
    public Product? Product { get; set; }
    public long BedragCent { get; set; }
    public DateOnly GeldigVan { get; set; }
    public DateOnly? GeldigTot { get; set; }

    public Periode Geldigheid => new(GeldigVan, GeldigTot);
}
