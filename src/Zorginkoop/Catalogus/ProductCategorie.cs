namespace Zorginkoop.Catalogus;

/// <summary>The national 2-digit product category (iJw/iWmo LDT_ProductCategorie), per domain.</summary>
public class ProductCategorie
{
    public Domein Domein { get; set; }
    public required string Code { get; set; }
    public required string Omschrijving { get; set; }
}
