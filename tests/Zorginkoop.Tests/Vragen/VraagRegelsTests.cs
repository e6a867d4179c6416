using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Tests.Infrastructure;
using Zorginkoop.Tests.Inschrijvingen;
using Zorginkoop.Vragen;

namespace Zorginkoop.Tests.Vragen;

/// <summary>Questions until the question deadline, answers in numbered rounds that never change and never name the asker.</summary>
public abstract class VraagRegelsTests<TDatabase>(TDatabase database) : DatabaseTests<TDatabase>(database)
    where TDatabase : TestDatabase
{
    private async Task<Oefening> OefeningAsync()
    {
        await using var db = NieuweContext();
        return await Oefening.MaakAsync(db, Database.Map.Pad, Ct);
    }

    private static readonly DateTimeOffset VoorVragen = Oefening.Deadline.AddDays(-20);

    private async Task<Vraag> StelAsync(Oefening o, int aanbieder, string tekst, DateTimeOffset? op = null, int? perceel = null)
    {
        await using var db = NieuweContext();
        var (vraag, weigering) = await VraagStellen.HandleAsync(db, await o.AanbestedingAsync(db, Ct), new(aanbieder, tekst, perceel, "Bestek 3.2"), $"medewerker-{aanbieder}@aanbieder.nl", op ?? VoorVragen, Ct);
        Assert.Null(weigering);
        return vraag!;
    }

    private async Task BeantwoordAsync(int vraagId, string publiek, string antwoord)
    {
        await using var db = NieuweContext();
        var v = await db.Vragen.SingleAsync(x => x.Id == vraagId, Ct);
        Assert.Null(await VraagRegels.BeantwoordenAsync(db, v, "inkoper", publiek, antwoord, Ct));
    }

    [Fact]
    public async Task Vragen_krijgen_een_volgnummer_en_op_de_vragendeadline_wordt_een_vraag_geweigerd()
    {
        var o = await OefeningAsync();
        var een = await StelAsync(o, o.AanbiederA, "Eerste vraag");
        var twee = await StelAsync(o, o.AanbiederB, "Tweede vraag", Oefening.Deadline.AddDays(-14).AddTicks(-1), 1);

        await using var db = NieuweContext();
        var (laat, weigering) = await VraagStellen.HandleAsync(db, await o.AanbestedingAsync(db, Ct), new(o.AanbiederA, "Te laat", null, null), "x", Oefening.Deadline.AddDays(-14), Ct);

        Assert.Equal((1, 2), (een.Volgnummer, twee.Volgnummer));
        Assert.Null(laat);
        Assert.StartsWith("Vragen stellen kon tot 15 februari 2027, 12:00 uur.", weigering?.Tekst, StringComparison.Ordinal);
        Assert.Equal(2, await db.Vragen.CountAsync(v => v.AanbestedingId == o.AanbestedingId, Ct));
    }

    [Theory]
    [InlineData("", null, "Vul uw vraag in.", VraagRegels.Tekst)]
    [InlineData("Over een perceel dat er niet is", 7, "Deze aanbesteding heeft geen perceel 7.", VraagRegels.Perceel)]
    public async Task Een_lege_vraag_of_een_onbekend_perceel_wordt_geweigerd(string tekst, int? perceel, string melding, string veld)
    {
        var o = await OefeningAsync();
        await using var db = NieuweContext();

        var (_, weigering) = await VraagStellen.HandleAsync(db, await o.AanbestedingAsync(db, Ct), new(o.AanbiederA, tekst, perceel, null), "x", VoorVragen, Ct);

        Assert.Equal((melding, veld), (weigering?.Tekst, weigering?.Veld));
        Assert.False(await db.Vragen.AnyAsync(v => v.AanbestedingId == o.AanbestedingId, Ct));
    }

    [Fact]
    public async Task Een_ronde_bevat_alleen_beantwoorde_vragen_zonder_de_vrager_en_verandert_niet_meer()
    {
        var o = await OefeningAsync();
        string naamA;
        await using (var db = NieuweContext())
        {
            naamA = await db.Zorgaanbieders.Where(z => z.Id == o.AanbiederA).Select(z => z.Naam).SingleAsync(Ct);
        }

        var een = await StelAsync(o, o.AanbiederA, $"Wij, {naamA}, vragen: mag groepsbegeleiding?");
        var twee = await StelAsync(o, o.AanbiederB, "Geldt de indexatie jaarlijks?");
        await BeantwoordAsync(een.Id, "Mag de begeleiding ook in een groep?", "Nee.");

        NvIRonde eerste;
        await using (var db = NieuweContext())
        {
            var (ronde, weigering) = await VraagRegels.PublicerenAsync(db, await o.AanbestedingAsync(db, Ct), "inkoper", VoorVragen.AddDays(1), Ct);
            Assert.Null(weigering);
            eerste = ronde!;
        }

        Assert.Equal(1, eerste.Nummer);
        var item = Assert.Single(eerste.Items);
        Assert.Equal(new NvIItem(1, null, "Bestek 3.2", "Mag de begeleiding ook in een groep?", "Nee.", false), item);
        Assert.DoesNotContain(naamA, eerste.InhoudJson, StringComparison.Ordinal);
        Assert.DoesNotContain("@aanbieder.nl", eerste.InhoudJson, StringComparison.Ordinal);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(eerste.InhoudJson))), eerste.Sha256);

        // The published question is final; a correction and the second question go into round 2, round 1 stays as it was.
        await using (var db = NieuweContext())
        {
            var v = await db.Vragen.SingleAsync(x => x.Id == een.Id, Ct);
            Assert.Contains("gepubliceerd en verandert niet meer", (await VraagRegels.BeantwoordenAsync(db, v, "inkoper", "x", "Toch wel.", Ct))?.Tekst, StringComparison.Ordinal);
            Assert.Null(await VraagRegels.AanvullingAsync(db, await o.AanbestedingAsync(db, Ct), "inkoper", "Correctie op NvI 1, vraag 1", "Groepen van twee mogen wel.", VoorVragen.AddDays(2), Ct));
        }

        await BeantwoordAsync(twee.Id, "Geldt de indexatie jaarlijks?", "Ja, per 1 januari.");
        await using (var db = NieuweContext())
        {
            var (tweede, _) = await VraagRegels.PublicerenAsync(db, await o.AanbestedingAsync(db, Ct), "inkoper", VoorVragen.AddDays(3), Ct);
            Assert.Equal(2, tweede!.Nummer);
            Assert.Equal([(2, false), (3, true)], tweede.Items.Select(i => (i.Volgnummer, i.Aanvulling)));
        }

        await using var lees = NieuweContext();
        var opnieuw = await lees.NvIRondes.SingleAsync(r => r.Id == eerste.Id, Ct);
        Assert.Equal((eerste.InhoudJson, eerste.Sha256), (opnieuw.InhoudJson, opnieuw.Sha256));
        Assert.Equal("Nee.", (await lees.Vragen.SingleAsync(v => v.Id == een.Id, Ct)).Antwoord);
        var (geen, nietsTeDoen) = await VraagRegels.PublicerenAsync(lees, await o.AanbestedingAsync(lees, Ct), "inkoper", VoorVragen.AddDays(4), Ct);
        Assert.Null(geen);
        Assert.Equal("Er zijn geen beantwoorde vragen die nog niet zijn gepubliceerd.", nietsTeDoen?.Tekst);
    }

    [Fact]
    public async Task Een_ronde_met_de_naam_of_plaats_van_de_vrager_wordt_niet_gepubliceerd_tenzij_met_een_reden()
    {
        var o = await OefeningAsync();
        string naam, plaats, kvk;
        await using (var db = NieuweContext())
        {
            var z = await db.Zorgaanbieders.SingleAsync(x => x.Id == o.AanbiederA, Ct);
            (naam, plaats, kvk) = (z.Naam, z.Plaats!, z.KvkNummer);
        }

        var v = await StelAsync(o, o.AanbiederA, "Onze vraag");
        var kenmerkend = Woord(naam);
        await BeantwoordAsync(v.Id, $"Wij ({naam}, {plaats}) vragen: mag groepsbegeleiding? Bel ons op 06-1234 5678.",
            $"Nee. Zie ook ons antwoord aan KvK {kvk[..4]} {kvk[4..]}.");

        await using (var db = NieuweContext())
        {
            var geweigerd = await VraagRegels.PublicerenAsync(db, await o.AanbestedingAsync(db, Ct), "inkoper", VoorVragen.AddDays(1), Ct);

            Assert.Null(geweigerd.Ronde);
            Assert.StartsWith("De Nota van Inlichtingen is niet gepubliceerd", geweigerd.Weigering?.Tekst, StringComparison.Ordinal);
            var gevonden = geweigerd.Herkenningen.Select(h => (h.Veld, h.Gevonden, h.Waarom)).ToList();
            Assert.Contains(("vraag", naam, "naam van de vraagsteller"), gevonden);
            Assert.Contains(("vraag", kenmerkend, "woord uit de naam van de vraagsteller"), gevonden);
            Assert.Contains(("vraag", plaats, "plaats van de vraagsteller"), gevonden);
            Assert.Contains(("vraag", "06-1234 5678", "telefoonnummer"), gevonden);
            Assert.Contains(("antwoord", $"{kvk[..4]} {kvk[4..]}", "KvK-nummer van de vraagsteller"), gevonden);
        }

        await using (var db = NieuweContext())
        {
            Assert.False(await db.NvIRondes.AnyAsync(r => r.AanbestedingId == o.AanbestedingId, Ct));
            Assert.Equal(VraagStatus.Beantwoord, (await db.Vragen.SingleAsync(x => x.Id == v.Id, Ct)).Status);

            // Published anyway: the reason and what was found stay with the round, in the audit log too, never in the public part.
            var toch = await VraagRegels.PublicerenAsync(db, await o.AanbestedingAsync(db, Ct), "inkoper", VoorVragen.AddDays(1), "De vrager heeft ingestemd met vermelding.", Ct);
            Assert.NotNull(toch.Ronde);
            Assert.Equal("De vrager heeft ingestemd met vermelding.", toch.Ronde.OndanksReden);
            Assert.Contains($"'{plaats}' (plaats van de vraagsteller)", toch.Ronde.Herkenningen, StringComparison.Ordinal);
            Assert.DoesNotContain("ingestemd", toch.Ronde.InhoudJson, StringComparison.Ordinal);
        }

        await using var lees = NieuweContext();
        Assert.True(await lees.AuditRegels.AnyAsync(r => r.Entiteit == nameof(NvIRonde) && r.Na!.Contains("ingestemd met vermelding"), Ct));
    }

    [Theory]
    [InlineData("Wij van youke vragen", "Youké", "youke")]
    [InlineData("De Timonstraat is lang", "Timon", null)]
    [InlineData("KvK 99 00 12 34.", "99001234", "99 00 12 34")]
    [InlineData("KvK 990012345", "99001234", null)]
    [InlineData("bel 06-12345678 of", "+31 6 1234 5678", "06-12345678")]
    [InlineData("mail jan@timon.nl", "timon.nl", "timon.nl")]
    public void Kenmerken_worden_als_heel_woord_gevonden_zonder_op_hoofdletters_of_accenten_te_letten(string tekst, string kenmerk, string? gevonden) =>
        Assert.Equal(gevonden, Vraagstellercontrole.Zoek(tekst, kenmerk));

    private static string Woord(string naam) => naam.Split(' ').Where(w => w.Length >= 4 && !w.Equals("Stichting", StringComparison.OrdinalIgnoreCase)).First();

    [Fact]
    public async Task De_pdf_van_een_ronde_bevat_de_vragen_en_antwoorden_en_geen_vrager()
    {
        var o = await OefeningAsync();
        var v = await StelAsync(o, o.AanbiederA, "Vraag van een bekende aanbieder");
        await BeantwoordAsync(v.Id, "Hoe lang duurt een indicatie?", "Ten hoogste twaalf maanden; daarna volgt een herbeoordeling door het sociaal team.");
        await using var db = NieuweContext();
        var a = await o.AanbestedingAsync(db, Ct);
        var (ronde, _) = await VraagRegels.PublicerenAsync(db, a, "inkoper", VoorVragen.AddDays(1), Ct);

        using var pdf = PdfDocument.Open(NvIDocument.Pdf(a.Naam, ronde!));

        var tekst = string.Join(" ", pdf.GetPages().Select(p => p.Text));
        Assert.Contains("Nota van Inlichtingen 1", tekst, StringComparison.Ordinal);
        Assert.Contains("Hoe lang duurt een indicatie?", tekst, StringComparison.Ordinal);
        Assert.Contains("herbeoordeling", tekst, StringComparison.Ordinal);
        Assert.Contains(ronde!.Sha256, tekst, StringComparison.Ordinal);
        Assert.DoesNotContain("bekende aanbieder", tekst, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bij_een_concept_of_een_gesloten_aanbesteding_kan_niemand_vragen_stellen()
    {
        var o = await OefeningAsync();
        await using var db = NieuweContext();
        var a = await o.AanbestedingAsync(db, Ct);
        Assert.Null(await AanbestedingAanpassen.PasToeAsync(db, a, new Verzoek(Gebeurtenis.Schorsen, "toets"), "inkoper", VoorVragen, Ct));

        var (_, weigering) = await VraagStellen.HandleAsync(db, a, new(o.AanbiederA, "Een vraag", null, null), "x", VoorVragen.AddMinutes(1), Ct);

        Assert.Equal("Deze aanbesteding is geschorst: vragen stellen kan niet (meer).", weigering?.Tekst);
    }
}

public sealed class VraagRegelsTestsSqlite(SqliteTestDatabase database) : VraagRegelsTests<SqliteTestDatabase>(database);

public sealed class VraagRegelsTestsPostgres(PostgresTestDatabase database) : VraagRegelsTests<PostgresTestDatabase>(database);
