using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Data;
using Zorginkoop.Demo;
using Zorginkoop.Formatting;
using Zorginkoop.Inschrijvingen;
using Zorginkoop.Tests.Infrastructure;

namespace Zorginkoop.Tests.Inschrijvingen;

/// <summary>A published procedure of its own (two lots, the usual requirements) and a real vault, for one test.</summary>
public sealed class Oefening
{
    public static readonly DateTimeOffset Deadline = NlFormat.AlsAmsterdamseTijd(new DateTime(2027, 3, 1, 12, 0, 0));
    public static readonly DateTimeOffset Voor = Deadline.AddDays(-2);

    public required Kluis Kluis { get; init; }
    public required int AanbestedingId { get; init; }
    public required int AanbiederA { get; init; }
    public required int AanbiederB { get; init; }
    public required IReadOnlyList<Inschrijvingseis> Eisen { get; init; }

    public Inschrijvingseis Eis(EisSoort soort) => Eisen.First(e => e.Soort == soort);

    /// <summary>A data protection provider with its keys in the test's folder: the real cryptography, not a stand-in.</summary>
    public static Kluis MaakKluis(string map) => new(
        new ServiceCollection().AddDataProtection().SetApplicationName("Zorginkoop-test").PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(map, "sleutels")))
            .Services.BuildServiceProvider().GetRequiredService<IDataProtectionProvider>(), map);

    public static async Task<Oefening> MaakAsync(ZorginkoopDbContext db, string map, CancellationToken ct, Func<Aanbesteding, Task>? voorPublicatie = null)
    {
        var code = await TestRegio.MaakAsync(db);
        var regio = await db.Regios.Include(r => r.Segmenten).SingleAsync(r => r.Code == code, ct);
        var a = Aanbesteding.Nieuw(regio.Id, "Testaanbesteding inschrijvingen", Procedurevorm.OpenbaarEuropees);
        a.Publicatiedatum = DateOnly.FromDateTime(Deadline.AddDays(-40).UtcDateTime);
        a.VragenDeadline = Deadline.AddDays(-14);
        a.Sluitingsmoment = Deadline;
        a.ContractStart = new DateOnly(2027, 7, 1);
        a.ContractEinde = new DateOnly(2029, 12, 31);
        var nummer = 1;
        foreach (var s in regio.Segmenten.OrderBy(s => s.Code))
        {
            a.Percelen.Add(new Perceel { Nummer = nummer++, Naam = s.Naam, SegmentId = s.Id });
        }

        db.Aanbestedingen.Add(a);
        await db.SaveChangesAsync(ct);
        Assert.Null(await EisenBeheer.StandaardToevoegenAsync(db, a, ct));
        if (voorPublicatie is not null)
        {
            await voorPublicatie(a);
        }

        Assert.Null(await AanbestedingAanpassen.PasToeAsync(db, a, new Verzoek(Gebeurtenis.Publiceren), "test", Deadline.AddDays(-40), ct));
        var aanbieders = await db.Zorgaanbieders.Where(z => z.Naam == DemoData.GegundeAanbiedersWmoIb[0] || z.Naam == DemoData.GegundeAanbiedersWmoIb[1])
            .OrderBy(z => z.Naam).Select(z => z.Id).ToListAsync(ct);
        return new Oefening
        {
            Kluis = MaakKluis(map),
            AanbestedingId = a.Id,
            AanbiederA = aanbieders[0],
            AanbiederB = aanbieders[1],
            Eisen = await EisenBeheer.VanAsync(db, a.Id, ct),
        };
    }

    public Task<Aanbesteding> AanbestedingAsync(ZorginkoopDbContext db, CancellationToken ct) =>
        db.Aanbestedingen.Include(a => a.Overgangen).Include(a => a.Percelen).SingleAsync(a => a.Id == AanbestedingId, ct);

    public Kwaliteitsdeel Kwaliteit(string antwoord) => new([1],
        Eisen.Where(e => e.Soort == EisSoort.Verklaring).ToDictionary(e => e.Id, _ => true),
        Eisen.Where(e => e.Soort == EisSoort.Vraag).ToDictionary(e => e.Id, _ => antwoord));

    public static Prijsdeel Prijs(long cent) => new(new Dictionary<int, long> { [1] = cent });

    /// <summary>A complete draft of provider <paramref name="aanbieder"/>: answers, price and the certificate file.</summary>
    public async Task<Inschrijving> CompleetConceptAsync(ZorginkoopDbContext db, int aanbieder, string antwoord, CancellationToken ct, byte[]? bestand = null, long prijs = 6525)
    {
        var a = await AanbestedingAsync(db, ct);
        var i = await Inschrijven.ConceptAsync(db, Kluis, AanbestedingId, aanbieder, Voor, ct);
        Assert.Null(await Inschrijven.BewaarAsync(db, Kluis, a, i, Kwaliteit(antwoord), Prijs(prijs), Voor, ct));
        using var inhoud = new MemoryStream(bestand ?? "%PDF-1.4 certificaat"u8.ToArray());
        Assert.Null(await Inschrijven.BewaarBestandAsync(db, Kluis, a, i, Eis(EisSoort.Bestand), inhoud, "certificaat.pdf", Voor, ct));
        return i;
    }
}
