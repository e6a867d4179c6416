using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Zorginkoop.Data;
using Zorginkoop.Formatting;

namespace Zorginkoop.Zorgdata;

/// <summary>
/// At every start (app and CLI): an import that was running when its process stopped is marked <c>afgebroken</c>,
/// with when and why, and what it left in <c>uploads/</c> is removed. Only what no live process holds is touched
/// (<see cref="ImportLock"/>), so a second app instance's running import goes on. Nothing there was ever readable:
/// uploads are stored encrypted with a key that died with the process (<see cref="EncryptedFile"/>).
/// </summary>
public static class ImportCleanup
{
    public static async Task<int> CleanUpAsync(ZorginkoopDbContext db, string dataMap, DateTimeOffset nu, ILogger? logger = null, CancellationToken ct = default)
    {
        var zd = db.Zorgdata;
        var afgebroken = 0;
        // Asked in SQL of its own first: there rarely is one, and every CLI call asks (Data/RawSql.cs).
        var bezig = (await RawSql.LeesAsync(zd, $"SELECT COUNT(*) FROM \"Importruns\" WHERE \"Resultaat\" = '{Resultaten.Bezig}'", r => r.GetInt64(0), ct))[0] > 0;
        foreach (var run in bezig ? await zd.Importruns.Where(r => r.Resultaat == Resultaten.Bezig).ToListAsync(ct) : [])
        {
            if (run.Opdracht is { } opdracht && !ImportLock.IsVrij(dataMap, opdracht))
            {
                continue;
            }

            run.Resultaat = Resultaten.Afgebroken;
            run.Beeindigd = nu;
            run.Meldingen = $"De import is afgebroken: Zorginkoop stopte voordat hij klaar was (vastgesteld bij de start op {NlFormat.DatumTijd(nu)}). " +
                "Er is niets van dit bestand opgeslagen; importeer het opnieuw.";
            afgebroken++;
        }

        if (afgebroken > 0)
        {
            await zd.SaveChangesAsync(ct);
            logger?.LogWarning("{Aantal} afgebroken import(s) vastgelegd", afgebroken);
        }

        var map = ImportLock.Map(dataMap);
        if (Directory.Exists(map))
        {
            // An upload or a lock of an import a live process still holds (queued or running) stays.
            foreach (var pad in Directory.EnumerateFiles(map))
            {
                if (Guid.TryParseExact(Path.GetFileNameWithoutExtension(pad), "N", out var opdracht) && !ImportLock.IsVrij(dataMap, opdracht))
                {
                    continue;
                }

                try
                {
                    File.Delete(pad);
                }
                catch (IOException)
                {
                }
            }
        }

        return afgebroken;
    }
}
