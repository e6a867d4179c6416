using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Zorginkoop.Data;

namespace Zorginkoop.Audit;

/// <summary>Configuration section <c>Audit</c>.</summary>
public sealed class AuditOptions
{
    public const string Sectie = "Audit";

    /// <summary>
    /// The key of the audit chain, base64, at least 32 bytes (<c>openssl rand -base64 32</c>). The database never holds
    /// it, so whoever can write the database cannot make a changed or shortened chain look intact. Without it the key
    /// file <c>audit.key</c> in the data folder is used; only Development creates that file.
    /// </summary>
    public string? Sleutel { get; set; }
}

/// <summary>The secret the audit chain's hashes are keyed with (HMAC-SHA256): kept outside the database.</summary>
public sealed class AuditKey(byte[] bytes)
{
    public const string Bestandsnaam = "audit.key";

    public byte[] Bytes { get; } = bytes.Length >= 32 ? bytes : throw new ArgumentException("Een auditsleutel is ten minste 32 bytes.", nameof(bytes));

    /// <param name="magAanmaken">Only Development may create a key file; elsewhere a missing key stops the app at start.</param>
    public static AuditKey Laad(AuditOptions opties, OpslagOptions opslag, bool magAanmaken, ILogger logger)
    {
        if (!string.IsNullOrWhiteSpace(opties.Sleutel))
        {
            try
            {
                return new AuditKey(Convert.FromBase64String(opties.Sleutel));
            }
            catch (Exception e) when (e is FormatException or ArgumentException)
            {
                throw new OptionsValidationException(AuditOptions.Sectie, typeof(AuditOptions),
                    ["Audit:Sleutel moet base64 zijn van ten minste 32 bytes (bijvoorbeeld: openssl rand -base64 32)."]);
            }
        }

        var pad = Path.Combine(opslag.DataMap, Bestandsnaam);
        if (File.Exists(pad))
        {
            return new AuditKey(Convert.FromBase64String(File.ReadAllText(pad).Trim()));
        }

        if (!magAanmaken)
        {
            throw new OptionsValidationException(AuditOptions.Sectie, typeof(AuditOptions),
                [$"Er is geen sleutel voor het auditlog: stel Audit:Sleutel in (base64, 32 bytes; bijvoorbeeld: openssl rand -base64 32) of zet een sleutelbestand in {pad}. " +
                 "Bewaar de sleutel buiten de database, en bij de back-up."]);
        }

        Directory.CreateDirectory(opslag.DataMap);
        var sleutel = RandomNumberGenerator.GetBytes(32);
        File.WriteAllText(pad, Convert.ToBase64String(sleutel));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(pad, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        logger.LogWarning("Nieuwe sleutel voor het auditlog aangemaakt in {Pad} (alleen in Development).", pad);
        return new AuditKey(sleutel);
    }
}
