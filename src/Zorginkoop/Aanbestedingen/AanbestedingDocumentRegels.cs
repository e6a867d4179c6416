using Zorginkoop.Documenten;

namespace Zorginkoop.Aanbestedingen;

/// <summary>
/// What adding and withdrawing a procedure's document have in common: while the procedure is published either changes
/// its conditions, so it is a rectification with a published reason, like any other change after publication.
/// </summary>
internal static class AanbestedingDocumentRegels
{
    public static Weigering? Geweigerd(Aanbesteding a, string? reden) =>
        a.Status == AanbestedingStatus.Ingetrokken
            ? Weigering.Geheel("document.aanbesteding-ingetrokken", "Bij een ingetrokken aanbesteding kunnen geen documenten meer worden gewijzigd.")
        : a.Status.InPublicatiefase() && string.IsNullOrWhiteSpace(reden)
            ? new Weigering("rectificatie.reden-ontbreekt", Documentbeheer.Reden,
                "De aanbesteding is gepubliceerd: een document toevoegen of intrekken is een rectificatie. Vul de reden in, die wordt gepubliceerd.")
            : null;
}
