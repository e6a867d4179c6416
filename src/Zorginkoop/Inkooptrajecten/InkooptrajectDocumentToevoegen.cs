using Zorginkoop.Data;
using Zorginkoop.Documenten;

namespace Zorginkoop.Inkooptrajecten;

/// <summary>Adds a document (a report, an FAQ, a newsletter) to a trajectory; the file is checked and stored first (<see cref="DocumentStore"/>).</summary>
public static class InkooptrajectDocumentToevoegen
{
    public sealed record Gegevens(Stream Inhoud, string? Bestandsnaam, string? Titel);

    public static async Task<Resultaat<Document>> HandleAsync(
        ZorginkoopDbContext db, DocumentStore opslag, Inkooptraject t, Gegevens g, string wie, DateTimeOffset nu, CancellationToken ct = default)
    {
        var (document, fout) = await Documentbeheer.OpslaanAsync(db, opslag, g.Inhoud, g.Bestandsnaam, g.Titel, wie, nu, d => t.Documenten.Add(d), ct);
        return document is null ? Resultaat.Geweigerd<Document>(fout!) : Resultaat.Goed(document);
    }
}
