using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;

namespace Zorginkoop.Catalogus;

/// <summary>
/// Sets a region's own look on its pages: its colour (the NL Design System tokens of buttons and links) and its logo.
/// Both are public (they show on the region's public pages); nothing of them is executed: the colour is checked to be
/// a colour before it becomes CSS, and the logo must be a PNG or JPEG by its bytes (SVG can carry script).
/// </summary>
public static partial class RegioHuisstijlOpslaan
{
    /// <summary>A logo is shown at most a few centimetres high; 256 kB is plenty for that.</summary>
    public const int MaxLogoBytes = 256 * 1024;

    /// <summary>WCAG 2.1 success criterion 1.4.3: text needs a contrast of at least 4.5:1 with its background.</summary>
    public const double MinimumContrast = 4.5;

    /// <param name="Kleur">#rrggbb, or empty for the installation's own colours.</param>
    /// <param name="Logo">A new logo, or null to keep the present one.</param>
    /// <param name="LogoVerwijderen">Remove the present logo.</param>
    public sealed record Gegevens(string? Kleur, byte[]? Logo = null, bool LogoVerwijderen = false);

    public static async Task<Resultaat<Regio>> HandleAsync(ZorginkoopDbContext db, string regioCode, Gegevens g, CancellationToken ct = default)
    {
        var regio = await db.Regios.SingleOrDefaultAsync(r => r.Code == regioCode, ct);
        if (regio is null)
        {
            return Resultaat.Geweigerd<Regio>(Weigering.Geheel("regio.niet-gevonden", $"Regio {regioCode} bestaat niet (meer)."));
        }

        var weigeringen = new List<Weigering>();
        var kleur = string.IsNullOrWhiteSpace(g.Kleur) ? null : g.Kleur.Trim().ToLowerInvariant();
        if (kleur is not null && !IsKleur(kleur))
        {
            weigeringen.Add(new("huisstijl.kleur-ongeldig", nameof(g.Kleur), "Een kleur is # gevolgd door zes hexadecimale tekens, zoals #1a5e9a."));
        }
        else if (kleur is not null && Achtergronden.Min(a => Contrast(kleur, a)) is var contrast and < MinimumContrast)
        {
            // Buttons carry white text on this colour, links and secondary buttons are this colour on white or on the
            // theme's light blue (WCAG 2.1, 1.4.3).
            weigeringen.Add(new("huisstijl.kleur-contrast", nameof(g.Kleur),
                $"Het contrast van {kleur} met wit of lichtblauw is {(Math.Floor(contrast * 10) / 10).ToString("0.0", CultureInfo.GetCultureInfo("nl-NL"))}:1; knoppen en links met deze kleur vragen ten minste 4,5:1 (WCAG 1.4.3). Kies een donkerdere kleur."));
        }

        string? mediaType = null;
        if (g.Logo is not null && g.LogoVerwijderen)
        {
            weigeringen.Add(new("huisstijl.logo-tegenstrijdig", nameof(g.Logo), "Kies een nieuw logo of verwijder het logo, niet allebei."));
        }
        else if (g.Logo is { Length: 0 })
        {
            weigeringen.Add(new("huisstijl.logo-leeg", nameof(g.Logo), "Het logobestand is leeg."));
        }
        else if (g.Logo is { Length: > MaxLogoBytes })
        {
            weigeringen.Add(new("huisstijl.logo-te-groot", nameof(g.Logo), $"Het logo is {(g.Logo.Length + 1023) / 1024} kB; het mag ten hoogste {MaxLogoBytes / 1024} kB zijn."));
        }
        else if (g.Logo is not null && (mediaType = MediaType(g.Logo)) is null)
        {
            weigeringen.Add(new("huisstijl.logo-type", nameof(g.Logo), "Een logo is een PNG- of JPEG-afbeelding (SVG niet: dat kan script bevatten)."));
        }

        if (weigeringen.Count > 0)
        {
            return Resultaat.Geweigerd<Regio>(weigeringen);
        }

        regio.Kleur = kleur;
        var logo = await db.Set<RegioLogo>().SingleOrDefaultAsync(l => l.RegioId == regio.Id, ct);
        if (g.LogoVerwijderen && logo is not null)
        {
            db.Remove(logo);
            regio.LogoSha256 = null;
        }
        else if (g.Logo is not null)
        {
            if (logo is null)
            {
                db.Add(new RegioLogo { RegioId = regio.Id, MediaType = mediaType!, Inhoud = g.Logo });
            }
            else
            {
                (logo.MediaType, logo.Inhoud) = (mediaType!, g.Logo);
            }

            regio.LogoSha256 = Convert.ToHexStringLower(SHA256.HashData(g.Logo));
        }

        await db.SaveChangesAsync(ct);
        return Resultaat.Goed(regio);
    }

    /// <summary>
    /// What the colour stands on or carries: white (links, and the white text of primary buttons) and the Voorbeeld
    /// theme's lightest action background, blauw-100 (secondary buttons).
    /// </summary>
    private static readonly string[] Achtergronden = ["#ffffff", "#e3f3fd"];

    /// <summary>The contrast ratio of two #rrggbb colours, by WCAG 2.1's relative luminance.</summary>
    public static double Contrast(string kleur, string achtergrond)
    {
        var (a, b) = (Luminantie(kleur), Luminantie(achtergrond));
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    private static double Luminantie(string kleur)
    {
        static double Kanaal(string hex)
        {
            var c = int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Kanaal(kleur[1..3])) + (0.7152 * Kanaal(kleur[3..5])) + (0.0722 * Kanaal(kleur[5..7]));
    }

    /// <summary>image/png or image/jpeg by the file's signature; null for anything else.</summary>
    private static string? MediaType(byte[] b) =>
        b.AsSpan().StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ? "image/png"
        : b.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? "image/jpeg"
        : null;

    /// <summary>Whether this is a colour as stored: # and six lowercase hexadecimal digits.</summary>
    public static bool IsKleur(string? kleur) => kleur is not null && KleurPatroon().IsMatch(kleur);

    [GeneratedRegex("^#[0-9a-f]{6}$")]
    private static partial Regex KleurPatroon();
}
