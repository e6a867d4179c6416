namespace Zorginkoop.Zorgdata;

/// <summary>The citizen service number check (iJw/iWmo CS002: a BSN must pass the 11-proef).</summary>
public static class Bsn
{
    /// <summary>
    /// True for 9 digits whose weighted sum 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is divisible by 11 and not zero.
    /// </summary>
    public static bool IsGeldig(ReadOnlySpan<char> bsn)
    {
        if (bsn.Length != 9)
        {
            return false;
        }

        var som = 0;
        for (var i = 0; i < 9; i++)
        {
            var c = bsn[i];
            if (c is < '0' or > '9')
            {
                return false;
            }

            som += (c - '0') * (i == 8 ? -1 : 9 - i);
        }

        return som != 0 && som % 11 == 0;
    }
}
