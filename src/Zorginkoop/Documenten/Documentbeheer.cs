using Zorginkoop.Data;

namespace Zorginkoop.Documenten;

/// <summary>Storing an uploaded document and its record together: when the record cannot be saved, the file goes too.</summary>
public static class Documentbeheer
{
    /// <summary>The fields a refusal names: the uploaded file, its title, the reason of a rectification.</summary>
    public const string Bestand = "Bestand", Titel = "Titel", Reden = "Reden";

    /// <param name="koppel">Attaches the new record to its trajectory or procedure (and records a rectification where one is due).</param>
    public static async Task<(Document? Document, Weigering? Weigering)> OpslaanAsync(
        ZorginkoopDbContext db, DocumentStore opslag, Stream inhoud, string? bestandsnaam, string? titel, string wie, DateTimeOffset nu,
        Action<Document> koppel, CancellationToken ct = default)
    {
        if (titel?.Trim().Length > 300)
        {
            return (null, new Weigering("document.titel-te-lang", Titel, "De titel is te lang: ten hoogste 300 tekens."));
        }

        var (bestand, fout) = await opslag.StoreAsync(inhoud, bestandsnaam, ct);
        if (bestand is null)
        {
            return (null, new Weigering("document.bestand-geweigerd", Bestand, fout!));
        }

        var document = new Document
        {
            Titel = string.IsNullOrWhiteSpace(titel) ? Path.GetFileNameWithoutExtension(bestand.Bestandsnaam) : titel.Trim(),
            Bestandsnaam = bestand.Bestandsnaam,
            ContentType = bestand.Soort.ContentType,
            Grootte = bestand.Grootte,
            Sha256 = bestand.Sha256,
            Opslagnaam = bestand.Opslagnaam,
            Moment = nu,
            Door = wie,
            Zoektekst = LeesTekst(opslag, bestand),
        };
        try
        {
            koppel(document);
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            opslag.Verwijder(bestand.Opslagnaam);
            throw;
        }

        return (document, null);
    }

    private static string LeesTekst(DocumentStore opslag, StoredFile bestand)
    {
        using var inhoud = opslag.Open(bestand.Opslagnaam);
        return Zoeken.Tekstextractie.Lees(inhoud, bestand.Bestandsnaam);
    }

    /// <summary>"124 kB", "1,2 MB": the size as the public page shows it next to the link.</summary>
    public static string Grootte(long bytes) => bytes < 1024 * 1024
        ? $"{Math.Max(1, (bytes + 512) / 1024)} kB"
        : (bytes / (1024d * 1024d)).ToString("0.#", Formatting.NlFormat.Cultuur) + " MB";
}
