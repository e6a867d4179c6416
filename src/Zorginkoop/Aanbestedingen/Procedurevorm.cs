namespace Zorginkoop.Aanbestedingen;

/// <summary>The kinds of procedure the sources show.</summary>
public enum Procedurevorm
{
    /// <summary>Toelatingsprocedure: everyone who qualifies is admitted, no competition, entry stays open.</summary>
    OpenHouse = 1,

    /// <summary>Openbare Europese aanbesteding (Aanbestedingswet 2012, deel 2).</summary>
    OpenbaarEuropees = 2,

    /// <summary>Sociale en andere specifieke diensten, the lighter regime (Aanbestedingswet 2.38-2.39).</summary>
    SasProcedure = 3,

    /// <summary>Dialogue with one selected participant (as Gezinsvormen with de Combinatie).</summary>
    DialoogEenGegadigde = 4,

    /// <summary>Meervoudig onderhands: a few invited providers, below the European threshold.</summary>
    MeervoudigOnderhands = 5,
}

/// <summary>The settings that come with a kind of procedure, as one bundle.</summary>
/// <param name="TussentijdsToetreden">Providers may join during the contract period.</param>
/// <param name="Rangschikking">Bids are ranked and awarded; otherwise qualifying providers are admitted (no selection).</param>
/// <param name="MaxGunningenPerPerceel">At most this many awards per lot; null without a maximum.</param>
/// <param name="StandstillDagen">Calendar days between provisional and final award; 0 without a standstill.</param>
public sealed record ProcedureInstellingen(bool TussentijdsToetreden, bool Rangschikking, int? MaxGunningenPerPerceel, int StandstillDagen)
{
    /// <summary>
    /// The defaults per kind. The standstill of 20 calendar days is the Alcatel period of Aanbestedingswet 2.127;
    /// Open House admits without ranking (the Falk Pharma rule: no selection among those who qualify), so it has no
    /// standstill; a dialogue with one participant awards to that one.
    /// </summary>
    public static ProcedureInstellingen Voor(Procedurevorm vorm) => vorm switch
    {
        Procedurevorm.OpenHouse => new(TussentijdsToetreden: true, Rangschikking: false, MaxGunningenPerPerceel: null, StandstillDagen: 0),
        Procedurevorm.DialoogEenGegadigde => new(false, true, 1, 20),
        Procedurevorm.OpenbaarEuropees or Procedurevorm.SasProcedure or Procedurevorm.MeervoudigOnderhands => new(false, true, null, 20),
        _ => throw new ArgumentOutOfRangeException(nameof(vorm)),
    };
}

public static class ProcedurevormTekst
{
    public static string Naam(this Procedurevorm v) => v switch
    {
        Procedurevorm.OpenHouse => "Open House",
        Procedurevorm.OpenbaarEuropees => "Openbare Europese aanbesteding",
        Procedurevorm.SasProcedure => "SAS-procedure",
        Procedurevorm.DialoogEenGegadigde => "Dialoog met één gegadigde",
        Procedurevorm.MeervoudigOnderhands => "Meervoudig onderhands",
        _ => v.ToString(),
    };
}
