using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Zorginkoop.Data;

namespace Zorginkoop.Zorgdata;

/// <summary>Configuration section <c>Zorgdata</c>.</summary>
public sealed class ZorgdataOptions
{
    public const string Sectie = "Zorgdata";

    /// <summary>
    /// The pseudonymisation key, base64, at least 32 bytes (e.g. <c>openssl rand -base64 32</c>). Without it the key file
    /// <c>pseudoniem.key</c> in the data folder is used; only Development creates that file on first use.
    /// </summary>
    public string? PseudoniemSleutel { get; set; }

    /// <summary>At most this many problems are reported for one import file.</summary>
    public int MaxMeldingen { get; set; } = 100;
}

public static class PseudoniemSleutelBron
{
    public const string Bestandsnaam = "pseudoniem.key";

    /// <param name="magAanmaken">Only Development may create a key file; elsewhere a missing key is an error.</param>
    public static Pseudonimisering Maak(ZorgdataOptions zorgdata, OpslagOptions opslag, bool magAanmaken, ILogger logger)
    {
        if (!string.IsNullOrWhiteSpace(zorgdata.PseudoniemSleutel))
        {
            try
            {
                return new Pseudonimisering(Convert.FromBase64String(zorgdata.PseudoniemSleutel));
            }
            catch (Exception e) when (e is FormatException or ArgumentException)
            {
                throw new OptionsValidationException(ZorgdataOptions.Sectie, typeof(ZorgdataOptions),
                    ["Zorgdata:PseudoniemSleutel moet base64 zijn van ten minste 32 bytes (bijvoorbeeld: openssl rand -base64 32)."]);
            }
        }

        var pad = Path.Combine(opslag.DataMap, Bestandsnaam);
        if (File.Exists(pad))
        {
            return new Pseudonimisering(Convert.FromBase64String(File.ReadAllText(pad).Trim()));
        }

        if (!magAanmaken)
        {
            throw new OptionsValidationException(ZorgdataOptions.Sectie, typeof(ZorgdataOptions),
                [$"Er is geen pseudonimiseringssleutel: stel Zorgdata:PseudoniemSleutel in (base64, 32 bytes) of zet een sleutelbestand in {pad}."]);
        }

        Directory.CreateDirectory(opslag.DataMap);
        var sleutel = RandomNumberGenerator.GetBytes(32);
        File.WriteAllText(pad, Convert.ToBase64String(sleutel));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(pad, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        logger.LogWarning("Nieuwe pseudonimiseringssleutel aangemaakt in {Pad} (alleen in Development). Bewaar hem: zonder deze sleutel passen nieuwe imports niet bij oude.", pad);
        return new Pseudonimisering(sleutel);
    }
}
