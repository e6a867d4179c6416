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
    public static async Task<(Document? Document, Weigering? Weigering)> ToevoegenAsync(
        ZorginkoopDbContext db, DocumentOpslag opslag, Aanbesteding a, Stream inhoud, string? bestandsnaam, string? titel, string? reden,
        string wie, DateTimeOffset nu, CancellationToken ct = default)
    {
        AanbestedingAanpassen.Bijwerken(a, nu);
        var weigering = Geweigerd(a, reden);
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

    public static async Task<Weigering?> IntrekkenAsync(ZorginkoopDbContext db, Aanbesteding a, int documentId, string? reden, string wie, DateTimeOffset nu, CancellationToken ct = default)
    {
        AanbestedingAanpassen.Bijwerken(a, nu);
        var d = await db.Documenten.SingleOrDefaultAsync(x => x.Id == documentId && x.AanbestedingId == a.Id && x.Ingetrokken == null, ct);
        if (d is null)
        {
            return Weigering.Geheel("document.niet-van-deze-aanbesteding", "Dit document hoort niet (meer) bij deze aanbesteding.");
        }

        var weigering = Geweigerd(a, reden) ?? (string.IsNullOrWhiteSpace(reden)
            ? new Weigering("document.intrekkingsreden-ontbreekt", Documentbeheer.Reden, "Vul de reden in waarom het document wordt ingetrokken.")
            : null);
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

    private static Weigering? Geweigerd(Aanbesteding a, string? reden) =>
        a.Status == AanbestedingStatus.Ingetrokken
            ? Weigering.Geheel("document.aanbesteding-ingetrokken", "Bij een ingetrokken aanbesteding kunnen geen documenten meer worden gewijzigd.")
        : IsGepubliceerd(a) && string.IsNullOrWhiteSpace(reden)
            ? new Weigering("rectificatie.reden-ontbreekt", Documentbeheer.Reden,
                "De aanbesteding is gepubliceerd: een document toevoegen of intrekken is een rectificatie. Vul de reden in, die wordt gepubliceerd.")
            : null;
}
