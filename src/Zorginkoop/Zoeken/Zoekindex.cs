using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Catalogus;
using Zorginkoop.Data;
using Zorginkoop.Documenten;
using Zorginkoop.Inkooptrajecten;
using Zorginkoop.Vragen;

namespace Zorginkoop.Zoeken;

/// <summary>
/// Keeps the search index with the records: captures which groups one SaveChanges touches and rebuilds them after it,
/// in the same transaction (<see cref="ZorginkoopDbContext.SaveChangesAsync(bool, CancellationToken)"/>), so a change
/// and what search finds of it are committed together or not at all.
/// </summary>
public sealed class Zoekindex
{
    private readonly List<object> gewijzigd;

    private Zoekindex(List<object> gewijzigd) => this.gewijzigd = gewijzigd;

    /// <summary>The records search follows: every type <see cref="Groep"/> knows.</summary>
    private static readonly HashSet<Type> Gevolgd =
    [
        typeof(Aanbesteding), typeof(Perceel), typeof(Deelname), typeof(NvIRonde), typeof(Document), typeof(Inkooptraject), typeof(Fase),
        typeof(Voortgangsbericht), typeof(TrajectDeelname), typeof(Product), typeof(Zorgaanbieder),
    ];

    /// <summary>By type, not by group: a new record's group is known only after the save.</summary>
    public static Zoekindex? Vang(ZorginkoopDbContext db) => GevolgdeWijzigingen.Van(db, Gevolgd) is { Count: > 0 } gewijzigd ? new Zoekindex(gewijzigd) : null;

    /// <summary>Rebuilds the touched groups. Runs after the records were written, so new records have their keys.</summary>
    public async Task BijwerkenAsync(ZorginkoopDbContext db, CancellationToken ct)
    {
        var teksten = gewijzigd.OfType<Document>().Where(d => d.Zoektekst is not null).ToDictionary(d => d.Id, d => d.Zoektekst!);
        foreach (var groep in gewijzigd.Select(Groep).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            await ZoekGroepen.BouwAsync(db, groep, d => Task.FromResult(teksten.GetValueOrDefault(d.Id, "")), ct);
        }
    }

    /// <summary>
    /// The whole index anew, in one transaction, with the text of every document read again from the store: after an
    /// upgrade (the index starts empty) or when it is in doubt (<c>zorginkoop zoekindex herbouwen</c>).
    /// </summary>
    public static async Task<int> HerbouwenAsync(ZorginkoopDbContext db, DocumentStore opslag, IProgress<(int Klaar, int Totaal)>? voortgang, CancellationToken ct)
    {
        List<string> groepen =
        [
            .. (await db.Aanbestedingen.Select(a => a.Id).ToListAsync(ct)).Select(id => $"{ZoekGroepen.Aanbesteding}:{id}"),
            .. (await db.Inkooptrajecten.Select(t => t.Id).ToListAsync(ct)).Select(id => $"{ZoekGroepen.Inkooptraject}:{id}"),
            .. (await db.Producten.Select(p => p.Id).ToListAsync(ct)).Select(id => $"{ZoekGroepen.Product}:{id}"),
            .. (await db.Zorgaanbieders.Select(z => z.Id).ToListAsync(ct)).Select(id => $"{ZoekGroepen.Zorgaanbieder}:{id}"),
        ];
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.Zoekitems.ExecuteDeleteAsync(ct);
        for (var i = 0; i < groepen.Count; i++)
        {
            await ZoekGroepen.BouwAsync(db, groepen[i], d => Lees(opslag, d, ct), ct);
            if (i % 100 == 99 || i == groepen.Count - 1)
            {
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
                voortgang?.Report((i + 1, groepen.Count));
            }
        }

        await tx.CommitAsync(ct);
        return await db.Zoekitems.CountAsync(ct);
    }

    private static async Task<string> Lees(DocumentStore opslag, Document d, CancellationToken ct)
    {
        try
        {
            await using var bestand = opslag.Open(d.Opslagnaam);
            var kopie = new MemoryStream();
            await bestand.CopyToAsync(kopie, ct);
            kopie.Position = 0;
            return Tekstextractie.Lees(kopie, d.Bestandsnaam);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            // A record whose file is missing is found by its title; the store's own check reports the missing file.
            return "";
        }
    }

    /// <summary>The group a changed record belongs to, or null when search does not follow it.</summary>
    private static string? Groep(object entiteit) => entiteit switch
    {
        Aanbesteding a => $"{ZoekGroepen.Aanbesteding}:{a.Id}",
        Perceel p => $"{ZoekGroepen.Aanbesteding}:{p.AanbestedingId}",
        Deelname d => $"{ZoekGroepen.Aanbesteding}:{d.AanbestedingId}",
        NvIRonde r => $"{ZoekGroepen.Aanbesteding}:{r.AanbestedingId}",
        Document { AanbestedingId: int id } => $"{ZoekGroepen.Aanbesteding}:{id}",
        Document { InkooptrajectId: int id } => $"{ZoekGroepen.Inkooptraject}:{id}",
        Inkooptraject t => $"{ZoekGroepen.Inkooptraject}:{t.Id}",
        Fase f => $"{ZoekGroepen.Inkooptraject}:{f.InkooptrajectId}",
        Voortgangsbericht v => $"{ZoekGroepen.Inkooptraject}:{v.InkooptrajectId}",
        TrajectDeelname d => $"{ZoekGroepen.Inkooptraject}:{d.InkooptrajectId}",
        Product p => $"{ZoekGroepen.Product}:{p.Id}",
        Zorgaanbieder z => $"{ZoekGroepen.Zorgaanbieder}:{z.Id}",
        _ => null,
    };
}
