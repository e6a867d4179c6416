using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;

namespace Zorginkoop.Aanbestedingen;

/// <summary>
/// A re-opening: after final award, products with too little supply ("onvoldoende dekking", as Lekstroom found for
/// 43B11 and 50B32) go out again in a follow-up procedure of the same kind, one lot per product, linked both ways.
/// </summary>
public static class Heropenen
{
    /// <summary>The fields a refusal names.</summary>
    public const string Producten = "Producten", Reden = "Reden";

    public static async Task<(Aanbesteding? Vervolg, Weigering? Weigering)> StartAsync(
        ZorginkoopDbContext db, Aanbesteding bron, IReadOnlyCollection<int> productIds, string? naam, string? reden, CancellationToken ct = default)
    {
        if (bron.Status is not (AanbestedingStatus.DefinitiefGegund or AanbestedingStatus.LopendContract))
        {
            return (null, Weigering.Geheel("heropenen.niet-na-gunning", $"Heropenen kan alleen na de definitieve gunning; deze aanbesteding is {bron.Status.Naam()}."));
        }

        if (productIds.Count == 0)
        {
            return (null, new Weigering("heropenen.product-ontbreekt", Producten, "Kies ten minste één product om opnieuw open te zetten."));
        }

        if (string.IsNullOrWhiteSpace(reden))
        {
            return (null, new Weigering("heropenen.reden-ontbreekt", Reden, "Vul de reden van de heropening in, zoals 'onvoldoende dekking'; die wordt gepubliceerd."));
        }

        var binnen = await Percelen.ProductenAsync(db, bron, ct);
        if (productIds.Except(binnen).Any())
        {
            return (null, new Weigering("heropenen.product-buiten-percelen", Producten, "Alleen producten uit de percelen van deze aanbesteding kunnen worden heropend."));
        }

        var producten = await db.Producten.Where(p => productIds.Contains(p.Id)).OrderBy(p => p.Code).ToListAsync(ct);
        naam = string.IsNullOrWhiteSpace(naam)
            ? $"Heropening {string.Join(" en ", producten.Select(p => $"{p.Code} {p.Naam}"))}"
            : naam.Trim();
        if (naam.Length > 300)
        {
            naam = naam[..300];
        }

        var vervolg = Aanbesteding.Nieuw(bron.RegioId, naam, bron.Vorm);
        vervolg.HeropeningVanId = bron.Id;
        vervolg.InkooptrajectId = bron.InkooptrajectId;
        vervolg.Omschrijving = reden.Trim();
        vervolg.MaxGunningenPerPerceel = bron.MaxGunningenPerPerceel;
        vervolg.StandstillDagen = bron.StandstillDagen;
        vervolg.Verlengingsopties = bron.Verlengingsopties;
        vervolg.ContractEinde = bron.ContractEinde;
        var nummer = 1;
        foreach (var p in producten)
        {
            vervolg.Percelen.Add(new Perceel { Nummer = nummer++, Naam = $"{p.Code} {p.Naam}", ProductId = p.Id });
        }

        // A re-opening of a joint procedure buys for the same regions (and a participant who starts it can work on it).
        vervolg.Deelnames.AddRange(await db.Deelnames.Where(d => d.AanbestedingId == bron.Id).Select(d => new Deelname { RegioId = d.RegioId }).ToListAsync(ct));
        db.Aanbestedingen.Add(vervolg);
        await db.SaveChangesAsync(ct);
        return (vervolg, null);
    }
}
