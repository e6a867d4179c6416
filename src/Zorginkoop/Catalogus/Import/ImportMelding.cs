namespace Zorginkoop.Catalogus.Import;

/// <summary>One problem in an import file: which line (1 = header) and column, and why, in Dutch.</summary>
public sealed record ImportMelding(int Regel, string? Kolom, string Tekst)
{
    /// <summary>The file inside a ZIP the problem is in; null for a file imported on its own.</summary>
    public string? Bestand { get; init; }

    public override string ToString() =>
        (Bestand is null ? "" : $"{Bestand}, ") + (Kolom is null ? $"regel {Regel}: {Tekst}" : $"regel {Regel}, kolom {Kolom}: {Tekst}");
}
