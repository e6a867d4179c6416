using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;
using Zorginkoop.Documenten;

namespace Zorginkoop.Aanbestedingen;

/// <summary>
/// Withdraws a procedure's document: it stays on record with the moment and the reason. After publication the
/// withdrawal is a rectification with that reason (<see cref="AanbestedingDocumentRegels"/>).
/// </summary>
public static class AanbestedingDocumentIntrekken
{
    public sealed record Gegevens(int DocumentId, string? Reden);

    public static async Task<Resultaat<Document>> HandleAsync(
        ZorginkoopDbContext db, Aanbesteding a, Gegevens g, string wie, DateTimeOffset nu, CancellationToken ct = default)
    {
        AanbestedingAanpassen.Bijwerken(a, nu);
        var d = await db.Documenten.SingleOrDefaultAsync(x => x.Id == g.DocumentId && x.AanbestedingId == a.Id && x.Ingetrokken == null, ct);
        if (d is null)
        {
            return Resultaat.Geweigerd<Document>(Weigering.Geheel("document.niet-van-deze-aanbesteding", "Dit document hoort niet (meer) bij deze aanbesteding."));
        }

        var weigering = AanbestedingDocumentRegels.Geweigerd(a, g.Reden) ?? (string.IsNullOrWhiteSpace(g.Reden)
            ? new Weigering("document.intrekkingsreden-ontbreekt", Documentbeheer.Reden, "Vul de reden in waarom het document wordt ingetrokken.")
            : null);
        if (weigering is not null)
        {
            return Resultaat.Geweigerd<Document>(weigering);
        }

        d.Ingetrokken = nu;
        d.IntrekkingsReden = g.Reden!.Trim();
        if (a.Status.InPublicatiefase())
        {
            await db.Entry(a).Collection(x => x.Rectificaties).LoadAsync(ct);
            AanbestedingWijzigen.VoegRectificatieToe(a, d.IntrekkingsReden, [new Wijziging("Document ingetrokken", $"{d.Titel} ({d.Bestandsnaam})", "")], wie, nu);
        }

        await db.SaveChangesAsync(ct);
        return Resultaat.Goed(d);
    }
}
