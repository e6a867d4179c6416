namespace Zorginkoop.Catalogus;

/// <summary>
/// A validity period of whole days. <see cref="Van"/> and <see cref="Tot"/> are both inclusive
/// ("van ... tot en met ..."), as in iJw/iWmo; a missing bound means "without limit".
/// </summary>
public readonly record struct Periode(DateOnly? Van, DateOnly? Tot)
{
    public static readonly Periode Onbeperkt = new(null, null);

    public bool IsGeldig => Van is null || Tot is null || Van <= Tot;

    public bool Bevat(DateOnly dag) => (Van is null || Van <= dag) && (Tot is null || dag <= Tot);

    public bool Overlapt(Periode ander) =>
        (Van is null || ander.Tot is null || Van <= ander.Tot) &&
        (ander.Van is null || Tot is null || ander.Van <= Tot);
}
