using Zorginkoop.Data;
using Zorginkoop.Documenten;

namespace Zorginkoop.Aanbestedingen;

/// <summary>
/// Adds a document to a procedure. The file is checked and stored first (<see cref="DocumentStore"/>); after
/// publication the addition is a rectification with the given reason (<see cref="AanbestedingDocumentRegels"/>).
/// </summary>
public static class AanbestedingDocumentToevoegen
{
    public sealed record Gegevens(Stream Inhoud, string? Bestandsnaam, string? Titel, string? Reden);

    public static async Task<Resultaat<Document>> HandleAsync(
        ZorginkoopDbContext db, DocumentStore opslag, Aanbesteding a, Gegevens g, string wie, DateTimeOffset nu, CancellationToken ct = default)
    {
        AanbestedingAanpassen.Bijwerken(a, nu);
        if (AanbestedingDocumentRegels.Geweigerd(a, g.Reden) is { } weigering)
        {
            return Resultaat.Geweigerd<Document>(weigering);
        }

        await db.Entry(a).Collection(x => x.Rectificaties).LoadAsync(ct);
        var (document, fout) = await Documentbeheer.OpslaanAsync(db, opslag, g.Inhoud, g.Bestandsnaam, g.Titel, wie, nu, d =>
        {
            a.Documenten.Add(d);
            if (a.Status.InPublicatiefase())
            {
                AanbestedingWijzigen.VoegRectificatieToe(a, g.Reden!.Trim(), [new Wijziging("Document toegevoegd", "", $"{d.Titel} ({d.Bestandsnaam})")], wie, nu);
            }
        }, ct);
        return document is null ? Resultaat.Geweigerd<Document>(fout!) : Resultaat.Goed(document);
    }
}
