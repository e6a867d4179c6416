using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Accounts;
using Zorginkoop.Data;

namespace Zorginkoop.Tests.Cli;

/// <summary>'zorginkoop account': accounts for a production installation, a provider's employee bound by KvK number.</summary>
public sealed class AccountCliTests : DemoCliTests
{
    private ZorginkoopDbContext Context()
    {
        var builder = new DbContextOptionsBuilder<ZorginkoopDbContext>();
        DatabaseRegistration.Configureer(builder, DatabaseOptions.Sqlite, $"Data Source={Db}", Map.Pad);
        return new ZorginkoopDbContext(builder.Options);
    }

    [Fact]
    public async Task Een_aanbieder_krijgt_een_gemaakt_wachtwoord_en_hoort_bij_de_zorgaanbieder_van_het_kvk_nummer()
    {
        string kvk;
        int id;
        await using (var db = Context())
        {
            var timon = await db.Zorgaanbieders.SingleAsync(z => z.Naam == "Stichting Timon", TestContext.Current.CancellationToken);
            (kvk, id) = (timon.KvkNummer, timon.Id);
        }

        var (code, uit, fout) = await CliProces.RunAsync(Map.Pad, "--db", Db, "account", "aanmaken", "--email", "jan@timon.test", "--rol", "aanbieder", "--kvk", kvk);

        Assert.True(code == 0, fout);
        var wachtwoord = uit.Split("alleen nu zichtbaar; laat het na de eerste keer inloggen wijzigen): ")[1].Trim();
        Assert.Equal(24, wachtwoord.Length);
        await using var lees = Context();
        var g = await lees.Users.SingleAsync(u => u.Email == "jan@timon.test", TestContext.Current.CancellationToken);
        Assert.Equal(id, g.ZorgaanbiederId);
        Assert.Equal(PasswordVerificationResult.Success, new PasswordHasher<Gebruiker>().VerifyHashedPassword(g, g.PasswordHash!, wachtwoord));
        var (_, lijst, _) = await CliProces.RunAsync(Map.Pad, "--db", Db, "account", "lijst");
        Assert.Contains("jan@timon.test\taanbieder\tStichting Timon\tactief", lijst, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Het_eerste_account_op_een_nieuwe_database_geeft_geen_waarschuwing_van_EF()
    {
        using var leeg = new Zorginkoop.Tests.Shared.TempFolder();

        // The first account of an installation without regions: the systeembeheerder, who then adds the regions.
        var (code, uit, fout) = await CliProces.RunAsync(leeg.Pad, "--db", leeg.Bestand("nieuw.db"), "account", "aanmaken", "--email", "beheer@regio.test", "--rol", "systeembeheerder");

        Assert.True(code == 0, uit + fout);
        Assert.Contains("Account beheer@regio.test aangemaakt met de rol systeembeheerder.", uit, StringComparison.Ordinal);
        Assert.DoesNotContain("Microsoft.EntityFrameworkCore", uit + fout, StringComparison.Ordinal);
        Assert.DoesNotContain("cannot be executed in a transaction", uit + fout, StringComparison.Ordinal);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    [Theory]
    [InlineData("aanbieder", null, "Een account met de rol aanbieder hoort bij één zorgaanbieder: geef --kvk (en zo nodig --agb).")]
    [InlineData("aanbieder", "12345678", "Er is geen zorgaanbieder met KvK-nummer 12345678 in het register.")]
    [InlineData("inkoper", "12345678", "Er is geen zorgaanbieder met KvK-nummer 12345678 in het register.")]
    [InlineData("baas", null, "Onbekende rol 'baas'. Kies uit: inkoper, contractmanager, beoordelaar, analist, beheerder, aanbieder, aanbiederbeheerder, systeembeheerder.")]
    [InlineData("inkoper", null, "De rol inkoper geldt in een regio: geef --regio.")]
    [InlineData("inkoper", null, "Er is geen regio met code 'atlantis'. Zie 'zorginkoop regio lijst'.", "atlantis")]
    [InlineData("systeembeheerder", null, "De rol systeembeheerder geldt in de hele installatie, niet in een regio: laat --regio weg.", "lekstroom")]
    [InlineData("inkoper", null, "2 regio's en 3 rollen: geef elke --regio met zijn eigen --rol, of één regio of één rol voor alle.", "lekstroom", "utrecht-west", "analist", "beheerder")]
    public async Task Een_onvolledig_of_onjuist_verzoek_wordt_geweigerd_en_maakt_niets(string rol, string? kvk, string melding, params string[] regiosEnRollen)
    {
        // After the first role: region codes (with a dash or lowercase region name) and further roles, as --regio and --rol.
        var extra = regiosEnRollen.SelectMany(w => Rollen.Alle.Contains(w) ? new[] { "--rol", w } : ["--regio", w]);
        string[] argumenten = ["--db", Db, "account", "aanmaken", "--email", "fout@test.nl", "--rol", rol, .. kvk is null ? Array.Empty<string>() : ["--kvk", kvk], .. extra];

        var (code, _, fout) = await CliProces.RunAsync(Map.Pad, argumenten);

        Assert.Equal(1, code);
        Assert.Contains(melding, fout, StringComparison.Ordinal);
        await using var db = Context();
        Assert.False(await db.Users.AnyAsync(u => u.Email == "fout@test.nl", TestContext.Current.CancellationToken));
        Assert.False(await db.Lidmaatschappen.AnyAsync(l => l.GebruikerId == "fout@test.nl", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Een_medewerker_krijgt_rollen_per_regio_en_de_lijst_per_regio_toont_alleen_die()
    {
        var (code, uit, fout) = await CliProces.RunAsync(Map.Pad, "--db", Db, "account", "aanmaken", "--email", "els@regio.test",
            "--regio", "lekstroom", "--rol", "inkoper", "--regio", "utrecht-west", "--rol", "analist");
        var (anderCode, _, anderFout) = await CliProces.RunAsync(Map.Pad, "--db", Db, "account", "aanmaken", "--email", "piet@regio.test",
            "--regio", "lekstroom", "--rol", "beheerder", "--rol", "analist");
        var (_, alle, _) = await CliProces.RunAsync(Map.Pad, "--db", Db, "account", "lijst");
        var (_, utrechtWest, _) = await CliProces.RunAsync(Map.Pad, "--db", Db, "account", "lijst", "--regio", "utrecht-west");
        var (onbekendCode, _, onbekend) = await CliProces.RunAsync(Map.Pad, "--db", Db, "account", "lijst", "--regio", "atlantis");

        Assert.True(code == 0, uit + fout);
        Assert.Contains("Account els@regio.test aangemaakt met de rollen lekstroom:inkoper, utrecht-west:analist.", uit, StringComparison.Ordinal);
        Assert.Contains("els@regio.test\tlekstroom:inkoper,utrecht-west:analist\t-\tactief", alle, StringComparison.Ordinal);
        Assert.Contains("els@regio.test\tutrecht-west:analist\t-\tactief", utrechtWest, StringComparison.Ordinal);
        Assert.True(anderCode == 0, anderFout);
        Assert.Contains("piet@regio.test\tlekstroom:analist,lekstroom:beheerder\t-\tactief", alle, StringComparison.Ordinal);
        Assert.DoesNotContain("piet@regio.test", utrechtWest, StringComparison.Ordinal);
        Assert.Equal(1, onbekendCode);
        Assert.Contains("Er is geen regio met code 'atlantis'.", onbekend, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rollen_zetten_vervangt_de_rollen_per_regio_precies()
    {
        await CliProces.RunAsync(Map.Pad, "--db", Db, "account", "aanmaken", "--email", "kees@regio.test", "--regio", "lekstroom", "--rol", "inkoper", "--rol", "analist");

        var (code, uit, fout) = await CliProces.RunAsync(Map.Pad, "--db", Db, "account", "rollen", "--email", "kees@regio.test", "--regio", "utrecht-west", "--rol", "analist");
        var (weigerCode, _, weigering) = await CliProces.RunAsync(Map.Pad, "--db", Db, "account", "rollen", "--email", "kees@regio.test", "--regio", "lekstroom", "--rol", "aanbieder");
        var (_, lijst, _) = await CliProces.RunAsync(Map.Pad, "--db", Db, "account", "lijst");

        Assert.True(code == 0, uit + fout);
        Assert.Contains("Account kees@regio.test heeft nu de rollen utrecht-west:analist.", uit, StringComparison.Ordinal);
        Assert.Equal(1, weigerCode);
        Assert.Contains("De rol aanbieder geldt in de hele installatie, niet in een regio: laat --regio weg.", weigering, StringComparison.Ordinal);
        Assert.Contains("kees@regio.test\tutrecht-west:analist\t-\tactief", lijst, StringComparison.Ordinal);
    }
}
