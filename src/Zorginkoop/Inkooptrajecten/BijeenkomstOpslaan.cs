using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;
using Zorginkoop.Formatting;

namespace Zorginkoop.Inkooptrajecten;

/// <summary>Plans a meeting, consultation or Q&amp;A hour of a trajectory, or changes one; times are Dutch wall-clock times.</summary>
public static class BijeenkomstOpslaan
{
    /// <param name="Begin">Dutch local time as typed; a time that does not exist (the skipped summer-time hour) is refused.</param>
    public sealed record Gegevens(BijeenkomstSoort Soort, string? Titel, DateTime? Begin, DateTime? Einde, int? SegmentId, string? Locatie, string? Omschrijving);

    public static async Task<Resultaat<Bijeenkomst>> HandleAsync(
        ZorginkoopDbContext db, int trajectId, int? bijeenkomstId, Gegevens g, CancellationToken ct = default)
    {
        var traject = await db.Inkooptrajecten.SingleOrDefaultAsync(t => t.Id == trajectId, ct);
        var bestaand = bijeenkomstId is null ? null : await db.Bijeenkomsten.SingleOrDefaultAsync(b => b.Id == bijeenkomstId && b.InkooptrajectId == trajectId, ct);
        if (traject is null || (bijeenkomstId is not null && bestaand is null))
        {
            return Resultaat.Geweigerd<Bijeenkomst>(Weigering.Geheel("bijeenkomst.niet-gevonden", "Deze bijeenkomst of dit inkooptraject bestaat niet (meer)."));
        }

        var weigeringen = new List<Weigering>();
        if (g.Begin is null)
        {
            weigeringen.Add(new("bijeenkomst.begin-ontbreekt", nameof(g.Begin), "Vul de datum en het tijdstip in."));
        }

        foreach (var (lokaal, veld) in new[] { (g.Begin, nameof(g.Begin)), (g.Einde, nameof(g.Einde)) })
        {
            if (lokaal is { } l && NlFormat.OnbestaandeTijd(l, veld) is { } weigering)
            {
                weigeringen.Add(weigering);
            }
        }

        if (g.SegmentId is { } s && !await db.Segmenten.AnyAsync(x => x.Id == s && x.RegioId == traject.RegioId, ct))
        {
            weigeringen.Add(new("bijeenkomst.segment-andere-regio", nameof(g.SegmentId), "Kies een segment van de regio van dit traject."));
        }

        if (weigeringen.Count > 0)
        {
            return Resultaat.Geweigerd<Bijeenkomst>(weigeringen);
        }

        var kandidaat = new Bijeenkomst
        {
            InkooptrajectId = trajectId,
            Soort = g.Soort,
            Titel = g.Titel?.Trim() ?? "",
            Begin = NlFormat.AlsAmsterdamseTijd(g.Begin!.Value),
            Einde = g.Einde is { } e ? NlFormat.AlsAmsterdamseTijd(e) : null,
            SegmentId = g.SegmentId,
            Locatie = string.IsNullOrWhiteSpace(g.Locatie) ? null : g.Locatie.Trim(),
            Omschrijving = string.IsNullOrWhiteSpace(g.Omschrijving) ? null : g.Omschrijving.Trim(),
        };
        weigeringen.AddRange(InkooptrajectRegels.Valideer(kandidaat));
        if (weigeringen.Count > 0)
        {
            return Resultaat.Geweigerd<Bijeenkomst>(weigeringen);
        }

        var b = bestaand ?? kandidaat;
        (b.Soort, b.Titel, b.Begin, b.Einde) = (kandidaat.Soort, kandidaat.Titel, kandidaat.Begin, kandidaat.Einde);
        (b.SegmentId, b.Locatie, b.Omschrijving) = (kandidaat.SegmentId, kandidaat.Locatie, kandidaat.Omschrijving);
        if (bestaand is null)
        {
            db.Bijeenkomsten.Add(b);
        }

        await db.SaveChangesAsync(ct);
        return Resultaat.Goed(b);
    }
}
