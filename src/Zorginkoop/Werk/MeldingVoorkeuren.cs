using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;

namespace Zorginkoop.Werk;

/// <summary>A person's channel per kind of work item (/werk/instellingen): e-mail at once, a daily summary, or only in the app.</summary>
public static class MeldingVoorkeuren
{
    /// <summary>The channel of every kind for this person: her choice, else the kind's default.</summary>
    public static async Task<IReadOnlyDictionary<string, Kanaal>> VanAsync(ZorginkoopDbContext db, string gebruikerId, CancellationToken ct = default)
    {
        var gekozen = await db.MeldingVoorkeuren.AsNoTracking().Where(v => v.GebruikerId == gebruikerId).ToDictionaryAsync(v => v.Soort, v => v.Kanaal, ct);
        return Werksoorten.Alle.ToDictionary(s => s.Code, s => gekozen.GetValueOrDefault(s.Code, s.Standaard), StringComparer.Ordinal);
    }

    /// <summary>Stores the choices; an unknown kind or channel is refused and nothing is stored.</summary>
    public static async Task<Weigering?> ZetAsync(ZorginkoopDbContext db, string gebruikerId, IReadOnlyDictionary<string, Kanaal> keuzes, CancellationToken ct = default)
    {
        foreach (var (soort, kanaal) in keuzes)
        {
            if (Werksoorten.Van(soort) is null)
            {
                return new Weigering("melding.soort-onbekend", soort, $"'{soort}' is geen soort melding.");
            }

            if (!Enum.IsDefined(kanaal))
            {
                return new Weigering("melding.kanaal-onbekend", soort, "Kies e-mail per melding, een dagelijks overzicht of alleen in de app.");
            }
        }

        var bestaand = await db.MeldingVoorkeuren.Where(v => v.GebruikerId == gebruikerId).ToListAsync(ct);
        foreach (var (soort, kanaal) in keuzes)
        {
            var v = bestaand.SingleOrDefault(x => x.Soort == soort);
            if (v is null)
            {
                db.MeldingVoorkeuren.Add(new MeldingVoorkeur { GebruikerId = gebruikerId, Soort = soort, Kanaal = kanaal });
            }
            else
            {
                v.Kanaal = kanaal;
            }
        }

        await db.SaveChangesAsync(ct);
        return null;
    }
}
