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
            // Keep a real extension (".pdf"); what follows the last dot of a long name may be no extension at all.
            var extensie = Path.GetExtension(schoon);
            if (extensie.Length > MaxExtensie)
            {
                extensie = "";
            }

            schoon = Afkappen(schoon[..^extensie.Length], MaxLengte - extensie.Length).TrimEnd() + extensie;
        }

        return schoon;
    }

    private const int MaxExtensie = 10;

    /// <summary>At most <paramref name="max"/> UTF-16 units, cut between whole characters (never inside an emoji's surrogate pair).</summary>
    private static string Afkappen(string tekst, int max)
    {
        var sb = new StringBuilder(max);
        var e = System.Globalization.StringInfo.GetTextElementEnumerator(tekst);
        while (e.MoveNext() && sb.Length + e.GetTextElement().Length <= max)
        {
            sb.Append(e.GetTextElement());
        }

        return sb.ToString();
    }
}
