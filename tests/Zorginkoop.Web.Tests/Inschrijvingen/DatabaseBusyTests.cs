using System.Net;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Web.Tests.Infrastructure;

namespace Zorginkoop.Web.Tests.Inschrijvingen;

/// <summary>
/// A request that cannot get its lock within Database:Wachttijd (one second here) is answered 503 with Retry-After and a
/// Dutch message, never 500, and stores nothing (issue 13, point 2). The lock is held as a busy writer would: SQLite's
/// one write lock, or the procedure's row on PostgreSQL.
/// </summary>
public abstract class DatabaseBusyTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : ZorginkoopApp
{
    [Fact]
    public async Task Een_concept_bewaren_terwijl_de_database_bezet_blijft_geeft_503_met_retry_after_en_bewaart_niets()
    {
        var id = await InschrijvingHulp.AanbestedingAsync(App, InschrijvingHulp.OpenNaam);
        var deadline = await MetDbAsync(db => db.Aanbestedingen.Where(a => a.Id == id).Select(a => a.Sluitingsmoment!.Value).SingleAsync(Ct));
        App.Tijd.SetUtcNow(deadline.AddDays(-1));
        using var aanbieder = await Inloggen.AlsAsync(App, "aanbieder");
        var pad = $"/aanbestedingen/{id}/inschrijving";
        var (_, formulier) = await GetAsync(pad, aanbieder);
        var velden = InschrijvingHulp.Velden(await InschrijvingHulp.EisenAsync(App, id), "Ons plan", "65,25", Guid.NewGuid())
            .Prepend(new("__RequestVerificationToken", Inloggen.AntiforgeryToken(formulier)));
        var voor = await StandAsync(id);

        HttpResponseMessage antwoord;
        await using (await App.HoudVastAsync(id))
        {
            // On a thread of its own: SQLite waits for its lock without yielding.
            antwoord = await Task.Run(() => aanbieder.PostAsync($"{pad}?handler=Bewaren", new FormUrlEncodedContent(velden), Ct), Ct);
        }

        using (antwoord)
        {
            var html = Tekst(await antwoord.Content.ReadAsStringAsync(Ct));
            Assert.True(antwoord.StatusCode == HttpStatusCode.ServiceUnavailable, $"{(int)antwoord.StatusCode}: {html}");
            Assert.Equal("5", antwoord.Headers.RetryAfter?.ToString());
            Assert.Contains("<title>Even druk", html, StringComparison.Ordinal);
            Assert.Contains("er is niets opgeslagen", html, StringComparison.Ordinal);
        }

        Assert.Equal(voor, await StandAsync(id));

        // Once the lock is free the same form is saved.
        using var daarna = await aanbieder.PostAsync($"{pad}?handler=Bewaren", new FormUrlEncodedContent(velden), Ct);
        Assert.Equal(HttpStatusCode.Redirect, daarna.StatusCode);
        Assert.NotEqual(voor, await StandAsync(id));
    }

    [Fact]
    public async Task Een_api_wijziging_terwijl_de_database_bezet_blijft_geeft_503_problem_json_en_wijzigt_niets()
    {
        using var inkoper = await ApiHelpers.AlsAsync(App, "inkoper");
        var (_, concept) = await ApiHelpers.PostJsonAsync(inkoper, "/api/v1/aanbestedingen",
            new { regio = "lekstroom", naam = "Bezette database", procedurevorm = "openbaarEuropees", sluitingsmoment = "2027-10-02T10:00:00Z" });
        var id = concept.GetProperty("id").GetInt32();

        HttpResponseMessage antwoord;
        await using (await App.HoudVastAsync(id))
        {
            antwoord = await Task.Run(() => inkoper.PostAsync($"/api/v1/aanbestedingen/{id}/percelen",
                System.Net.Http.Json.JsonContent.Create(new { segment = "ambulant" }), Ct), Ct);
        }

        using (antwoord)
        {
            var json = await ApiHelpers.JsonAsync(antwoord);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, antwoord.StatusCode);
            Assert.Equal("application/problem+json", ApiHelpers.MediaType(antwoord));
            Assert.Equal("5", antwoord.Headers.RetryAfter?.ToString());
            Assert.Equal(503, json.GetProperty("status").GetInt32());
            Assert.Equal("Even druk", json.GetProperty("title").GetString());
            Assert.Contains("er is niets opgeslagen", json.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        Assert.Equal(0, await MetDbAsync(db => db.Percelen.CountAsync(p => p.AanbestedingId == id, Ct)));
    }

    /// <summary>What a draft save changes: the provider's bids on the procedure and their answers.</summary>
    private Task<string> StandAsync(int id) => MetDbAsync(async db =>
    {
        var inschrijvingen = await db.Inschrijvingen.Where(i => i.AanbestedingId == id).OrderBy(i => i.Id)
            .Select(i => i.Id + ":" + i.Status + ":" + i.Versie + ":" + i.Gewijzigd).ToListAsync(Ct);
        return $"{string.Join(",", inschrijvingen)} audit={await db.AuditRegels.CountAsync(Ct)}";
    });
}

public sealed class DatabaseBusyTestsSqlite(SqliteAppMetKorteWachttijd app) : DatabaseBusyTests<SqliteAppMetKorteWachttijd>(app);

public sealed class DatabaseBusyTestsPostgres(PostgresAppMetKorteWachttijd app) : DatabaseBusyTests<PostgresAppMetKorteWachttijd>(app);
