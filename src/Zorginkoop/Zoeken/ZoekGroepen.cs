using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Data;
using Zorginkoop.Documenten;
using Zorginkoop.Formatting;

namespace Zorginkoop.Zoeken;

/// <summary>
/// What search finds of one group, built from the records as they are now. Items other than documents are simply
/// written again; a document's row keeps its extracted text and only follows its procedure's or trajectory's
/// visibility, so a change of status does not read every file again.
/// </summary>
internal static class ZoekGroepen
{
    public const string Aanbesteding = "aanbesteding", Inkooptraject = "inkooptraject", Product = "product", Zorgaanbieder = "zorgaanbieder";

    public static async Task BouwAsync(ZorginkoopDbContext db, string groep, Func<Document, Task<string>> documenttekst, CancellationToken ct)
    {
        var deel = groep.Split(':');
        var id = int.Parse(deel[1], CultureInfo.InvariantCulture);
        await db.Zoekitems.Where(z => z.Groep == groep && z.Soort != Zoeksoorten.Document).ExecuteDeleteAsync(ct);
        var sqlite = db.Database.IsSqlite();
        switch (deel[0])
        {
            case Aanbesteding:
                await AanbestedingAsync(db, groep, id, sqlite, documenttekst, ct);
                break;
            case Inkooptraject:
                await InkooptrajectAsync(db, groep, id, sqlite, documenttekst, ct);
                break;
            case Product:
                var p = await db.Producten.AsNoTracking().Include(x => x.Regio).Include(x => x.Segment).SingleOrDefaultAsync(x => x.Id == id, ct);
                if (p is not null)
                {
                    Voeg(db, sqlite, Zoeksoorten.Product, groep, groep, $"{p.Code} {p.Naam}",
                        $"Productcode {p.Code}{(p.LandelijkeCode is { } l ? $", landelijke code {l}" : "")}, categorie {p.CategorieCode}{(p.Segment is { } s ? $", segment {s.Naam}" : "")}, {p.Regio!.Naam}",
                        $"/catalogus/{p.Regio.Code}/producten/{p.Id}", p.GeldigVan, true, [p.RegioId]);
                }

                break;
            case Zorgaanbieder:
                var z = await db.Zorgaanbieders.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
                if (z is not null)
                {
                    Voeg(db, sqlite, Zoeksoorten.Zorgaanbieder, groep, groep, z.Naam,
                        $"KvK-nummer {z.KvkNummer}, AGB-code {z.AgbCode}{(z.Plaats is { } plaats ? $", {plaats}" : "")}",
                        $"/zorgaanbieders/{z.Id}", null, true, []);
                }

                break;
        }
    }

    private static async Task AanbestedingAsync(ZorginkoopDbContext db, string groep, int id, bool sqlite, Func<Document, Task<string>> documenttekst, CancellationToken ct)
    {
        var a = await db.Aanbestedingen.AsNoTracking().Include(x => x.Regio).Include(x => x.Deelnames).Include(x => x.Percelen).ThenInclude(p => p.Product)
            .AsSplitQuery().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (a is null)
        {
            await db.Zoekitems.Where(z => z.Groep == groep).ExecuteDeleteAsync(ct);
            return;
        }

        // As AanbestedingZichtbaarheid: a concept is for the employees of its region and its participants only.
        var openbaar = a.Status != AanbestedingStatus.Concept;
        int[] regios = [a.RegioId, .. a.Deelnames.Select(d => d.RegioId)];
        var url = $"/aanbestedingen/{a.Id}";
        Voeg(db, sqlite, Zoeksoorten.Aanbesteding, groep, groep, a.Naam,
            string.Join(". ", new[] { a.Vorm.Naam(), a.TenderNedKenmerk is { } k ? $"TenderNed {k}" : null, a.Omschrijving }.OfType<string>()),
            url, a.Publicatiedatum, openbaar, regios);
        foreach (var p in a.Percelen)
        {
            Voeg(db, sqlite, Zoeksoorten.Perceel, groep, $"perceel:{p.Id}", $"Perceel {p.Nummer}: {p.Naam}",
                $"{a.Naam}{(p.Product is { } pr ? $". Product {pr.Code} {pr.Naam}" : "")}", url + "#percelen", a.Publicatiedatum, openbaar, regios);
        }

        var rondes = await db.NvIRondes.AsNoTracking().Where(r => r.AanbestedingId == id).ToListAsync(ct);
        foreach (var r in rondes)
        {
            foreach (var item in r.Items)
            {
                Voeg(db, sqlite, Zoeksoorten.NvI, groep, $"nvi:{r.Id}:{item.Volgnummer}",
                    $"Nota van Inlichtingen {r.Nummer}, vraag {item.Volgnummer}{(item.Onderwerp is { } o ? $": {o}" : "")}",
                    $"{item.Vraag}\n{item.Antwoord}", $"{url}/nvi/{r.Nummer}#vraag-{item.Volgnummer}",
                    DateOnly.FromDateTime(r.GepubliceerdOp.UtcDateTime), openbaar, regios);
            }
        }

        await DocumentenAsync(db, groep, sqlite, db.Documenten.Where(d => d.AanbestedingId == id), openbaar, regios, documenttekst, ct);
    }

