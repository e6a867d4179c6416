using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Formatting;
using Zorginkoop.Tests.Infrastructure;

namespace Zorginkoop.Tests.Aanbestedingen;

/// <summary>The background job's work: close every procedure whose deadline has passed, and only those.</summary>
public abstract class DeadlineTests<TDatabase>(TDatabase database) : DatabaseTests<TDatabase>(database)
    where TDatabase : TestDatabase
{
    [Fact]
    public async Task Het_bijwerken_sluit_de_heropening_op_de_deadline_en_niet_eerder()
    {
        var deadline = NlFormat.AlsAmsterdamseTijd(new DateTime(2024, 6, 28, 12, 0, 0));
        int ervoor, erop;
        await using (var db = NieuweContext())
        {
            ervoor = await AanbestedingAanpassen.BijwerkenAllesAsync(db, deadline.AddTicks(-1), Ct);
        }

        await using (var db = NieuweContext())
        {
            erop = await AanbestedingAanpassen.BijwerkenAllesAsync(db, deadline, Ct);
        }

        await using var lees = NieuweContext();
        var a = await lees.Aanbestedingen.Include(x => x.Overgangen).SingleAsync(x => x.Naam.StartsWith("Heropening"), Ct);
        Assert.Equal((0, 1), (ervoor, erop));
        Assert.Equal(AanbestedingStatus.InschrijvingGesloten, a.Status);
        var laatste = a.Overgangen.OrderBy(o => o.Id).Last();
        Assert.Equal(("systeem", deadline), (laatste.Wie, laatste.Moment));
    }
}

public sealed class DeadlineTestsSqlite(SqliteTestDatabase database) : DeadlineTests<SqliteTestDatabase>(database);

public sealed class DeadlineTestsPostgres(PostgresTestDatabase database) : DeadlineTests<PostgresTestDatabase>(database);
