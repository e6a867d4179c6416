using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Inschrijvingen;
using Zorginkoop.Web.Tests.Infrastructure;

namespace Zorginkoop.Web.Tests.Inschrijvingen;

/// <summary>
/// One arrival moment per request: a submission that arrives before the deadline while the database is busy is judged
/// by the moment it arrived, however long it waits for the lock (issue 13, point 1).
/// </summary>
public abstract class AankomstmomentTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : ZorginkoopApp
{
    [Fact]
    public async Task Een_inzending_die_voor_de_deadline_binnenkomt_en_op_de_database_wacht_wordt_aanvaard_met_haar_echte_aankomstmoment()
    {
        var id = await InschrijvingHulp.AanbestedingAsync(App, InschrijvingHulp.OpenNaam);
        var deadline = await MetDbAsync(db => db.Aanbestedingen.Where(a => a.Id == id).Select(a => a.Sluitingsmoment!.Value).SingleAsync(Ct));
        App.Tijd.SetUtcNow(deadline.AddMinutes(-10));
        using var aanbieder = await Inloggen.AlsAsync(App, "aanbieder");
        var pad = $"/aanbestedingen/{id}/inschrijving";
        var eisen = await InschrijvingHulp.EisenAsync(App, id);
        using (var upload = await Forms.PostBestandAsync(aanbieder, pad, "Bestand", "%PDF-1.4 certificaat"u8.ToArray(), "certificaat.pdf",
                   Forms.Velden(("EisId", eisen.Single(e => e.Soort == EisSoort.Bestand).Id.ToString(CultureInfo.InvariantCulture)))))
        {
            Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        }

        var (_, formulier) = await GetAsync(pad, aanbieder);
        var velden = InschrijvingHulp.Velden(eisen, "Ons plan, op het laatste moment", "65,25", Guid.NewGuid())
            .Prepend(new("__RequestVerificationToken", Inloggen.AntiforgeryToken(formulier)));
        var aankomst = deadline.AddSeconds(-1);

        // The database is busy from two seconds before the deadline to two seconds after it.
        App.Tijd.SetUtcNow(deadline.AddSeconds(-2));
        var slot = await App.HoudVastAsync(id);
        Task<HttpResponseMessage> inzending;
        try
        {
            App.Tijd.SetUtcNow(aankomst);
            var bijDeDatabase = App.TransactionInterceptor.Wacht(c => c.Request.Query["handler"] == "Indienen");
            // On a thread of its own: the in-process test server runs a request on the caller's thread until it first
            // waits, and SQLite waits for its lock without yielding.
            inzending = Task.Run(() => aanbieder.PostAsync($"{pad}?handler=Indienen", new FormUrlEncodedContent(velden), Ct), Ct);
            await bijDeDatabase.WaitAsync(Ct);

            // While the request waits for the lock, the deadline passes.
            App.Tijd.SetUtcNow(deadline.AddSeconds(2));
            Assert.False(inzending.IsCompleted, "De inzending werd beantwoord terwijl de aanbesteding vastgehouden werd.");
        }
        finally
        {
            await slot.DisposeAsync();
        }

        var antwoord = await inzending;
        using (antwoord)
        {
            Assert.True(antwoord.StatusCode == HttpStatusCode.Redirect, $"{(int)antwoord.StatusCode}: {Tekst(await antwoord.Content.ReadAsStringAsync(Ct))}");
            var bewijsPad = antwoord.Headers.Location!.OriginalString;
            Assert.StartsWith("/mijn/ontvangstbewijzen/", bewijsPad, StringComparison.Ordinal);
            var (_, bewijs) = await GetAsync(bewijsPad, aanbieder);
            Assert.Contains("ontvangen op <strong>28 augustus 2023, 11:59 uur</strong> en opgeslagen op <strong>28 augustus 2023, 12:00 uur</strong>", Tekst(bewijs), StringComparison.Ordinal);
            Assert.Contains("2023-08-28T09:59:59.000Z", bewijs, StringComparison.Ordinal);
            Assert.Contains("2023-08-28T10:00:02.000Z", bewijs, StringComparison.Ordinal);
        }

        var (moment, opgeslagen, ingediendOp, status) = await MetDbAsync(async db =>
        {
            var o = await db.Ontvangstbewijzen.Where(o => o.AanbestedingId == id).OrderByDescending(o => o.Id).FirstAsync(Ct);
            var i = await db.Inschrijvingen.SingleAsync(i => i.Id == o.InschrijvingId, Ct);
            return (o.Moment, o.OpgeslagenOp, i.IngediendOp, i.Status);
        });
        Assert.Equal(aankomst, moment);
        Assert.Equal(deadline.AddSeconds(2), opgeslagen);
        Assert.Equal(aankomst, ingediendOp);
        Assert.Equal(InschrijvingStatus.Ingediend, status);
    }
}

public sealed class AankomstmomentTestsSqlite(SqliteApp app) : AankomstmomentTests<SqliteApp>(app);

public sealed class AankomstmomentTestsPostgres(PostgresApp app) : AankomstmomentTests<PostgresApp>(app);
