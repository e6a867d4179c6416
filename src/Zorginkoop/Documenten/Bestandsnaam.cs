using System.Text;

namespace Zorginkoop.Documenten;

/// <summary>Cleans the name a file was uploaded with into the name it is offered under; never used on the file system.</summary>
public static class Bestandsnaam
{
    public const int MaxLengte = 200;

    /// <summary>
    /// The last path segment (browsers on Windows send <c>C:\map\x.pdf</c>), without control characters and
    /// characters that mean something to a file system or a header; null when nothing usable is left, such as for
    /// <c>..</c> or a name of only dots and slashes.
    /// </summary>
    public static string? Schoon(string? naam)
    {
        if (string.IsNullOrWhiteSpace(naam))
        {
            return null;
        }

        var laatste = naam.Replace('\\', '/').Split('/').Last();
        var sb = new StringBuilder(laatste.Length);
        foreach (var c in laatste.Normalize(NormalizationForm.FormC))
        {
            if (!char.IsControl(c) && c is not ('<' or '>' or ':' or '"' or '|' or '?' or '*' or ';'))
            {
                sb.Append(c);
            }
        }

        var schoon = sb.ToString().Trim().Trim('.').Trim();
        if (schoon.Length == 0 || Path.GetFileNameWithoutExtension(schoon).Trim().Length == 0)
        {
            return null;
        }

        if (schoon.Length > MaxLengte)
        {
            var extensie = Path.GetExtension(schoon);
            schoon = schoon[..(MaxLengte - extensie.Length)] + extensie;
        }

        return schoon;
    }
}
