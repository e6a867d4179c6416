using Zorginkoop.Aanbestedingen;
using Zorginkoop.Data;

namespace Zorginkoop.Vragen;

/// <summary>A provider asks a question about a published procedure, before the question deadline; it gets the next number of the procedure.</summary>
public static class VraagStellen
{
    public sealed record Gegevens(int ZorgaanbiederId, string? Tekst, int? Perceel, string? Onderwerp);

    public static async Task<(Vraag? Vraag, Weigering? Weigering)> HandleAsync(ZorginkoopDbContext db, Aanbesteding a, Gegevens g, string wie, DateTimeOffset nu, CancellationToken ct = default)
    {
        var (zorgaanbiederId, tekst, perceel, onderwerp) = g;
        var weigering = VraagRegels.Gesloten(a, nu) ?? await VraagRegels.Inhoud(db, a, tekst, perceel, onderwerp, ct);
        if (weigering is not null)
        {
            return (null, weigering);
        }

        var vraag = new Vraag
        {
            AanbestedingId = a.Id,
            ZorgaanbiederId = zorgaanbiederId,
            GesteldDoor = wie,
            GesteldOp = nu,
            PerceelNummer = perceel,
            Onderwerp = VraagRegels.Leeg(onderwerp),
            Tekst = tekst!.Trim(),
        };
        return await VraagRegels.MetVolgnummerAsync(db, vraag, ct) is { } fout ? (null, fout) : (vraag, null);
    }
}
