namespace Zorginkoop.Catalogus.Import;

/// <summary>One problem in an import file: which line (1 = header) and column, and why, in Dutch.</summary>
public sealed record ImportMelding(int Regel, string? Kolom, string Tekst)
{
    public override string ToString() => Kolom is null ? $"regel {Regel}: {Tekst}" : $"regel {Regel}, kolom {Kolom}: {Tekst}";
}
