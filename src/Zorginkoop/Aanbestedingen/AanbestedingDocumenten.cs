using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;
using Zorginkoop.Documenten;

namespace Zorginkoop.Aanbestedingen;

/// <summary>
/// The documents of a procedure. Adding or withdrawing one while the procedure is published changes its conditions,
/// so it is a rectification with a published reason, like any other change after publication.
/// </summary>
public static class AanbestedingDocumenten
{
    public static async Task<(Document? Document, string? Fout)> ToevoegenAsync(
        ZorginkoopDbContext db, DocumentOpslag opslag, Aanbesteding a, Stream inhoud, string? bestandsnaam, string? titel, string? reden,
        string wie, DateTimeOffset nu, CancellationToken ct = default)
    {
        AanbestedingAanpassen.Bijwerken(a, nu);
        var weigering = Weigering(a, reden);
        if (weigering is not null)
        {
            return (null, weigering);
        }

        await db.Entry(a).Collection(x => x.Rectificaties).LoadAsync(ct);
        return await Documentbeheer.OpslaanAsync(db, opslag, inhoud, bestandsnaam, titel, wie, nu, d =>
        {
            a.Documenten.Add(d);
            if (IsGepubliceerd(a))
            {
                AanbestedingWijzigen.VoegRectificatieToe(a, reden!.Trim(), [new Wijziging("Document toegevoegd", "", $"{d.Titel} ({d.Bestandsnaam})")], wie, nu);
            }
        }, ct);
    }

    public static async Task<string?> IntrekkenAsync(ZorginkoopDbContext db, Aanbesteding a, int documentId, string? reden, string wie, DateTimeOffset nu, CancellationToken ct = default)
    {
        AanbestedingAanpassen.Bijwerken(a, nu);
        var d = await db.Documenten.SingleOrDefaultAsync(x => x.Id == documentId && x.AanbestedingId == a.Id && x.Ingetrokken == null, ct);
        if (d is null)
        {
            return "Dit document hoort niet (meer) bij deze aanbesteding.";
        }

        var weigering = Weigering(a, reden) ?? (string.IsNullOrWhiteSpace(reden) ? "Vul de reden in waarom het document wordt ingetrokken." : null);
        if (weigering is not null)
        {
            return weigering;
        }

        d.Ingetrokken = nu;
        d.IntrekkingsReden = reden!.Trim();
        if (IsGepubliceerd(a))
        {
            await db.Entry(a).Collection(x => x.Rectificaties).LoadAsync(ct);
            AanbestedingWijzigen.VoegRectificatieToe(a, reden.Trim(), [new Wijziging("Document ingetrokken", $"{d.Titel} ({d.Bestandsnaam})", "")], wie, nu);
        }

        await db.SaveChangesAsync(ct);
        return null;
    }

    private static bool IsGepubliceerd(Aanbesteding a) => a.Status.InPublicatiefase();

    private static string? Weigering(Aanbesteding a, string? reden) =>
        a.Status == AanbestedingStatus.Ingetrokken ? "Bij een ingetrokken aanbesteding kunnen geen documenten meer worden gewijzigd."
        : IsGepubliceerd(a) && string.IsNullOrWhiteSpace(reden)
            ? "De aanbesteding is gepubliceerd: een document toevoegen of intrekken is een rectificatie. Vul de reden in, die wordt gepubliceerd."
            : null;
}
