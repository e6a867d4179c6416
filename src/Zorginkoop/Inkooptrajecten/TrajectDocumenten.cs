using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;
using Zorginkoop.Documenten;

namespace Zorginkoop.Inkooptrajecten;

/// <summary>The documents of a trajectory (reports, FAQs, newsletters); withdrawn ones stay on record.</summary>
public static class TrajectDocumenten
{
    public static Task<(Document? Document, Weigering? Weigering)> ToevoegenAsync(
        ZorginkoopDbContext db, DocumentOpslag opslag, Inkooptraject t, Stream inhoud, string? bestandsnaam, string? titel,
        string wie, DateTimeOffset nu, CancellationToken ct = default) =>
        Documentbeheer.OpslaanAsync(db, opslag, inhoud, bestandsnaam, titel, wie, nu, d => t.Documenten.Add(d), ct);

    public static async Task<Weigering?> IntrekkenAsync(ZorginkoopDbContext db, Inkooptraject t, int documentId, string? reden, DateTimeOffset nu, CancellationToken ct = default)
    {
        var d = await db.Documenten.SingleOrDefaultAsync(x => x.Id == documentId && x.InkooptrajectId == t.Id && x.Ingetrokken == null, ct);
        if (d is null)
        {
            return Weigering.Geheel("document.niet-van-dit-traject", "Dit document hoort niet (meer) bij dit inkooptraject.");
        }

        if (string.IsNullOrWhiteSpace(reden))
        {
            return new Weigering("document.intrekkingsreden-ontbreekt", Documentbeheer.Reden, "Vul de reden in waarom het document wordt ingetrokken.");
        }

        d.Ingetrokken = nu;
        d.IntrekkingsReden = reden.Trim();
        await db.SaveChangesAsync(ct);
        return null;
    }
}
