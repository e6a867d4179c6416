using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;

namespace Zorginkoop.Catalogus;

/// <summary>Creates a region (a group of municipalities buying together) or changes its code, name and municipalities.</summary>
public static class RegioOpslaan
{
    /// <summary>The code the page for a new region lives at (/catalogus/nieuwe-regio), so no region may take it.</summary>
    public const string GereserveerdeCode = "nieuwe-regio";

    /// <summary>The monitor's choice of every region (<c>/monitor?regio=alle</c>), so no region may take it either.</summary>
    public const string AlleRegios = "alle";

    public sealed record Gegevens(string? Code, string? Naam, IReadOnlyCollection<string> Gemeenten);

    /// <param name="regioCode">The region to change, or null for a new one.</param>
    public static async Task<Resultaat<Regio>> HandleAsync(ZorginkoopDbContext db, string? regioCode, Gegevens g, CancellationToken ct = default)
    {
        var regio = regioCode is null ? null : await db.Regios.Include(r => r.Gemeenten).SingleOrDefaultAsync(r => r.Code == regioCode, ct);
        if (regioCode is not null && regio is null)
        {
            return Resultaat.Geweigerd<Regio>(Weigering.Geheel("regio.niet-gevonden", $"Regio {regioCode} bestaat niet (meer)."));
        }

        var code = g.Code?.Trim().ToLowerInvariant() ?? "";
        var weigeringen = new List<Weigering>();
        if (string.IsNullOrWhiteSpace(g.Naam))
        {
            weigeringen.Add(new("regio.naam-ontbreekt", nameof(g.Naam), "Vul de naam van de regio in."));
        }

        var eigenId = regio?.Id ?? 0;
        if (!Codes.IsGeldig(code))
        {
            weigeringen.Add(new("regio.code-ongeldig", nameof(g.Code), $"{Codes.Uitleg}, zoals utrecht-west."));
        }
        else if (code is GereserveerdeCode or AlleRegios)
        {
            weigeringen.Add(new("regio.code-gereserveerd", nameof(g.Code), $"De code {code} is gereserveerd voor Zorginkoop zelf (een adres of keuze); kies een andere."));
        }
        else if (await db.Regios.AnyAsync(r => r.Code == code && r.Id != eigenId, ct))
        {
            weigeringen.Add(new("regio.code-bestaat", nameof(g.Code), $"Er is al een regio met code {code}."));
        }

        var gemeenten = await db.Gemeenten.Where(x => g.Gemeenten.Contains(x.Code)).ToListAsync(ct);
        var onbekend = g.Gemeenten.Except(gemeenten.Select(x => x.Code), StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (onbekend.Count > 0)
        {
            // A page offers only known municipalities; a command line or a changed form can name others.
            weigeringen.Add(new("regio.gemeente-onbekend", nameof(g.Gemeenten),
                $"Onbekende gemeentecode(s): {string.Join(", ", onbekend)}. Gebruik de CBS-code van vier cijfers, zoals 0344."));
        }
        else if (gemeenten.Count == 0)
        {
            weigeringen.Add(new("regio.gemeente-ontbreekt", nameof(g.Gemeenten), "Kies ten minste één gemeente."));
        }

        if (weigeringen.Count > 0)
        {
            return Resultaat.Geweigerd<Regio>(weigeringen);
        }

        if (regio is null)
        {
            regio = new Regio { Code = code, Naam = "" };
            db.Regios.Add(regio);
        }

        regio.Code = code;
        regio.Naam = g.Naam!.Trim();
        regio.Gemeenten.Clear();
        regio.Gemeenten.AddRange(gemeenten);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (UniekeSleutel.IsGeschonden(e))
        {
            // Another page or command made a region with this code between the check above and this save.
            db.ChangeTracker.Clear();
            return Resultaat.Geweigerd<Regio>(new Weigering("regio.code-bestaat", nameof(g.Code), $"Er is al een regio met code {code}."));
        }

        return Resultaat.Goed(regio);
    }
}
