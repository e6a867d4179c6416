using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;

namespace Zorginkoop.Catalogus;

/// <summary>Registers a provider or changes its details: normalised (spaces out of numbers, postcode as 3991 AB), by <see cref="ZorgaanbiederRegels"/>, one provider per AGB code.</summary>
public static class ZorgaanbiederOpslaan
{
    public sealed record Gegevens(
        string? Naam, string? KvkNummer, string? Vestigingsnummer, string? AgbCode, string? Straat, string? Huisnummer,
        string? Postcode, string? Plaats, string? Website, string? Contactpersoon, string? Email, string? Telefoon);

    public static async Task<Resultaat<Zorgaanbieder>> HandleAsync(ZorginkoopDbContext db, int? id, Gegevens g, CancellationToken ct = default)
    {
        var bestaand = id is null ? null : await db.Zorgaanbieders.SingleOrDefaultAsync(z => z.Id == id, ct);
        if (id is not null && bestaand is null)
        {
            return Resultaat.Geweigerd<Zorgaanbieder>(Weigering.Geheel("zorgaanbieder.niet-gevonden", "Deze zorgaanbieder bestaat niet (meer)."));
        }

        var z = new Zorgaanbieder { Id = bestaand?.Id ?? 0, Naam = "", KvkNummer = "", AgbCode = "" };
        KopieerNaar(g, z);
        var weigeringen = ZorgaanbiederRegels.Valideer(z).ToList();
        if (weigeringen.Count == 0 && await db.Zorgaanbieders.AnyAsync(a => a.AgbCode == z.AgbCode && a.Id != z.Id, ct))
        {
            weigeringen.Add(new("zorgaanbieder.agb-code-bestaat", nameof(g.AgbCode), $"Er is al een zorgaanbieder met AGB-code {z.AgbCode}."));
        }

        if (weigeringen.Count > 0)
        {
            return Resultaat.Geweigerd<Zorgaanbieder>(weigeringen);
        }

        if (bestaand is null)
        {
            db.Zorgaanbieders.Add(z);
        }
        else
        {
            KopieerNaar(g, bestaand);
            z = bestaand;
        }

        await db.SaveChangesAsync(ct);
        return Resultaat.Goed(z);
    }

    private static void KopieerNaar(Gegevens g, Zorgaanbieder z)
    {
        static string? Schoon(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
        static string? ZonderSpaties(string? s) => Schoon(s)?.Replace(" ", "", StringComparison.Ordinal);
        z.Naam = Schoon(g.Naam) ?? "";
        z.KvkNummer = ZonderSpaties(g.KvkNummer) ?? "";
        z.Vestigingsnummer = ZonderSpaties(g.Vestigingsnummer);
        z.AgbCode = ZonderSpaties(g.AgbCode) ?? "";
        z.Straat = Schoon(g.Straat);
        z.Huisnummer = Schoon(g.Huisnummer);
        z.Postcode = ZorgaanbiederRegels.PostcodeFout(Schoon(g.Postcode)) is null ? ZorgaanbiederRegels.NormaliseerPostcode(g.Postcode) : Schoon(g.Postcode);
        z.Plaats = Schoon(g.Plaats);
        z.Website = Schoon(g.Website);
        z.Contactpersoon = Schoon(g.Contactpersoon);
        z.Email = Schoon(g.Email);
        z.Telefoon = Schoon(g.Telefoon);
    }
}
