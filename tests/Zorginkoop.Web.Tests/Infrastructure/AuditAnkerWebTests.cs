using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Zorginkoop.Audit;
using Zorginkoop.Data;
using Zorginkoop.Web.Tests.Inschrijvingen;

namespace Zorginkoop.Web.Tests.Infrastructure;

/// <summary>The audit chain is anchored at the opening of a vault, and anyone can read the anchors at /audit/anker (issue 13, point 9).</summary>
public abstract class AuditAnkerWebTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : ZorginkoopApp
{
    [Fact]
    public async Task De_opening_van_een_kluis_zet_een_anker_dat_iedereen_kan_lezen()
    {
        var id = await InschrijvingHulp.AanbestedingAsync(App, InschrijvingHulp.GeslotenNaam);
        using var inkoper = await Inloggen.AlsAsync(App, "inkoper");
        using var inkoper2 = await Inloggen.AlsAsync(App, "inkoper2");
        using (var aanvraag = await Forms.PostAsync(inkoper, $"/aanbestedingen/{id}/kluis", [], "Aanvragen"))
        {
            Assert.Equal(HttpStatusCode.Redirect, aanvraag.StatusCode);
        }

        using (var bevestigd = await Forms.PostAsync(inkoper2, $"/aanbestedingen/{id}/kluis", [], "Bevestigen"))
        {
            Assert.Equal(HttpStatusCode.Redirect, bevestigd.StatusCode);
        }

        var kop = await MetDbAsync(db => AuditKeten.KopAsync(db, Ct));
        var (pagina, html) = await GetAsync("/audit/anker");
        Assert.Equal(HttpStatusCode.OK, pagina.StatusCode);
        Assert.Contains($"kluis geopend: aanbesteding {id}", html, StringComparison.Ordinal);
        Assert.Contains(kop.Hash, html, StringComparison.Ordinal);

        // The file, line for line: the anchor of the opening is there with the head of the chain at that moment.
        var (bestand, tekst) = await GetAsync("/audit/anker?handler=Bestand");
        Assert.Equal(HttpStatusCode.OK, bestand.StatusCode);
        var ankers = tekst.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(r => JsonSerializer.Deserialize<Auditanker>(r, JsonSerializerOptions.Web)!).ToList();
        var opening = ankers.Last(a => a.Reden == $"kluis geopend: aanbesteding {id}");
        Assert.Equal((kop.Regels, kop.LaatsteId, kop.Hash), (opening.Regels, opening.LaatsteId, opening.Hash));
        using var scope = App.Services.CreateScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<Auditankers>().ControleerAsync(scope.ServiceProvider.GetRequiredService<ZorginkoopDbContext>(), Ct));
        Assert.Null(await AuditKeten.VerifieerAsync(scope.ServiceProvider.GetRequiredService<ZorginkoopDbContext>(), Ct));
    }
}

public sealed class AuditAnkerWebTestsSqlite(SqliteApp app) : AuditAnkerWebTests<SqliteApp>(app);

public sealed class AuditAnkerWebTestsPostgres(PostgresApp app) : AuditAnkerWebTests<PostgresApp>(app);
