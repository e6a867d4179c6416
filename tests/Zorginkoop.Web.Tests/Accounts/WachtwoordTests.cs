using System.Net;
using Zorginkoop.Web.Accounts;
using Zorginkoop.Web.Tests.Infrastructure;

namespace Zorginkoop.Web.Tests.Accounts;

/// <summary>Changing one's own password: Dutch messages for every rule, and the new password works.</summary>
public abstract class WachtwoordTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : ZorginkoopApp
{
    [Theory]
    [InlineData("fout-wachtwoord-1", "Nieuw-Wachtwoord-2026", "Nieuw-Wachtwoord-2026", "Het huidige wachtwoord klopt niet.")]
    [InlineData(DemoAccounts.Wachtwoord, "Kort-1", "Kort-1", "Een wachtwoord heeft ten minste 12 tekens.")]
    [InlineData(DemoAccounts.Wachtwoord, "zonderhoofdletter-2026", "zonderhoofdletter-2026", "Een wachtwoord bevat ten minste één hoofdletter.")]
    [InlineData(DemoAccounts.Wachtwoord, "Nieuw-Wachtwoord-2026", "Anders-Wachtwoord-2026", "De herhaling is niet gelijk aan het nieuwe wachtwoord.")]
    public async Task Een_onjuiste_wijziging_krijgt_een_Nederlandse_melding(string huidig, string nieuw, string herhaling, string melding)
    {
        using var client = await Inloggen.AlsAsync(App, "analist");

        using var antwoord = await Forms.PostAsync(client, "/account/wachtwoord", Forms.Velden(("Huidig", huidig), ("Nieuw", nieuw), ("Herhaling", herhaling)));

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Contains(melding, Tekst(await antwoord.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Na_de_wijziging_werkt_alleen_het_nieuwe_wachtwoord()
    {
        using var client = await Inloggen.AlsAsync(App, "contractmanager");

        using var gewijzigd = await Forms.PostAsync(client, "/account/wachtwoord",
            Forms.Velden(("Huidig", DemoAccounts.Wachtwoord), ("Nieuw", "Nieuw-Wachtwoord-2026"), ("Herhaling", "Nieuw-Wachtwoord-2026")));
        using var oud = await Inloggen.PostAsync(App.NieuweClient(), DemoAccounts.Email("contractmanager"), DemoAccounts.Wachtwoord);
        using var nieuw = await Inloggen.PostAsync(App.NieuweClient(), DemoAccounts.Email("contractmanager"), "Nieuw-Wachtwoord-2026");

        Assert.Equal(HttpStatusCode.Redirect, gewijzigd.StatusCode);
        Assert.Equal(HttpStatusCode.OK, oud.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, nieuw.StatusCode);
    }
}

public sealed class WachtwoordTestsSqlite(SqliteApp app) : WachtwoordTests<SqliteApp>(app);

public sealed class WachtwoordTestsPostgres(PostgresApp app) : WachtwoordTests<PostgresApp>(app);
