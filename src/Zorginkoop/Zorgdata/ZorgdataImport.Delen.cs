using Zorginkoop.Catalogus.Import;

namespace Zorginkoop.Zorgdata;

/// <summary>The parts of an import: the file itself, or the messages of a ZIP (<see cref="Berichtenbundel"/>).</summary>
public sealed partial class ZorgdataImport
{
    /// <summary>
    /// Reads one part with its name on every problem. A part of a ZIP that cannot be unpacked is a problem of the file
    /// (reported, so nothing is stored), not a failure of the import.
    /// </summary>
    private static async Task LeesDeelAsync(Berichtdeel deel, Action<ImportMelding> meld, Func<Stream, Action<ImportMelding>, Task> verwerk)
    {
        var meldDeel = deel.Meld(meld);
        if (deel.Naam is null)
        {
            await verwerk(deel.Open(), meldDeel);
            return;
        }

        try
        {
            await using var s = deel.Open();
            await verwerk(s, meldDeel);
        }
        catch (InvalidDataException e)
        {
            meldDeel(new(1, null, Berichtenbundel.OnleesbaarDeel(e)));
        }
    }

    /// <summary>The claim lines of every claim part one after the other, for the reading stage of the import.</summary>
    private static IEnumerable<RuweZorgregel> LeesDeclaraties(List<Berichtdeel> delen, Action<ImportMelding> meld, Action<Berichtdeel> klaar, CancellationToken ct)
    {
        foreach (var deel in delen)
        {
            var meldDeel = deel.Meld(meld);
            var s = deel.Open();
            try
            {
                var regels = deel.Formaat switch
                {
                    "csv" => ZorgdataCsv.Lees(s, meldDeel, ct),
                    "jw323" or "wmo323" => ZorgdataXml.LeesDeclaratie(s, deel.Formaat, meldDeel),
                    _ => NietOndersteund(deel.Formaat, meldDeel),
                };
                foreach (var regel in regels)
                {
                    yield return regel;
                }

                klaar(deel);
            }
            finally
            {
                // The file imported on its own belongs to the caller; an entry of a ZIP to this import.
                if (deel.Naam is not null)
                {
                    s.Dispose();
                }
            }
        }
    }
}
