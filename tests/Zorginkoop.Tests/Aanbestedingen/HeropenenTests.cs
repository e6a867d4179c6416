using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Data;
using Zorginkoop.Formatting;
using Zorginkoop.Tests.Infrastructure;

namespace Zorginkoop.Tests.Aanbestedingen;

/// <summary>
/// Re-opening products with too little supply after final award: a new concept of the same kind, one lot per product,
/// linked back to the procedure it comes from.
/// </summary>
public abstract class HeropenenTests<TDatabase>(TDatabase database) : DatabaseTests<TDatabase>(database)
    where TDatabase : TestDatabase
{
    private static readonly DateTimeOffset Publicatie = NlFormat.AlsAmsterdamseTijd(new DateTime(2025, 1, 13, 9, 0, 0));
    private static readonly DateTimeOffset Deadline = NlFormat.AlsAmsterdamseTijd(new DateTime(2025, 2, 24, 12, 0, 0));

    private static Task<int> ProductIdAsync(ZorginkoopDbContext db, string code) =>
        db.Producten.Where(p => p.Regio!.Code == "lekstroom" && p.Code == code).Select(p => p.Id).SingleAsync(Ct);

    /// <summary>A new procedure of Lekstroom with the lot Ambulant, published and taken as far as <paramref name="tot"/>.</summary>
    private async Task<int> AanbestedingAsync(AanbestedingStatus tot)
    {
        await using var db = NieuweContext();
        var lekstroom = await db.Regios.Where(r => r.Code == "lekstroom").Select(r => r.Id).SingleAsync(Ct);
        var (nieuw, meldingen) = await AanbestedingAanmaken.HandleAsync(db, new(lekstroom, new Voorwaarden(
            $"Jeugdhulp Ambulant {Guid.NewGuid():N}", Procedurevorm.OpenbaarEuropees,
            Publicatiedatum: DateOnly.FromDateTime(Publicatie.DateTime),
            Sluitingsmoment: Deadline,
            ContractStart: new DateOnly(2025, 7, 1),
            ContractEinde: new DateOnly(2028, 6, 30),
            Verlengingsopties: "2 × 1 jaar",
            MaxGunningenPerPerceel: 12,
            StandstillDagen: 25)), Ct);
        Assert.Empty(meldingen);
        var a = nieuw!;
        var ambulant = await db.Segmenten.Where(s => s.Regio!.Code == "lekstroom" && s.Code == "ambulant").Select(s => s.Id).SingleAsync(Ct);
        Assert.Null(await Percelen.VoegToeAsync(db, a, ambulant, null, null, Ct));

        async Task Stap(Gebeurtenis g, DateTimeOffset nu) =>
            Assert.Null(await AanbestedingAanpassen.PasToeAsync(db, a, new Verzoek(g), "inkoper", nu, Ct));

        await Stap(Gebeurtenis.Publiceren, Publicatie);
        if (tot == AanbestedingStatus.Gepubliceerd)
        {
            return a.Id;
        }

        // The deadline passes: submission closes on reading, at the deadline itself.
        Assert.True(AanbestedingAanpassen.Bijwerken(a, Deadline));
        await db.SaveChangesAsync(Ct);
        Assert.Equal(AanbestedingStatus.InschrijvingGesloten, a.Status);
        await Stap(Gebeurtenis.BeoordelingStarten, Deadline.AddDays(1));
        await Stap(Gebeurtenis.VoorlopigGunnen, Deadline.AddDays(14));
        if (tot == AanbestedingStatus.VoorlopigGegund)
        {
            return a.Id;
        }

        // The standstill of this procedure is 25 days.
        await Stap(Gebeurtenis.DefinitiefGunnen, Deadline.AddDays(14 + 25));
        Assert.Equal(AanbestedingStatus.DefinitiefGegund, a.Status);
        return a.Id;
    }

    private async Task<(int? VervolgId, string? Weigering)> HeropenAsync(int bronId, string[] codes, string? reden = "Onvoldoende dekking", string? naam = null)
    {
        await using var db = NieuweContext();
        var bron = await db.Aanbestedingen.SingleAsync(a => a.Id == bronId, Ct);
        var ids = new List<int>();
        foreach (var code in codes)
        {
            ids.Add(await ProductIdAsync(db, code));
        }

        var (vervolg, weigering) = await Heropenen.StartAsync(db, bron, ids, naam, reden, Ct);
        return (vervolg?.Id, weigering?.Tekst);
    }

    private async Task<int> AantalHeropeningenAsync(int bronId)
    {
        await using var db = NieuweContext();
        return await db.Aanbestedingen.CountAsync(a => a.HeropeningVanId == bronId, Ct);
    }

    [Fact]
    public async Task Een_heropening_van_een_gezamenlijke_aanbesteding_is_ook_gezamenlijk()
    {
        var bronId = await AanbestedingAsync(AanbestedingStatus.DefinitiefGegund);
        int deelnemer;
        await using (var db = NieuweContext())
        {
            var regio = new Zorginkoop.Catalogus.Regio { Code = $"deel-{Guid.NewGuid():N}"[..20], Naam = "Deelnemende regio" };
            db.Regios.Add(regio);
            await db.SaveChangesAsync(Ct);
            db.Deelnames.Add(new Deelname { AanbestedingId = bronId, RegioId = regio.Id });
            await db.SaveChangesAsync(Ct);
            deelnemer = regio.Id;
        }

        var (vervolgId, weigering) = await HeropenAsync(bronId, ["43B11"]);

        Assert.Null(weigering);
        await using var lees = NieuweContext();
        Assert.Equal([deelnemer], await lees.Deelnames.Where(d => d.AanbestedingId == vervolgId).Select(d => d.RegioId).ToListAsync(Ct));
    }

    [Fact]
    public async Task Een_gepubliceerde_aanbesteding_kan_niet_worden_heropend()
    {
        var id = await AanbestedingAsync(AanbestedingStatus.Gepubliceerd);

        var (vervolg, weigering) = await HeropenAsync(id, ["43B11"]);

        Assert.Null(vervolg);
        Assert.Equal("Heropenen kan alleen na de definitieve gunning; deze aanbesteding is gepubliceerd.", weigering);
        Assert.Equal(0, await AantalHeropeningenAsync(id));
    }

    [Fact]
    public async Task Een_voorlopig_gegunde_aanbesteding_kan_niet_worden_heropend()
    {
        var id = await AanbestedingAsync(AanbestedingStatus.VoorlopigGegund);

        var (vervolg, weigering) = await HeropenAsync(id, ["43B11"]);

        Assert.Null(vervolg);
        Assert.Contains("voorlopig gegund", weigering, StringComparison.Ordinal);
        Assert.Equal(0, await AantalHeropeningenAsync(id));
    }

    [Fact]
    public async Task Na_de_definitieve_gunning_wordt_een_product_uit_het_perceel_heropend_als_concept()
    {
        var bronId = await AanbestedingAsync(AanbestedingStatus.DefinitiefGegund);

        var (vervolgId, weigering) = await HeropenAsync(bronId, ["43B11"], reden: "  Onvoldoende dekking voor Logeren.  ");

        Assert.Null(weigering);
        await using var db = NieuweContext();
        var bron = await db.Aanbestedingen.AsNoTracking().Include(a => a.Heropeningen).SingleAsync(a => a.Id == bronId, Ct);
        var vervolg = await db.Aanbestedingen.AsNoTracking().Include(a => a.Percelen).ThenInclude(p => p.Product).Include(a => a.Overgangen)
            .SingleAsync(a => a.Id == vervolgId, Ct);
        Assert.Equal(vervolgId, Assert.Single(bron.Heropeningen).Id);
        Assert.Equal(AanbestedingStatus.Concept, vervolg.Status);
        Assert.Equal(bronId, vervolg.HeropeningVanId);
        Assert.Equal("Heropening 43B11 Logeren", vervolg.Naam);
        Assert.Equal("Onvoldoende dekking voor Logeren.", vervolg.Omschrijving);
        var perceel = Assert.Single(vervolg.Percelen);
        Assert.Equal((1, "43B11 Logeren", "43B11", (int?)null), (perceel.Nummer, perceel.Naam, perceel.Product!.Code, perceel.SegmentId));
        // The follow-up takes over the kind and the settings of the procedure it re-opens.
        Assert.Equal(
            (bron.RegioId, bron.Vorm, bron.MaxGunningenPerPerceel, bron.StandstillDagen, bron.Verlengingsopties, bron.ContractEinde),
            (vervolg.RegioId, vervolg.Vorm, vervolg.MaxGunningenPerPerceel, vervolg.StandstillDagen, vervolg.Verlengingsopties, vervolg.ContractEinde));
        Assert.Equal((12, 25), (vervolg.MaxGunningenPerPerceel!.Value, vervolg.StandstillDagen));
        Assert.Null(vervolg.Sluitingsmoment);
        Assert.Empty(vervolg.Overgangen);
    }

    [Fact]
    public async Task Een_heropening_met_een_eigen_naam_houdt_die_naam()
    {
        var bronId = await AanbestedingAsync(AanbestedingStatus.DefinitiefGegund);

        var (vervolgId, _) = await HeropenAsync(bronId, ["43B11"], naam: "  Logeren opnieuw  ");

        await using var db = NieuweContext();
        Assert.Equal("Logeren opnieuw", await db.Aanbestedingen.Where(a => a.Id == vervolgId).Select(a => a.Naam).SingleAsync(Ct));
    }

    [Fact]
    public async Task Een_product_buiten_de_percelen_wordt_geweigerd()
    {
        var bronId = await AanbestedingAsync(AanbestedingStatus.DefinitiefGegund);

        // 50B32 is in segment Jeugdhulp in Onderwijstijd, not in Ambulant.
        var (vervolg, weigering) = await HeropenAsync(bronId, ["43B11", "50B32"]);

        Assert.Null(vervolg);
        Assert.Equal("Alleen producten uit de percelen van deze aanbesteding kunnen worden heropend.", weigering);
        Assert.Equal(0, await AantalHeropeningenAsync(bronId));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Zonder_reden_wordt_niet_heropend(string? reden)
    {
        var bronId = await AanbestedingAsync(AanbestedingStatus.DefinitiefGegund);

        var (vervolg, weigering) = await HeropenAsync(bronId, ["43B11"], reden);

        Assert.Null(vervolg);
        Assert.StartsWith("Vul de reden van de heropening in", weigering, StringComparison.Ordinal);
        Assert.Equal(0, await AantalHeropeningenAsync(bronId));
    }

    [Fact]
    public async Task Zonder_producten_wordt_niet_heropend()
    {
        var bronId = await AanbestedingAsync(AanbestedingStatus.DefinitiefGegund);

        var (vervolg, weigering) = await HeropenAsync(bronId, []);

        Assert.Null(vervolg);
        Assert.Equal("Kies ten minste één product om opnieuw open te zetten.", weigering);
        Assert.Equal(0, await AantalHeropeningenAsync(bronId));
    }

    [Fact]
    public async Task Een_lopend_contract_kan_worden_heropend_met_meerdere_producten()
    {
        // The demo's Onderwijstijd runs since 1 August 2023; its segment holds 50B32.
        await using var db = NieuweContext();
        var bron = await db.Aanbestedingen.SingleAsync(a => a.Naam == "Jeugdhulp in Onderwijstijd", Ct);
        Assert.Equal(AanbestedingStatus.LopendContract, bron.Status);
        var naam = $"Heropening test {Guid.NewGuid():N}";

        var (vervolg, weigering) = await Heropenen.StartAsync(db, bron, [await ProductIdAsync(db, "50B32")], naam, "Onvoldoende dekking", Ct);

        Assert.Null(weigering);
        Assert.Equal((naam, bron.Id, bron.InkooptrajectId), (vervolg!.Naam, vervolg.HeropeningVanId, vervolg.InkooptrajectId));
        Assert.Single(vervolg.Percelen);
    }
}

public sealed class HeropenenTestsSqlite(SqliteTestDatabase database) : HeropenenTests<SqliteTestDatabase>(database);

public sealed class HeropenenTestsPostgres(PostgresTestDatabase database) : HeropenenTests<PostgresTestDatabase>(database);
