using System.Text;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Gunning;
using Zorginkoop.Inschrijvingen;
using Zorginkoop.Tests.Infrastructure;

namespace Zorginkoop.Tests.Gunning;

/// <summary>The repair window: asked once per document, supplied by that bidder only, before the term, sealed, the bid unchanged.</summary>
public abstract class HerstelTests<TDatabase>(TDatabase database) : DatabaseTests<TDatabase>(database)
    where TDatabase : TestDatabase
{
    private async Task<(Beoordelingsoefening O, int Eis)> OefeningAsync()
    {
        await using var db = NieuweContext();
        var o = await Beoordelingsoefening.MaakAsync(db, Database.Map.Pad, Ct);
        return (o, o.Oefening.Eis(EisSoort.Bestand).Id);
    }

    [Fact]
    public async Task De_inschrijver_levert_voor_de_termijn_aan_en_de_inschrijving_blijft_zoals_ingediend()
    {
        var (o, eis) = await OefeningAsync();
        var na = Beoordelingsoefening.Na;
        string bewijsVoor;
        await using (var db = NieuweContext())
        {
            bewijsVoor = (await db.Inschrijvingen.SingleAsync(i => i.Id == o.InschrijvingA, Ct)).Ontvangstbewijs!;
            Assert.Null(await HerstelVragen.HandleAsync(db, await o.AanbestedingAsync(db, Ct), new(o.InschrijvingA, eis, "Het certificaat is onleesbaar; lever een leesbare kopie aan.", na.AddDays(5)), "inkoper", na, Ct));
        }

        int verzoek;
        await using (var db = NieuweContext())
        {
            verzoek = (await db.Herstelverzoeken.SingleAsync(h => h.InschrijvingId == o.InschrijvingA, Ct)).Id;
            using var ander = new MemoryStream("%PDF-1.4 niet van mij"u8.ToArray());
            Assert.Equal("Dit herstelverzoek bestaat niet.", (await HerstelAanleveren.HandleAsync(db, o.Kluis, new(verzoek, o.Oefening.AanbiederB, ander, "x.pdf"), na.AddDays(1), Ct))?.Tekst);
            using var inhoud = new MemoryStream("%PDF-1.4 leesbaar certificaat"u8.ToArray());
            Assert.Null(await HerstelAanleveren.HandleAsync(db, o.Kluis, new(verzoek, o.Oefening.AanbiederA, inhoud, "certificaat-leesbaar.pdf"), na.AddDays(1), Ct));
            using var nogEens = new MemoryStream("%PDF-1.4 nog eens"u8.ToArray());
            Assert.Equal("U heeft het document al aangeleverd.", (await HerstelAanleveren.HandleAsync(db, o.Kluis, new(verzoek, o.Oefening.AanbiederA, nogEens, "y.pdf"), na.AddDays(2), Ct))?.Tekst);
        }

        await using var lees = NieuweContext();
        var h = await lees.Herstelverzoeken.SingleAsync(x => x.Id == verzoek, Ct);
        var i = await lees.Inschrijvingen.Include(x => x.Bestanden).SingleAsync(x => x.Id == o.InschrijvingA, Ct);
        using var geopend = new MemoryStream();
        await o.Kluis.OpenAsync(i.Sleutel, h.Opslagnaam!, Inschrijven.HerstelContext(i, h.Opslagnaam!), geopend, Ct);
        Assert.Equal("%PDF-1.4 leesbaar certificaat", Encoding.UTF8.GetString(geopend.ToArray()));
        Assert.Equal("certificaat-leesbaar.pdf", Herstel.Naam(o.Kluis, i, h));
        Assert.Equal(bewijsVoor, i.Ontvangstbewijs);
        Assert.Single(i.Bestanden);
        // Sealed on disk: the plain content is nowhere in the vault folder.
        Assert.DoesNotContain(Directory.EnumerateFiles(o.Kluis.Map), f => File.ReadAllText(f).Contains("leesbaar certificaat", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Na_de_termijn_of_na_definitieve_kwaliteit_kan_het_niet_meer_en_een_tweede_verzoek_ook_niet()
    {
        var (o, eis) = await OefeningAsync();
        var na = Beoordelingsoefening.Na;
        await using var db = NieuweContext();
        var a = await o.AanbestedingAsync(db, Ct);

        var teLang = await HerstelVragen.HandleAsync(db, a, new(o.InschrijvingB, eis, "Lever het certificaat aan.", na.AddDays(15)), "inkoper", na, Ct);
        Assert.Null(await HerstelVragen.HandleAsync(db, a, new(o.InschrijvingB, eis, "Lever het certificaat aan.", na.AddDays(3)), "inkoper", na, Ct));
        var tweede = await HerstelVragen.HandleAsync(db, a, new(o.InschrijvingB, eis, "Nog een keer.", na.AddDays(3)), "inkoper", na, Ct);
        var verzoek = await db.Herstelverzoeken.SingleAsync(h => h.InschrijvingId == o.InschrijvingB, Ct);
        using var inhoud = new MemoryStream("%PDF-1.4 te laat"u8.ToArray());
        var teLaat = await HerstelAanleveren.HandleAsync(db, o.Kluis, new(verzoek.Id, o.Oefening.AanbiederB, inhoud, "laat.pdf"), na.AddDays(3), Ct);
        await o.TotDefinitieveKwaliteitAsync(db, Ct);
        var naDefinitief = await HerstelVragen.HandleAsync(db, await o.AanbestedingAsync(db, Ct), new(o.InschrijvingA, eis, "Lever het certificaat aan.", na.AddDays(3)), "inkoper", na, Ct);

        Assert.Equal($"De termijn ligt na nu en ten hoogste {Herstel.MaxDagen} dagen later.", teLang?.Tekst);
        Assert.Equal(("herstel.termijn-buiten-bereik", Herstel.Termijn), (teLang?.Code, teLang?.Veld));
        Assert.StartsWith("Voor dit document is al een herstelverzoek gedaan", tweede?.Tekst, StringComparison.Ordinal);
        Assert.StartsWith("De termijn van dit herstelverzoek is verstreken op", teLaat?.Tekst, StringComparison.Ordinal);
        Assert.Equal("De kwaliteitsscores zijn definitief; herstel kan alleen daarvóór.", naDefinitief?.Tekst);
    }
}

public sealed class HerstelTestsSqlite(SqliteTestDatabase database) : HerstelTests<SqliteTestDatabase>(database);

public sealed class HerstelTestsPostgres(PostgresTestDatabase database) : HerstelTests<PostgresTestDatabase>(database);
