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

        var (code, uit, fout) = await CliProces.RunAsync(leeg.Pad, "--db", leeg.Bestand("nieuw.db"), "account", "aanmaken", "--email", "beheer@regio.test", "--rol", "beheerder");

        Assert.True(code == 0, uit + fout);
        Assert.Contains("Account beheer@regio.test aangemaakt met de rol beheerder.", uit, StringComparison.Ordinal);
        Assert.DoesNotContain("Microsoft.EntityFrameworkCore", uit + fout, StringComparison.Ordinal);
        Assert.DoesNotContain("cannot be executed in a transaction", uit + fout, StringComparison.Ordinal);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    [Theory]
    [InlineData("aanbieder", null, "Een account met de rol aanbieder hoort bij één zorgaanbieder: geef --kvk (en zo nodig --agb).")]
    [InlineData("aanbieder", "12345678", "Er is geen zorgaanbieder met KvK-nummer 12345678 in het register.")]
    [InlineData("inkoper", "12345678", "Er is geen zorgaanbieder met KvK-nummer 12345678 in het register.")]
    [InlineData("baas", null, "Onbekende rol 'baas'. Kies uit: inkoper, contractmanager, beoordelaar, analist, beheerder, aanbieder.")]
    public async Task Een_onvolledig_of_onjuist_verzoek_wordt_geweigerd_en_maakt_niets(string rol, string? kvk, string melding)
    {
        string[] argumenten = ["--db", Db, "account", "aanmaken", "--email", "fout@test.nl", "--rol", rol, .. kvk is null ? Array.Empty<string>() : ["--kvk", kvk]];

        var (code, _, fout) = await CliProces.RunAsync(Map.Pad, argumenten);

        Assert.Equal(1, code);
        Assert.Contains(melding, fout, StringComparison.Ordinal);
        await using var db = Context();
        Assert.False(await db.Users.AnyAsync(u => u.Email == "fout@test.nl", TestContext.Current.CancellationToken));
    }
}
