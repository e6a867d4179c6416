using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;
using Zorginkoop.Documenten;

namespace Zorginkoop.Inkooptrajecten;

/// <summary>Withdraws a trajectory's document: it stays on record with the moment and the reason.</summary>
public static class InkooptrajectDocumentIntrekken
{
    public sealed record Gegevens(int DocumentId, string? Reden);

    public static async Task<Resultaat<Document>> HandleAsync(ZorginkoopDbContext db, Inkooptraject t, Gegevens g, DateTimeOffset nu, CancellationToken ct = default)
    {
        var d = await db.Documenten.SingleOrDefaultAsync(x => x.Id == g.DocumentId && x.InkooptrajectId == t.Id && x.Ingetrokken == null, ct);
        if (d is null)
        {
            return Resultaat.Geweigerd<Document>(Weigering.Geheel("document.niet-van-dit-traject", "Dit document hoort niet (meer) bij dit inkooptraject."));
        }

        if (string.IsNullOrWhiteSpace(g.Reden))
        {
            return Resultaat.Geweigerd<Document>(new Weigering("document.intrekkingsreden-ontbreekt", Documentbeheer.Reden, "Vul de reden in waarom het document wordt ingetrokken."));
        }

        d.Ingetrokken = nu;
        d.IntrekkingsReden = g.Reden.Trim();
        await db.SaveChangesAsync(ct);
        return Resultaat.Goed(d);
    }
}
