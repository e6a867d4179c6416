namespace Zorginkoop.Catalogus;

/// <summary>A unit of care (iJw/iWmo WJ756, LDT_Eenheid), e.g. <c>04</c> Uur.</summary>
public class Eenheid
{
    public required string Code { get; set; }
    public required string Omschrijving { get; set; }

    /// <summary>The short lowercase name accepted in imports, e.g. <c>uur</c>.</summary>
    public required string Naam { get; set; }
}
