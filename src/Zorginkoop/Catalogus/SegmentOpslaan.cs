using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;

namespace Zorginkoop.Catalogus;

/// <summary>Adds a segment to a region's catalogue or changes one; the domain stays while products are in it.</summary>
public static class SegmentOpslaan
{
    public sealed record Gegevens(string? Code, string? Naam, string? Domein, string? Omschrijving);

    public static async Task<Resultaat<Segment>> HandleAsync(ZorginkoopDbContext db, string regioCode, int? id, Gegevens g, CancellationToken ct = default)
    {
        var regio = await db.Regios.Include(r => r.Segmenten).SingleOrDefaultAsync(r => r.Code == regioCode, ct);
        var segment = id is null ? null : regio?.Segmenten.SingleOrDefault(s => s.Id == id);
        if (regio is null || (id is not null && segment is null))
        {
            return Resultaat.Geweigerd<Segment>(Weigering.Geheel("segment.niet-gevonden", "Dit segment bestaat niet (meer)."));
        }

        var code = g.Code?.Trim().ToLowerInvariant() ?? "";
        var weigeringen = new List<Weigering>();
        if (string.IsNullOrWhiteSpace(g.Naam))
        {
            weigeringen.Add(new("segment.naam-ontbreekt", nameof(g.Naam), "Vul de naam van het segment in."));
        }

        if (!Codes.IsGeldig(code))
        {
            weigeringen.Add(new("segment.code-ongeldig", nameof(g.Code), $"{Codes.Uitleg}, zoals individuele-begeleiding."));
        }
        else if (regio.Segmenten.Any(s => s.Code == code && s.Id != id))
        {
            weigeringen.Add(new("segment.code-bestaat", nameof(g.Code), $"Regio {regio.Naam} heeft al een segment met code {code}."));
        }

        if (!DomeinCodes.TryParse(g.Domein, out var domein))
        {
            weigeringen.Add(new("segment.domein-onbekend", nameof(g.Domein), "Kies jeugd of wmo."));
        }
        else if (segment is not null && segment.Domein != domein && await db.Producten.AnyAsync(p => p.SegmentId == id, ct))
        {
            weigeringen.Add(new("segment.domein-vast", nameof(g.Domein), "Het domein kan niet veranderen zolang er producten in dit segment zitten."));
        }

        if (weigeringen.Count > 0)
        {
            return Resultaat.Geweigerd<Segment>(weigeringen);
        }

        if (segment is null)
        {
            segment = new Segment { Code = code, Naam = "", RegioId = regio.Id };
            db.Segmenten.Add(segment);
        }

        segment.Code = code;
        segment.Naam = g.Naam!.Trim();
        segment.Domein = domein;
        segment.Omschrijving = string.IsNullOrWhiteSpace(g.Omschrijving) ? null : g.Omschrijving.Trim();
        await db.SaveChangesAsync(ct);
        return Resultaat.Goed(segment);
    }
}
