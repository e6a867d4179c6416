using Microsoft.EntityFrameworkCore;
using Zorginkoop.Inkooptrajecten;
using Zorginkoop.Tests.Infrastructure;

namespace Zorginkoop.Tests.Inkooptrajecten;

/// <summary>The trajectory's use cases refuse with a code and a field, and change nothing when they do.</summary>
public abstract class InkooptrajectOpslaanTests<TDatabase>(TDatabase database) : DatabaseTests<TDatabase>(database)
    where TDatabase : TestDatabase
{
    private async Task<int> TrajectAsync()
    {
        await using var db = NieuweContext();
        var regio = await TestRegio.MaakAsync(db);
        var t = await InkooptrajectOpslaan.HandleAsync(db, null, new(regio, "Inkoop jeugdhulp 2026", true, false, null, false), Ct);
        Assert.True(t.Gelukt);
        Assert.Equal(4, t.Waarde!.Fasen.Count);
        return t.Waarde.Id;
    }

    [Fact]
    public async Task Een_traject_in_een_onbekende_regio_wordt_geweigerd()
    {
        await using var db = NieuweContext();

        var uitkomst = await InkooptrajectOpslaan.HandleAsync(db, null, new("bestaat-niet", "Iets", true, false, null, false), Ct);

        var w = Assert.Single(uitkomst.Weigeringen);
        Assert.Equal(("inkooptraject.regio-onbekend", "Regio"), (w.Code, w.Veld));
        Assert.False(await db.Inkooptrajecten.AnyAsync(t => t.Naam == "Iets", Ct));
    }

    [Fact]
    public async Task Een_bijeenkomst_op_een_tijd_die_niet_bestaat_wordt_geweigerd_op_dat_veld()
    {
        var id = await TrajectAsync();
        await using var db = NieuweContext();

        // 31 March 2024, 02:30: the clock jumps from 02:00 to 03:00 in the Netherlands.
        var uitkomst = await BijeenkomstOpslaan.HandleAsync(db, id, null,
            new(BijeenkomstSoort.Vragenuur, "Vragenuur", new DateTime(2024, 3, 31, 2, 30, 0), null, null, null, null), Ct);

        var w = Assert.Single(uitkomst.Weigeringen);
        Assert.Equal(("tijd.bestaat-niet", "Begin"), (w.Code, w.Veld));
        Assert.StartsWith("31 maart 2024, 02:30 uur bestaat niet in Nederland", w.Tekst, StringComparison.Ordinal);
        Assert.False(await db.Bijeenkomsten.AnyAsync(b => b.InkooptrajectId == id, Ct));
    }

    [Fact]
    public async Task Een_afgeronde_fase_zonder_einddatum_blijft_zoals_hij_was()
    {
        var id = await TrajectAsync();
        await using var db = NieuweContext();

        var uitkomst = await FaseBijwerken.HandleAsync(db, id, 1, new(FaseStatus.Afgerond, new DateOnly(2026, 1, 1), null, "Klaar"), Ct);

        Assert.Equal(["fase.einddatum-ontbreekt"], uitkomst.Weigeringen.Select(w => w.Code));
        Assert.False(db.ChangeTracker.HasChanges());
        await using var lezen = NieuweContext();
        Assert.Equal(FaseStatus.Gepland, (await lezen.Fasen.SingleAsync(f => f.InkooptrajectId == id && f.Soort == FaseSoort.Verkennen, Ct)).Status);
        Assert.Equal([FaseBijwerken.NietGevonden], (await FaseBijwerken.HandleAsync(db, id, 9, new(FaseStatus.Actief, null, null, null), Ct)).Weigeringen.Select(w => w.Code));
    }
}

public sealed class InkooptrajectOpslaanTestsSqlite(SqliteTestDatabase database) : InkooptrajectOpslaanTests<SqliteTestDatabase>(database);

public sealed class InkooptrajectOpslaanTestsPostgres(PostgresTestDatabase database) : InkooptrajectOpslaanTests<PostgresTestDatabase>(database);
