using Zorginkoop.Audit;
using Zorginkoop.Catalogus;

namespace Zorginkoop.Contracten;

public enum ContractStatus
{
    Gepland = 1,
    Actief = 2,
    Verlengd = 3,
    Beeindigd = 4,
}

/// <summary>How a contract came about.</summary>
public enum ContractHerkomst
{
    /// <summary>Final award of a ranked procedure.</summary>
    Gunning = 1,

    /// <summary>Admission to an Open House procedure.</summary>
    Toelating = 2,
}

/// <summary>
/// A framework agreement with one provider (or a consortium under its lead) for one lot of a procedure: from the final
/// award or an Open House admission, running from <see cref="Start"/> to <see cref="Einde"/>, extended by the
/// procedure's options (e.g. 2 × 1 jaar) or ended early with a reason. Its status follows from the dates and the
/// decisions (<see cref="ContractLevenscyclus"/>).
/// </summary>
public class Raamovereenkomst : IAudited
{
    public int Id { get; set; }
    public int AanbestedingId { get; set; }
    public Aanbestedingen.Aanbesteding? Aanbesteding { get; set; }
    public int PerceelNummer { get; set; }

    /// <summary>The provider, or the consortium's lead (penvoerder).</summary>
    public int ZorgaanbiederId { get; set; }
    public Zorgaanbieder? Zorgaanbieder { get; set; }
    public ContractHerkomst Herkomst { get; set; }
    public DateOnly Start { get; set; }

    /// <summary>The last day, extensions included.</summary>
    public DateOnly Einde { get; set; }
    public DateOnly OorspronkelijkEinde { get; set; }
    public int VerlengingenMogelijk { get; set; }
    public int VerlengingMaanden { get; set; }
    public int VerlengingenGebruikt { get; set; }

    /// <summary>Decided not to use the remaining extensions: the contract ends at <see cref="Einde"/>.</summary>
    public bool NietVerlengen { get; set; }
    public DateOnly? BeeindigdPer { get; set; }
    public string? BeeindigingsReden { get; set; }

    /// <summary>The consortium's name when the contract is with a combination (as "de Combinatie" for Gezinsvormen).</summary>
    public string? Consortium { get; set; }
    public List<ContractLid> Leden { get; set; } = [];
    public string? Transformatieplan { get; set; }
    public long? TransformatiebudgetCent { get; set; }

    /// <summary>Counts every change; the concurrency token, so two decisions at once cannot both win.</summary>
    public int Versie { get; set; }

    public ContractStatus StatusOp(DateOnly vandaag) => ContractLevenscyclus.Status(this, vandaag);
}

/// <summary>A member of a consortium (other than the lead).</summary>
public class ContractLid : IAudited
{
    public int Id { get; set; }
    public int RaamovereenkomstId { get; set; }
    public int ZorgaanbiederId { get; set; }
    public Zorgaanbieder? Zorgaanbieder { get; set; }
}

/// <summary>
/// An alarm on a contract that ends, or whose extension must be decided, within the configured months. Repeated (an
/// e-mail to the contract managers) every week until someone decides: extend, not extend, or end.
/// </summary>
public class Contractalarm : IAudited
{
    public int Id { get; set; }
    public int RaamovereenkomstId { get; set; }

    /// <summary>The last day of the contract this alarm is about: after an extension a new end gets a new alarm.</summary>
    public DateOnly Einde { get; set; }
    public DateTimeOffset EersteMelding { get; set; }
    public DateTimeOffset LaatsteMelding { get; set; }
    public int AantalMeldingen { get; set; }
    public DateTimeOffset? AfgehandeldOp { get; set; }
    public string? AfgehandeldDoor { get; set; }
}
