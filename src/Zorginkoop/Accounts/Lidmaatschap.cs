using Zorginkoop.Catalogus;

namespace Zorginkoop.Accounts;

/// <summary>
/// An employee's role in one region (inkoper in Lekstroom, analist in Utrecht-West): the region owns its catalogue,
/// procedures, contracts, budgets and care data, and only its members see and change what is not public
/// (decision record 0009).
/// </summary>
public class Lidmaatschap : Audit.IAudited
{
    public int Id { get; set; }
    public required string GebruikerId { get; set; }
    public int RegioId { get; set; }
    public Regio Regio { get; set; } = null!;

    /// <summary>One of <see cref="Rollen.Medewerkers"/>.</summary>
    public required string Rol { get; set; }
}
