using System.ComponentModel.DataAnnotations;

namespace Zorginkoop.Contracten;

/// <summary>Configuration section <c>Contracten</c>: when contract alarms go off, and when Open House admission closes.</summary>
public sealed class ContractOptions
{
    public const string Sectie = "Contracten";

    /// <summary>An alarm goes off for a contract that ends (or must be extended) within this many months.</summary>
    [Range(1, 36, ErrorMessage = "Contracten:AlarmMaanden ligt tussen 1 en 36.")]
    public int AlarmMaanden { get; set; } = 6;

    /// <summary>An alarm nobody handled is repeated after this many days.</summary>
    [Range(1, 90, ErrorMessage = "Contracten:AlarmHerhalenDagen ligt tussen 1 en 90.")]
    public int AlarmHerhalenDagen { get; set; } = 7;

    /// <summary>Open House admission closes this many months before the common end date of the contracts.</summary>
    [Range(0, 36, ErrorMessage = "Contracten:ToelatingSluitMaandenVoorEinde ligt tussen 0 en 36.")]
    public int ToelatingSluitMaandenVoorEinde { get; set; } = 3;
}
