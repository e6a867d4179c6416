namespace Zorginkoop.Catalogus;

/// <summary>A care provider, identified by its KvK number and AGB code.</summary>
public class Zorgaanbieder : Audit.IAudited
{
    public int Id { get; set; }
    public required string Naam { get; set; }

    /// <summary>Chamber of Commerce number: 8 digits.</summary>
    public required string KvkNummer { get; set; }

    /// <summary>Branch number of the KvK: 12 digits, optional.</summary>
    public string? Vestigingsnummer { get; set; }

    /// <summary>Vektis AGB code of the organisation: 8 digits.</summary>
    public required string AgbCode { get; set; }
    public string? Straat { get; set; }
    public string? Huisnummer { get; set; }
    public string? Postcode { get; set; }
    public string? Plaats { get; set; }
    public string? Contactpersoon { get; set; }
    public string? Email { get; set; }
    public string? Telefoon { get; set; }
    public string? Website { get; set; }

    /// <summary>True for demo providers: real names from the sources, invented KvK and AGB numbers.</summary>
    public bool IsDemo { get; set; }
}