    private static async Task InkooptrajectAsync(ZorginkoopDbContext db, string groep, int id, bool sqlite, Func<Document, Task<string>> documenttekst, CancellationToken ct)
    {
        var t = await db.Inkooptrajecten.AsNoTracking().Include(x => x.Deelnames).Include(x => x.Fasen).Include(x => x.Berichten)
            .AsSplitQuery().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (t is null)
        {
            await db.Zoekitems.Where(z => z.Groep == groep).ExecuteDeleteAsync(ct);
            return;
        }

        // As InkooptrajectZichtbaarheid: public when marked so, otherwise for its region and participants.
        int[] regios = [t.RegioId, .. t.Deelnames.Select(d => d.RegioId)];
        var url = $"/inkooptrajecten/{t.Id}";
        Voeg(db, sqlite, Zoeksoorten.Inkooptraject, groep, groep, t.Naam,
            string.Join("\n", new[] { t.Omschrijving }.Concat(t.Fasen.OrderBy(f => f.Soort).Select(f => f.Samenvatting)).OfType<string>()),
            url, null, t.Openbaar, regios);
        foreach (var b in t.Berichten)
        {
            Voeg(db, sqlite, Zoeksoorten.Update, groep, $"update:{b.Id}", b.Titel, MarkdownRenderer.NaarTekst(b.Tekst),
                $"{url}#bericht-{b.Id}", b.Datum, t.Openbaar, regios);
        }

        await DocumentenAsync(db, groep, sqlite, db.Documenten.Where(d => d.InkooptrajectId == id), t.Openbaar, regios, documenttekst, ct);
    }

    /// <summary>A withdrawn document is no longer offered, so no longer found; a new one is read once.</summary>
    private static async Task DocumentenAsync(ZorginkoopDbContext db, string groep, bool sqlite, IQueryable<Document> bron, bool openbaar, int[] regios,
        Func<Document, Task<string>> documenttekst, CancellationToken ct)
    {
        var documenten = await bron.AsNoTracking().Where(d => d.Ingetrokken == null).ToListAsync(ct);
        var sleutels = documenten.Select(d => $"document:{d.Id}").ToList();
        await db.Zoekitems.Where(z => z.Groep == groep && z.Soort == Zoeksoorten.Document && !sleutels.Contains(z.Sleutel)).ExecuteDeleteAsync(ct);
        var regioLijst = Zoekitem.RegioLijst(regios);
        await db.Zoekitems.Where(z => z.Groep == groep && z.Soort == Zoeksoorten.Document && (z.Openbaar != openbaar || z.Regios != regioLijst))
            .ExecuteUpdateAsync(s => s.SetProperty(z => z.Openbaar, openbaar).SetProperty(z => z.Regios, regioLijst), ct);
        var bestaand = await db.Zoekitems.Where(z => z.Groep == groep && z.Soort == Zoeksoorten.Document).Select(z => z.Sleutel).ToListAsync(ct);
        foreach (var d in documenten.Where(d => !bestaand.Contains($"document:{d.Id}")))
        {
            Voeg(db, sqlite, Zoeksoorten.Document, groep, $"document:{d.Id}", d.Titel, $"{await documenttekst(d)}\n{d.Bestandsnaam}",
                $"/documenten/{d.Id}/{Uri.EscapeDataString(d.Bestandsnaam)}", DateOnly.FromDateTime(d.Moment.UtcDateTime), openbaar, regios);
        }
    }

    private static void Voeg(ZorginkoopDbContext db, bool sqlite, string soort, string groep, string sleutel, string titel, string tekst, string url,
        DateOnly? datum, bool openbaar, int[] regios)
    {
        titel = titel.Length > 400 ? titel[..400] : titel;
        tekst = tekst.Length > Tekstextractie.MaximaleLengte ? tekst[..Tekstextractie.MaximaleLengte] : tekst;
        db.Zoekitems.Add(new Zoekitem
        {
            Soort = soort,
            Sleutel = sleutel,
            Groep = groep,
            Titel = titel,
            Tekst = tekst,
            Url = url,
            Datum = datum,
            Openbaar = openbaar,
            Regios = Zoekitem.RegioLijst(regios),
            // PostgreSQL derives its tsvector from Titel and Tekst itself (a generated column), so only SQLite needs the terms.
            TitelTermen = sqlite ? Zoektermen.Termen(titel) : null,
            TekstTermen = sqlite ? Zoektermen.Termen(tekst) : null,
        });
    }
}
