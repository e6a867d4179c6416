namespace Zorginkoop.Vragen;

/// <summary>What happens to a question.</summary>
public enum VraagHandeling
{
    Toewijzen = 1,
    Beantwoorden = 2,
    Publiceren = 3,
}

/// <summary>
/// The lifecycle of a question as one table: new → in behandeling (assigned) → beantwoord (a draft answer) →
/// gepubliceerd (in a numbered Nota van Inlichtingen, never to change; a correction is an aanvulling in the next round).
/// <see cref="VraagRegels"/> applies it; pages ask <see cref="Mag"/> which actions to offer.
/// </summary>
public static class VraagLevenscyclus
{
    private static readonly VraagStatus[] Open = [VraagStatus.Nieuw, VraagStatus.InBehandeling, VraagStatus.Beantwoord];

    /// <summary>From which statuses an action is allowed; the status after it is <see cref="Na"/>.</summary>
    private static readonly Dictionary<VraagHandeling, VraagStatus[]> Overgangen = new()
    {
        [VraagHandeling.Toewijzen] = Open,
        [VraagHandeling.Beantwoorden] = Open,
        [VraagHandeling.Publiceren] = [VraagStatus.Beantwoord],
    };

    public static bool Mag(VraagStatus status, VraagHandeling handeling) => Overgangen[handeling].Contains(status);

    /// <summary>The status after <paramref name="handeling"/>: assigning starts the work on a new question and leaves an answered one answered.</summary>
    public static VraagStatus Na(VraagStatus status, VraagHandeling handeling) => handeling switch
    {
        VraagHandeling.Toewijzen => status == VraagStatus.Nieuw ? VraagStatus.InBehandeling : status,
        VraagHandeling.Beantwoorden => VraagStatus.Beantwoord,
        _ => VraagStatus.Gepubliceerd,
    };
}
